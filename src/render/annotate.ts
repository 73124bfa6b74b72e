/**
 * Write an analysis into the markdown as text directives (remark-directive):
 * `:es[coordinación sin subordinación]{pair=a1}`, `:term[FGR]{id=mx-fgr}`.
 *
 * Only insertions: the original is every character between them (see
 * `syntax.ts` for why `stripAnnotations` gets it back exactly). An annotation
 * is written only where it cannot change how the rest of the document parses
 * and where remark-directive reads it back as the same directive; otherwise
 * it is left out:
 * - its label is a run of whole inline nodes (or part of one text) of one
 *   paragraph, heading or table cell, not inside link text, code, or
 *   brackets of plain text (`[…`: links could form around it);
 * - its brackets are balanced as micromark reads labels (at most 28 deep);
 * - no odd run of backslashes escapes its `:` or `]`; no `:` comes right
 *   before it (`::` is not a text directive), nor `]` (`[x]:` would start a
 *   definition); no `:` right after its `[` or `}`, and neither `:` nor `]`
 *   right after a `:name` (it would change which colons of the text start
 *   directives);
 * - its label neither starts nor ends with whitespace (whitespace at the
 *   edges of lines would be kept, delimiters next to it would flank
 *   differently);
 * - it does not cut a run of backticks or emphasis delimiters (run lengths
 *   decide which ones pair), nor an opener or a character reference of the
 *   original;
 * - emphasis delimiters right outside it, or literal ones right inside it,
 *   touch whitespace, so they keep their meaning;
 * - it does not start or end against a bare URL or email, nor start or end
 *   with one that was not a link (GFM autolinks depend on the characters
 *   around them).
 */
import type {Root} from 'mdast'
import type {Analysis, Lang} from '../types.js'
import {walkMarks, type SegmentMark} from './marks.js'
import {parseMarkdown} from '../util/markdown.js'
import {createPlacer, type AnyNode, type MarkNode} from './place.js'
import {createLocator} from './positions.js'
import {attributesMax, backslashesBefore, openerAt, trailer} from './syntax.js'
import {referenceExpression} from './text-map.js'

/** Configuration of `annotate`. */
export interface AnnotateOptions {
  /** Language of the document: passages in it are not marked unless paired (default: `'en'`). */
  lang?: Lang | null | undefined
}

/** A directive to write. */
interface Directive {
  name: 'es' | 'en' | 'term'
  /** Pair id of a passage (optional). */
  pair?: string | undefined
  /** Concept id of a term (optional). */
  id?: string | undefined
}

/** Text to insert before the source character at `offset`. */
interface Insertion {
  offset: number
  text: string
}

const attributeValue = /^[A-Za-z\d][\w.:-]*$/
const delimiters = new Set(['*', '_', '~'])
const opaque = new Set(['link', 'linkReference', 'image', 'imageReference', 'inlineCode', 'html', 'footnoteReference', 'textDirective'])
// Note: micromark classifies code units, so a tab and both halves of an astral character (even
// an emoji) are name characters of a directive (`:\t`, `:😀`).
const directiveName = /:(?:[^\s\p{P}\p{S}]|[-_\t\u{10000}-\u{10FFFF}])+$/u
// Note: what micromark lets start a directive name after a colon (not whitespace, punctuation or
// a symbol), per code unit: a tab (a code of its own there) and a surrogate half start a name too.
const directiveStart = /:(?:[^\s\p{P}\p{S}]|\t)/u
const directiveStartSurrogate = /:[\uD800-\uDFFF]/
const urlish = /:\/\/|www\.|[\w.+-]@/i
const maxDepth = 28
const maxEscapes = 300

/**
 * Annotate markdown with its analysis.
 *
 * @param markdown
 *   Markdown source (not itself annotated).
 * @param analysis
 *   Analysis of `markdown`.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Annotated markdown, ending in the trailer line.
 *
 * @example
 *   annotate('La FGR informó.', analysis)
 *   // => ':es[La :term[FGR]{id=mx-fgr} informó.]{}\n<!-- glosa:annotated v1 -->\n'
 */
