/**
 * The markdown parser of the render stage, and the mdast → hast → HTML steps.
 *
 * The one module of `render/` that imports remark and rehype packages. It
 * parses the way `prose/` does (CommonMark, GFM, YAML and TOML front matter),
 * so that analysis offsets fall on the same nodes.
 */
import type {Root as HastRoot} from 'hast'
import type {Root} from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
const plainParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml'])
const directiveParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkDirective)
const plainDirectiveParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkDirective)
const toHast = unified().use(remarkRehype)
const stringifier = unified().use(rehypeStringify)

/** Deepest container nesting (blockquotes, list items) parsed; deeper documents get no tree. */
export const maxContainerDepth = 512

/**
 * Parse markdown into mdast, or give up on documents nested too deep.
 *
 * Note: micromark opens nested containers in quadratic time (10k list items
 * on one line take minutes) and, with remark-gfm and mdast-util-to-hast,
 * recurses per level, overflowing the stack past roughly a thousand levels.
 * A document with more than `maxContainerDepth` containers on one line is
 * not parsed; GFM is dropped when it alone overflows (as `prose/` does).
 *
 * With `directives`, the document is read as remark-directive reads it
 * (what annotated markdown is for), so that annotations stay clear of the
 * directives a plain document happens to contain (`::word` lines, `:word`).
 *
 * @param markdown
 *   Markdown source.
 * @param directives
 *   Whether to read directives (default: `false`).
 * @returns
 *   The tree, or `undefined` when the document is too deep to parse.
 */
export function parseMarkdown(markdown: string, directives = false): Root | undefined {
  if (containerDepth(markdown) > maxContainerDepth) return undefined
  const [full, plain] = directives ? [directiveParser, plainDirectiveParser] : [parser, plainParser]
  return guard(() => full.parse(markdown)) ?? guard(() => plain.parse(markdown))
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

/**
 * Turn mdast into hast (raw HTML is dropped, never passed through).
 *
 * @param tree
 *   mdast tree (custom nodes become elements through `data.hName`).
 * @returns
 *   hast tree, or `undefined` when the tree is too deep.
 */
export function mdastToHast(tree: Root): HastRoot | undefined {
  return guard(() => toHast.runSync(tree) as HastRoot)
}

/**
 * Serialize hast to HTML (every text and attribute value escaped).
 *
 * @param tree
 *   hast tree.
 * @returns
 *   HTML, or `undefined` when the tree is too deep.
 */
export function hastToHtml(tree: HastRoot): string | undefined {
  return guard(() => stringifier.stringify(tree))
}

/** Run `task`; `undefined` when it overflows the stack. */
function guard<T>(task: () => T): T | undefined {
  try {
    return task()
  } catch (error) {
    if (error instanceof RangeError) return undefined
    throw error
  }
}
