/**
 * The markdown parser: the one module that imports remark-parse and its
 * syntax extensions, so that analysis (`prose/`) and output (`render/`) read
 * a document the same way and can share one parse.
 *
 * CommonMark, GFM (tables, autolink literals, strikethrough, footnotes), YAML
 * and TOML front matter; optionally directives (what annotated markdown is
 * written in).
 */
import type {Root} from 'mdast'
import type {Position} from 'unist'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
const plainParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml'])
const directiveParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkDirective)
const plainDirectiveParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkDirective)

/** Deepest container nesting (blockquotes, list items) parsed; deeper documents get no tree. */
export const maxContainerDepth = 512

/** Lines with fences (code, container directives) or raw HTML, after any container markers. */
const unsplittable = /^(?:[ \t]*(?:>|[-+*]|\d{1,9}[.)]))*[ \t]*(?:`{3}|~{3}|:{3}|<)/m

/** Size of the pieces a long document is parsed in. */
const defaultPieceSize = 262_144

/**
 * Parse markdown into mdast, or give up on documents nested too deep.
 *
 * Note: micromark opens nested containers in quadratic time (10k list items
 * on one line take minutes) and, with remark-gfm and mdast-util-to-hast,
 * recurses per level, overflowing the stack past roughly a thousand levels.
 * A document with more than `maxContainerDepth` containers on one line is
 * not parsed; GFM is dropped when it alone overflows the stack.
 *
 * Note: micromark also slows down per MB as a document grows (about 2× at
 * 10 MB). A long document is therefore parsed in pieces cut where nothing can
 * span the cut (see `cutPoints`), and the pieces' trees are joined into one,
 * with positions as if parsed whole.
 *
 * @param markdown
 *   Markdown source.
 * @param directives
 *   Whether to read directives (default: `false`).
 * @param pieceSize
 *   Least size of a piece (default: `defaultPieceSize`).
 * @returns
 *   The tree, or `undefined` when the document is too deep to parse.
 *
 * @example
 *   parseMarkdown('> *Guardia* Nacional')?.children[0]?.type // => 'blockquote'
 */
export function parseMarkdown(markdown: string, directives = false, pieceSize = defaultPieceSize): Root | undefined {
  if (containerDepth(markdown) > maxContainerDepth) return undefined
  const [full, plain] = directives ? [directiveParser, plainDirectiveParser] : [parser, plainParser]
  const parse = (value: string) => overflowGuard(() => full.parse(value)) ?? overflowGuard(() => plain.parse(value))
  const cuts = markdown.length > pieceSize ? cutPoints(markdown, pieceSize) : []
  if (cuts.length === 0) return parse(markdown)

  const root: Root = {type: 'root', children: []}
  let start = 0
  let line = 1
  for (const cut of [...cuts, {offset: markdown.length, line: 0}]) {
    const tree = parse(markdown.slice(start, cut.offset))
    if (!tree) return undefined
    shiftPositions(tree, start, line - 1)
    for (const child of tree.children) root.children.push(child)
    root.position = {start: root.position?.start ?? tree.position!.start, end: tree.position!.end}
    start = cut.offset
    line = cut.line
  }

  return root
}

/** A place to cut a document: its offset and line (1-indexed). */
interface Cut {
  offset: number
  line: number
}

/**
 * Where a document can be cut into pieces that parse as the whole does.
 *
 * A cut is at the start of a line that begins with a letter, after a blank
 * line, past any front matter: every block, list and blockquote before it has
 * ended there. Documents with what can span blank lines or reach the whole
 * document are not cut: fenced code, container directives, raw HTML lines,
 * link and footnote definitions (`]:`).
 *
 * @param markdown
 *   Markdown source.
 * @param size
 *   Least distance between cuts.
 * @returns
 *   Cuts in order (none when the document must be parsed whole).
 */
export function cutPoints(markdown: string, size: number): Cut[] {
  if (markdown.includes(']:') || unsplittable.test(markdown)) return []
  const cuts: Cut[] = []
  const lines = /[^\r\n]*(?:\r\n|\r|\n)?/y
  const front = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/.exec(markdown)
  let inFront = front !== null
  let blank = false
  let line = front ? 2 : 1
  let offset = front ? front[0].length : 0

  while (offset < markdown.length) {
    lines.lastIndex = offset
    const text = lines.exec(markdown)![0]
    const content = text.replace(/[\r\n]+$/, '')
    if (inFront) {
      inFront = content.replace(/[ \t]+$/, '') !== front![1]
    } else if (blank && offset - (cuts.at(-1)?.offset ?? 0) >= size && /^\p{L}/u.test(content)) {
      cuts.push({offset, line})
    }

    blank = /^[ \t]*$/.test(content)
    offset += text.length
    line++
  }

  return cuts
}

/**
 * Move the positions of a piece's tree to where the piece sits.
 *
 * @param tree
 *   Tree of a piece starting at a line start.
 * @param offset
 *   Offset of the piece.
 * @param lines
 *   Lines before the piece.
 */
function shiftPositions(tree: Root, offset: number, lines: number): void {
  const seen = new Set<object>()
  const stack: Array<{position?: Position | undefined; children?: unknown[]}> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      if (seen.has(point)) continue
      seen.add(point)
      if (point.offset !== undefined) point.offset += offset
      point.line += lines
    }

    for (const child of node.children ?? []) stack.push(child as (typeof stack)[number])
  }
}

/**
 * Run `task`, turning a stack overflow into `undefined`.
 *
 * @param task
 *   Work that may recurse too deep.
 * @returns
 *   Its result, or `undefined` when it overflowed the stack.
 */
export function overflowGuard<T>(task: () => T): T | undefined {
  try {
    return task()
  } catch (error) {
    if (error instanceof RangeError) return undefined
    throw error
  }
}

/**
 * The most container markers (`>`, `-`, `+`, `*`, `1.`, `1)`) opening any
 * one line, in linear time.
 *
 * @param markdown
 *   Markdown source.
 * @returns
 *   Deepest nesting of blockquotes and list items started on one line.
 */
export function containerDepth(markdown: string): number {
  let deepest = 0
  let index = 0

  while (index < markdown.length) {
    let depth = 0
    while (true) {
      let start = index
      while (start < markdown.length && (markdown.charCodeAt(start) === 32 || markdown.charCodeAt(start) === 9)) start++
      const size = markerSize(markdown, start)
      if (size === 0) break
      depth++
      index = start + size
    }

    if (depth > deepest) deepest = depth
    const next = nextLine(markdown, index)
    if (next === -1) break
    index = next
  }

  return deepest
}

/** Size of a container marker at `index` (with its following space), or `0`. */
function markerSize(markdown: string, index: number): number {
  const code = markdown.charCodeAt(index)
  if (code === 62 /* `>` */) return 1
  let end = index
  if (code === 45 || code === 43 || code === 42 /* `-`, `+`, `*` */) end = index + 1
  else {
    while (end < markdown.length && end - index < 9 && markdown.charCodeAt(end) >= 48 && markdown.charCodeAt(end) <= 57) end++
    if (end === index || (markdown.charCodeAt(end) !== 46 && markdown.charCodeAt(end) !== 41)) return 0
    end++
  }

  const after = markdown.charCodeAt(end)
  return after === 32 || after === 9 ? end + 1 - index : 0
}

/** Offset after the next line ending at or after `index`, or `-1`. */
function nextLine(markdown: string, index: number): number {
  for (let at = index; at < markdown.length; at++) {
    const code = markdown.charCodeAt(at)
    if (code === 10) return at + 1
    if (code === 13) return markdown.charCodeAt(at + 1) === 10 ? at + 2 : at + 1
  }

  return -1
}