export function annotate(markdown: string, analysis: Analysis, options?: AnnotateOptions | null | undefined): string {
  return annotateTree(markdown, undefined, analysis, options)
}

/**
 * Annotate markdown with its analysis, reusing the plain parse of the
 * analysis when the document has nothing a directive could start with.
 *
 * @param markdown
 *   Markdown source (not itself annotated).
 * @param plain
 *   `parseMarkdown(markdown)`, not used since (it is changed here), or
 *   `undefined` to parse here.
 * @param analysis
 *   Analysis of `markdown`.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Annotated markdown, as `annotate` makes it.
 */
export function annotateTree(
  markdown: string,
  plain: Root | undefined,
  analysis: Analysis,
  options?: AnnotateOptions | null | undefined
): string {
  const lang = options?.lang ?? 'en'
  if (lang !== 'en' && lang !== 'es') {
    throw new TypeError('Unexpected `lang` value `' + String(lang) + "`, expected `'en'` or `'es'`")
  }

  // Note: openers of the original are escaped in the output, so they must not read as directives
  // while placing; the same-length stand-in keeps every offset.
  const neutral = markdown.replace(/:(?=(?:es|en|term)\[)/g, '\uFFFD')
  // Note: without a colon before a name character, the directive parse is the plain parse.
  const tree = plain && !directiveStart.test(neutral) && !directiveStartSurrogate.test(neutral) ? plain : parseMarkdown(neutral, true)
  const insertions = tree ? placeDirectives(markdown, neutral, tree, analysis, lang) : []
  return encode(markdown, insertions) + trailer
}

/** Place every directive that fits on the tree (parsed from `neutral`); the insertions, in order. */
function placeDirectives(markdown: string, neutral: string, tree: Root, analysis: Analysis, lang: Lang): Insertion[] {
  const brackets = new WeakMap<AnyNode, Array<[number, number]>>()
  const placer = createPlacer(neutral, tree as AnyNode, createLocator(markdown), {
    descend: () => false,
    merge: (existing, mark) => mergeDirective((existing as MarkNode<Directive>).mark, mark as Directive),
    accept(open, close, first, last, block) {
      let regions = brackets.get(block)
      if (!regions) brackets.set(block, (regions = bracketRegions(markdown, block)))
      return !insideRegion(regions, open) && fits(markdown, open, close, first, last)
    }
  })
  const segment = (mark: SegmentMark): boolean => {
    if (!mark.lang) return false
    const directive: Directive = {name: mark.lang, pair: mark.pair && attributeValue.test(mark.pair.id) ? mark.pair.id : undefined}
    return placer.wrap(mark.segment.start, mark.segment.end, directive, false) !== undefined
  }

  walkMarks(analysis, lang, {
    block: segment,
    segment,
    term(term) {
      if (!attributeValue.test(term.entry) || term.entry.length > attributesMax - 8) return false
      const directive: Directive = {name: 'term', id: term.entry}
      return placer.wrap(term.start, term.end, directive, true) !== undefined
    }
  })

  return insertionsOf(tree as AnyNode)
}

/** Openers and closers of every placed directive, in document order (iterative walk). */
function insertionsOf(tree: AnyNode): Insertion[] {
  const insertions: Insertion[] = []
  const stack: Array<AnyNode | Insertion> = [tree]

  while (stack.length > 0) {
    const item = stack.pop()!
    if (!('type' in item)) {
      insertions.push(item)
      continue
    }

    if (item.type === 'glosaMark') {
      const {mark, position} = item as MarkNode<Directive>
      insertions.push({offset: position.start.offset, text: ':' + mark.name + '['})
      stack.push({offset: position.end.offset, text: ']' + attributesOf(mark)})
    }

    const children = item.children ?? []
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }

  return insertions
}

/** Merge a passage into one of the same language over the same range (unless both are paired). */
function mergeDirective(existing: Directive, directive: Directive): boolean {
  if (existing.name !== directive.name || existing.name === 'term' || (existing.pair && directive.pair)) return false
  existing.pair ??= directive.pair
  return true
}

/** Attribute list of a directive (`{id=mx-fgr}`, `{pair=a1}`, `{}`). */
function attributesOf(directive: Directive): string {
  return '{' + (directive.id ? 'id=' + directive.id : directive.pair ? 'pair=' + directive.pair : '') + '}'
}

/** Whether a directive from `open` to `close` is safe to write (see the module comment). */
function fits(markdown: string, open: number, close: number, first: AnyNode, last: AnyNode): boolean {
  const before = markdown.charAt(open - 1)
  const after = markdown.charAt(close)
  if (isSpace(markdown.charAt(open)) || isSpace(markdown.charAt(close - 1))) return false
  if (splitsRun(markdown, open) || splitsRun(markdown, close)) return false
  if (cutsOpener(markdown, open) || cutsOpener(markdown, close)) return false
  if (cutsReference(markdown, open) || cutsReference(markdown, close)) return false
  if (before === ':' || before === ']' || backslashesBefore(markdown, open, 0) % 2 === 1) return false
  if (markdown.charAt(open) === ':' || after === ':') return false
  if (directiveName.test(markdown.slice(Math.max(0, open - 64), open))) return false
  if (directiveName.test(markdown.slice(Math.max(open, close - 64), close))) return false
  if (backslashesBefore(markdown, close, open) % 2 === 1) return false
  if (!balanced(markdown, open, close)) return false
  if (delimiters.has(before) && !spaceAround(markdown, open - 1, -1)) return false
  if (delimiters.has(after) && !spaceAround(markdown, close, 1)) return false
  if (first.type === 'text' && delimiters.has(markdown.charAt(open)) && !isSpace(before)) return false
  if (last.type === 'text' && delimiters.has(markdown.charAt(close - 1)) && !isSpace(after)) return false
  if (isBareLink(markdown, first) || isBareLink(markdown, last)) return false
  if (first.type !== 'link' && urlish.test(wordAt(markdown, open, 1))) return false
  if (last.type !== 'link' && urlish.test(wordAt(markdown, close, -1))) return false
  return !urlish.test(wordAt(markdown, open, -1)) && !urlish.test(wordAt(markdown, close, 1))
}

/**
 * Source ranges between a `[` of the text (not of a link, image, code or
 * directive) and its `]` (or the end of the block), outermost only, in
 * order. A directive inside one could get a link formed around it, or keep
 * one from being cancelled by a link inside it.
 */
function bracketRegions(markdown: string, block: AnyNode): Array<[number, number]> {
  const regions: Array<[number, number]> = []
  const stack: AnyNode[] = [...(block.children ?? [])].reverse()
  let depth = 0
  let parens = 0
  let start = -1

  while (stack.length > 0) {
    const node = stack.pop()!
    const position = node.position
    if (!position || opaque.has(node.type)) continue
    if (node.type === 'text') {
      for (let index = position.start.offset!; index < position.end.offset!; index++) {
        const code = markdown.charCodeAt(index)
        if (code === 92 /* `\` */) index++
        else if (parens > 0) {
          if (code === 40 /* `(` */) parens++
          else if (code === 41 /* `)` */ && --parens === 0) regions.push([start, index + 1]), (start = -1)
        } else if (code === 91 /* `[` */ && depth++ === 0 && start === -1) start = index
        else if (code === 93 /* `]` */ && depth > 0 && --depth === 0) {
          // Note: `[a](` and `[a][` go on: a resource or a reference may follow.
          const next = markdown.charCodeAt(index + 1)
          if (next === 40) (parens = 1), index++
          else if (next !== 91) regions.push([start, index + 1]), (start = -1)
        }
      }
    }

    const children = node.children ?? []
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }

  if (start !== -1) regions.push([start, block.position!.end.offset!])
  return regions
}

/** Whether `offset` is strictly inside one of the (ordered) regions (binary search). */
function insideRegion(regions: Array<[number, number]>, offset: number): boolean {
  let low = 0
  let high = regions.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [start, end] = regions[middle]!
    if (offset <= start) high = middle - 1
    else if (offset >= end) low = middle + 1
    else return true
  }

  return false
}

