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

/**
 * Parse markdown into mdast, or give up on documents nested too deep.
 *
 * Note: micromark opens nested containers in quadratic time (10k list items
 * on one line take minutes) and, with remark-gfm and mdast-util-to-hast,
 * recurses per level, overflowing the stack past roughly a thousand levels.
 * A document with more than `maxContainerDepth` containers on one line is
 * not parsed; GFM is dropped when it alone overflows the stack.
 *
 * @param markdown
 *   Markdown source.
 * @param directives
 *   Whether to read directives (default: `false`).
 * @returns
 *   The tree, or `undefined` when the document is too deep to parse.
 *
 * @example
 *   parseMarkdown('> *Guardia* Nacional')?.children[0]?.type // => 'blockquote'
 */
export function parseMarkdown(markdown: string, directives = false): Root | undefined {
  if (containerDepth(markdown) > maxContainerDepth) return undefined
  const [full, plain] = directives ? [directiveParser, plainDirectiveParser] : [parser, plainParser]
  return overflowGuard(() => full.parse(markdown)) ?? overflowGuard(() => plain.parse(markdown))
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
