/**
 * From markdown to prose: the text of each leaf block with exact source offsets.
 *
 * Reads the tree of `util/markdown.ts` (CommonMark, GFM, front matter)
 * without recursion. A document nested too deep to parse is read as one
 * plain-text block, so it is still analysed, in linear time.
 * Paragraphs, headings and table cells are blocks, wherever they sit (list
 * items, blockquotes). Inside a block, text, link text and image alt text are
 * kept; inline code, raw HTML, URLs (autolinks and bare links) and front
 * matter are skipped. Soft line breaks read as one space, hard breaks as a
 * line feed, so sentences split at hard breaks (tweet lines) but not at
 * wrapped lines.
 */
import type {Nodes, Parents, PhrasingContent, Root} from 'mdast'
import {alignValue, push, type Builder} from './align-value.js'

/** Kind of leaf block. */
export type ProseBlockKind = 'paragraph' | 'heading' | 'tableCell'

/** The prose of one leaf block. */
export interface ProseBlock {
  kind: ProseBlockKind
  /** Source range of the block's content. */
  start: number
  end: number
  /** Plain text: inline markup removed, soft breaks as spaces, hard breaks as `\n`. */
  text: string
  /** Whether the block sits inside a blockquote (embedded tweets, quotes). */
  quote: boolean
  /** Source offset where plain-text code unit `i` starts. */
  starts: Int32Array
  /** Source offset where plain-text code unit `i` ends. */
  ends: Int32Array
}

/**
 * Extract the prose blocks of a markdown document.
 *
 * @param markdown
 *   Markdown source.
 * @param tree
 *   `parseMarkdown(markdown)` (read, never changed), or `undefined` for a
 *   document too deep to parse (then one plain-text block).
 * @returns
 *   Leaf blocks in document order, each with its plain text and offset maps.
 *
 * @example
 *   const markdown = '> *Guardia* Nacional'
 *   extractProse(markdown, parseMarkdown(markdown)).map((b) => b.text)
 *   // => ['Guardia Nacional']
 */
export function extractProse(markdown: string, tree: Root | undefined): ProseBlock[] {
  if (!tree) return plainBlocks(markdown)
  const blocks: ProseBlock[] = []
  const stack: Array<{node: Nodes; quote: boolean}> = [{node: tree, quote: false}]

  while (stack.length > 0) {
    const {node, quote} = stack.pop()!
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const block = proseOf(markdown, node, quote)
      if (block) blocks.push(block)
    } else if ('children' in node) {
      const inQuote = quote || node.type === 'blockquote'
      for (let index = node.children.length - 1; index >= 0; index--) {
        stack.push({node: node.children[index]!, quote: inQuote})
      }
    }
  }

  return blocks
}

/**
 * A document too deep to parse, as one plain-text paragraph.
 *
 * @param markdown
 *   Markdown source.
 * @returns
 *   One block of the whole source (none when it is blank).
 */
function plainBlocks(markdown: string): ProseBlock[] {
  if (markdown.trim() === '') return []
  const starts = new Int32Array(markdown.length)
  const ends = new Int32Array(markdown.length)
  for (let index = 0; index < markdown.length; index++) {
    starts[index] = index
    ends[index] = index + 1
  }

  return [{kind: 'paragraph', start: 0, end: markdown.length, text: markdown, quote: false, starts, ends}]
}

/**
 * Map a plain-text range of a block to a source range.
 *
 * @param block
 *   Prose block.
 * @param start
 *   Plain-text start.
 * @param end
 *   Plain-text end (exclusive, greater than `start`).
 * @returns
 *   `[start, end)` in the markdown source.
 */
export function toSourceRange(block: ProseBlock, start: number, end: number): [number, number] {
  return [block.starts[start]!, block.ends[end - 1]!]
}

/** Collect the phrasing content of one leaf block. */
function proseOf(markdown: string, node: Parents, quote: boolean): ProseBlock | undefined {
  const builder: Builder = {text: [], starts: [], ends: []}
  const stack: Nodes[] = [...node.children].reverse()

  while (stack.length > 0) {
    const child = stack.pop()!
    addInline(markdown, child, builder, stack)
  }

  const text = builder.text.join('')
  if (!node.position || text.trim() === '') return undefined
  const kind = node.type as ProseBlockKind
  return {
    kind,
    start: node.position.start.offset!,
    end: node.position.end.offset!,
    text,
    quote,
    starts: Int32Array.from(builder.starts),
    ends: Int32Array.from(builder.ends)
  }
}

/** Add one inline node to the builder, or push its children to visit. */
function addInline(markdown: string, node: Nodes, builder: Builder, stack: Nodes[]): void {
  const position = node.position
  if (!position) return

  if (node.type === 'text') {
    const from = position.start.offset!
    const to = position.end.offset!
    alignValue(node.value, markdown, from, to, builder)
  } else if (node.type === 'break') {
    push(builder, '\n', position.start.offset!, position.end.offset!)
  } else if (node.type === 'image' || node.type === 'imageReference') {
    addAlt(markdown, node.alt ?? '', position.start.offset!, position.end.offset!, builder)
  } else if (node.type === 'link' && isBareUrl(node)) {
    // Note: autolinks and GFM autolink literals carry a URL, not prose.
  } else if ('children' in node) {
    const children = node.children as PhrasingContent[]
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }
  // Note: `inlineCode`, `html`, footnote references and the like carry no prose.
}

/** Add image alt text, found inside `![alt](url)` in the source. */
function addAlt(markdown: string, alt: string, from: number, to: number, builder: Builder): void {
  if (alt === '') return
  const open = markdown.indexOf('[', from)
  const close = markdown.lastIndexOf(']', to)
  if (open === -1 || close <= open) return
  if (builder.text.length > 0) push(builder, ' ', from, from)
  alignValue(alt, markdown, open + 1, close, builder)
}

/** Whether a link's text is its URL (an autolink or a bare link). */
function isBareUrl(node: {url: string; children: PhrasingContent[]}): boolean {
  const only = node.children.length === 1 ? node.children[0] : undefined
  if (!only || only.type !== 'text') return false
  const value = only.value
  return value === node.url || node.url.endsWith(value) || node.url === 'mailto:' + value
}