/** Whether a label's brackets balance the way micromark's label factory counts them. */
function balanced(markdown: string, open: number, close: number): boolean {
  let depth = 0
  let deepest = 0
  let escapes = 0

  for (let index = open; index < close; index++) {
    const code = markdown.charCodeAt(index)
    if (code === 92 /* `\` */ && index + 1 < close) {
      const next = markdown.charCodeAt(index + 1)
      if (next === 91 || next === 92 || next === 93) {
        escapes++
        index++
        continue
      }
    }

    if (code === 91 /* `[` */) deepest = Math.max(deepest, ++depth)
    else if (code === 93 /* `]` */ && depth-- === 0) return false
  }

  return depth === 0 && deepest <= maxDepth && escapes <= maxEscapes
}

/** Whether the run of delimiters through `index` touches whitespace (or the edge) on its outer side. */
function spaceAround(markdown: string, index: number, direction: -1 | 1): boolean {
  const delimiter = markdown.charAt(index)
  let edge = index
  while (markdown.charAt(edge + direction) === delimiter) edge += direction
  const beyond = edge + direction
  return beyond < 0 || beyond >= markdown.length || isSpace(markdown.charAt(beyond))
}

/** Whether a node is a GFM autolink literal (a link not written with `[` or `<`). */
function isBareLink(markdown: string, node: AnyNode): boolean {
  if (node.type !== 'link') return false
  const start = markdown.charAt(node.position!.start.offset!)
  return start !== '[' && start !== '<'
}

/** The run of non-whitespace characters from `index` outward (at most 256). */
function wordAt(markdown: string, index: number, direction: -1 | 1): string {
  let edge = direction === -1 ? index - 1 : index
  const limit = 256
  let count = 0
  while (edge >= 0 && edge < markdown.length && !isSpace(markdown.charAt(edge)) && count < limit) {
    edge += direction
    count++
  }

  return direction === -1 ? markdown.slice(edge + 1, index) : markdown.slice(index, edge)
}

/** Whether inserting at `index` would cut an opener of the original (`:term[`) in two. */
function cutsOpener(markdown: string, index: number): boolean {
  for (let start = index - 1; start >= 0 && start > index - 6; start--) {
    if (markdown.charCodeAt(start) === 58 /* `:` */) return start + openerAt(markdown, start) > index
  }

  return false
}

/** Whether inserting at `index` would cut a character reference (`&amp;`) in two. */
function cutsReference(markdown: string, index: number): boolean {
  for (let start = index - 1; start >= 0 && start > index - 34; start--) {
    if (markdown.charCodeAt(start) === 38 /* `&` */) {
      referenceExpression.lastIndex = start
      const match = referenceExpression.exec(markdown)
      return match !== null && start + match[0].length > index
    }
  }

  return false
}

/** Whether inserting at `index` would cut a run of backticks or emphasis delimiters in two. */
function splitsRun(markdown: string, index: number): boolean {
  const character = markdown.charAt(index)
  return character === markdown.charAt(index - 1) && (character === '`' || delimiters.has(character))
}

function isSpace(character: string): boolean {
  return character === '' || character === ' ' || character === '\t' || character === '\n' || character === '\r'
}

/**
 * Write the insertions into the source, escaping every original opener
 * (a run of `k` backslashes before it becomes `2k + 1`).
 */
function encode(markdown: string, insertions: Insertion[]): string {
  const parts: string[] = []
  const openers = /:(?:es|en|term)\[/g
  let cursor = 0
  let floor = 0
  let next = 0
  let match = openers.exec(markdown)

  while (next < insertions.length || match) {
    const insertion = insertions[next]
    if (insertion && (!match || insertion.offset <= match.index)) {
      parts.push(markdown.slice(cursor, insertion.offset), insertion.text)
      cursor = floor = insertion.offset
      next++
      continue
    }

    const at = match!.index
    // Note: an opener cut by an insertion is no opener in the output.
    if (!insertion || insertion.offset >= at + openerAt(markdown, at)) {
      parts.push(markdown.slice(cursor, at), '\\'.repeat(backslashesBefore(markdown, at, floor) + 1))
      cursor = at
    }

    match = openers.exec(markdown)
  }

  parts.push(markdown.slice(cursor))
  return parts.join('')
}
