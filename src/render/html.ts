/**
 * Render an analysed article as HTML: `lang` on every passage in the other
 * language (WCAG 2.2 SC 3.1.2, Language of Parts), term elements with their
 * glossary entry, and paired passages pointing at each other.
 *
 * Built as a tree: markdown → mdast (analysis ranges wrapped in new nodes) →
 * hast → HTML. Every value from the article or the glossary is a hast text or
 * property value, escaped when serialized; raw HTML in the markdown is
 * dropped; links and images keep only `http`, `https`, `mailto` and relative
 * URLs.
 */
import type {Element, ElementContent, Root as HastRoot, RootContent as HastContent} from 'hast'
import type {Root} from 'mdast'
import type {Analysis, Glossary, Lang} from '../types.js'
import {walkMarks, type SegmentMark} from './marks.js'
import {parseMarkdown} from '../util/markdown.js'
import {hastToHtml, mdastToHast} from './parse.js'
import {createPlacer, type AnyNode, type MarkNode, type Placer} from './place.js'
import {createLocator} from './positions.js'
import {isSafeUrl} from './safe-url.js'
import {describeTerm} from './term-title.js'

/** Configuration of `renderHtml`. */
export interface RenderHtmlOptions {
  /** Glossary the analysis was made with, for term titles (optional: no titles without it). */
  glossary?: Glossary | null | undefined
  /** Language of the document (default: `'en'`). */
  lang?: Lang | null | undefined
  /**
   * Whether to write a whole page (`<!doctype html>`, `<html lang>`, `<title>`,
   * `<meta charset>`, `<main>`) instead of a `<div lang>` (default: `false`).
   */
  document?: boolean | null | undefined
  /** Title of the page (default: the first heading, or `'Article'`). */
  title?: string | null | undefined
  /** Prefix of element ids made from segment ids (default: `'glosa-'`). */
  idPrefix?: string | null | undefined
}

/** A placed segment element and what its pair needs. */
interface Placed {
  properties: Record<string, string>
  mark: SegmentMark
}

const urlProperties = ['href', 'src', 'cite', 'action', 'formAction', 'poster', 'data', 'background', 'longDesc']

/**
 * Render markdown and its analysis as HTML.
 *
 * @param markdown
 *   Markdown source.
 * @param analysis
 *   Analysis of `markdown` (offsets into it).
 * @param options
 *   Configuration (optional).
 * @returns
 *   HTML: a `<div lang>` fragment, or a whole page with `document: true`.
 *
 * @example
 *   renderHtml('La FGR.', analysis, {glossary})
 *   // => '<div lang="en"><p lang="es">La <abbr title="…" data-glosa-entry="mx-fgr">FGR</abbr>.</p></div>'
 */
export function renderHtml(markdown: string, analysis: Analysis, options?: RenderHtmlOptions | null | undefined): string {
  return renderHtmlTree(markdown, parseMarkdown(markdown), analysis, options)
}

/**
 * Render markdown, already parsed, and its analysis as HTML.
 *
 * @param markdown
 *   Markdown source.
 * @param tree
 *   `parseMarkdown(markdown)`, not used since (it is changed here), or
 *   `undefined` for a document too deep to parse.
 * @param analysis
 *   Analysis of `markdown` (offsets into it).
 * @param options
 *   Configuration (optional).
 * @returns
 *   HTML, as `renderHtml` makes it.
 */
export function renderHtmlTree(
  markdown: string,
  tree: Root | undefined,
  analysis: Analysis,
  options?: RenderHtmlOptions | null | undefined
): string {
  const lang = options?.lang ?? 'en'
  if (lang !== 'en' && lang !== 'es') {
    throw new TypeError('Unexpected `lang` value `' + String(lang) + "`, expected `'en'` or `'es'`")
  }

  const content = tree ? contentOf(markdown, tree, analysis, lang, options) : undefined
  const fallback: ElementContent[] = [{type: 'element', tagName: 'pre', properties: {}, children: [{type: 'text', value: markdown}]}]
  const children = content ?? fallback
  const page: HastRoot = options?.document
    ? documentOf(children, lang, options.title ?? titleOf(tree) ?? 'Article')
    : {type: 'root', children: [element('div', {lang}, children)]}

  return (hastToHtml(page) ?? hastToHtml({type: 'root', children: [element('div', {lang}, fallback)]})!) + (options?.document ? '\n' : '')
}

/** Mark the tree, turn it into hast, make links safe. */
function contentOf(
  markdown: string,
  tree: Root,
  analysis: Analysis,
  lang: Lang,
  options: RenderHtmlOptions | null | undefined
): ElementContent[] | undefined {
  const glossary = options?.glossary ?? undefined
  const prefix = options?.idPrefix ?? 'glosa-'
  const placer = createPlacer(markdown, tree as AnyNode, createLocator(markdown), {descend: () => true, merge: mergeMarks})
  const placed = new Map<string, Placed>()

  walkMarks(analysis, lang, {
    block: (mark) => markBlock(placer, mark, prefix, placed) || markSegment(placer, mark, prefix, placed),
    segment: (mark) => markSegment(placer, mark, prefix, placed),
    term(term) {
      const {acronym, title} = describeTerm(term, glossary)
      const node = placer.wrap(term.start, term.end, term, true)
      if (!node) return false
      node.data.hName = acronym ? 'abbr' : 'span'
      if (title) node.data.hProperties['title'] = title
      node.data.hProperties['dataGlosaEntry'] = term.entry
      if (term.status !== 'preferred') node.data.hProperties['dataGlosaStatus'] = term.status
      return true
    }
  })

  linkPairs(placed, prefix)
  const hast = mdastToHast(tree)
  if (!hast) return undefined
  sanitize(hast)
  return hast.children as ElementContent[]
}

/** Merge a segment into a segment element of the same range and language (unless both are paired). */
function mergeMarks(existing: MarkNode<unknown>, mark: unknown): boolean {
  const before = existing.mark as Partial<SegmentMark>
  const after = mark as Partial<SegmentMark>
  if (!before.segment || !after.segment || before.lang !== after.lang) return false
  return !(before.pair && after.pair)
}

/** Put a block's language and pair on its element (`<p>`, `<h2>`, `<td>`). */
function markBlock(placer: Placer, mark: SegmentMark, prefix: string, placed: Map<string, Placed>): boolean {
  const {segment} = mark
  const node = placer.container(segment.start, segment.end)
  // Note: a paragraph in a tight list item loses its `<p>` (and its properties) in hast.
  if (!node || (node.type === 'paragraph' && isInListItem(node, placer))) return false
  node.data ??= {}
  const properties = {...(node.data['hProperties'] as Record<string, string> | undefined)}
  node.data['hProperties'] = properties
  setSegment(properties, mark, prefix, placed)
  return true
}

/** Wrap a sentence or span (or a block that has no element of its own) in `<span>`s. */
function markSegment(placer: Placer, mark: SegmentMark, prefix: string, placed: Map<string, Placed>): boolean {
  const {segment} = mark
  if (mark.pair) {
    const node = placer.wrap(segment.start, segment.end, mark, false)
    if (node) {
      setSegment(node.data.hProperties, mark, prefix, placed)
      return true
    }
  }

  if (!mark.lang) return false
  const nodes: Array<MarkNode<SegmentMark>> = placer.wrapFragments(segment.start, segment.end, () => mark)
  for (const node of nodes) node.data.hProperties['lang'] = mark.lang
  return nodes.length > 0
}

/** Language, id and pair of a segment element. */
function setSegment(properties: Record<string, string>, mark: SegmentMark, prefix: string, placed: Map<string, Placed>): void {
  if (mark.lang) properties['lang'] = mark.lang
  if (mark.pair) {
    properties['id'] = prefix + mark.segment.id
    properties['dataGlosaPair'] = mark.pair.id
    placed.set(mark.segment.id, {properties, mark})
  }
}

/** Point each paired element at the placed elements of the other side. */
function linkPairs(placed: Map<string, Placed>, prefix: string): void {
  for (const {properties, mark} of placed.values()) {
    const targets = mark.counterparts.filter((id) => placed.has(id)).map((id) => prefix + id)
    if (targets.length > 0) properties['ariaDescribedBy'] = targets.join(' ')
  }
}

/** Whether a paragraph sits directly in a list item (found by walking from the root). */
function isInListItem(paragraph: AnyNode, placer: Placer): boolean {
  return placer.parentOf(paragraph)?.type === 'listItem'
}

/** Drop URLs that could run script from every element (iterative walk). */
function sanitize(tree: HastRoot): void {
  const stack: Array<HastRoot | HastContent> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element') {
      for (const name of urlProperties) {
        const value = node.properties[name]
        if (value !== undefined && value !== null && !isSafeUrl(String(value))) delete node.properties[name]
      }
    }

    if ('children' in node) for (const child of node.children) stack.push(child)
  }
}

/** A whole page around the content. */
function documentOf(children: ElementContent[], lang: Lang, title: string): HastRoot {
  const head = element('head', {}, [
    element('meta', {charSet: 'utf-8'}, []),
    element('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}, []),
    element('title', {}, [{type: 'text', value: title}])
  ])
  const body = element('body', {}, [element('main', {}, children)])
  return {type: 'root', children: [{type: 'doctype'}, element('html', {lang}, [head, body])]}
}

/** Text of the first heading (optional). */
function titleOf(tree: Root | undefined): string | undefined {
  const heading = tree?.children.find((node) => node.type === 'heading')
  if (!heading || heading.type !== 'heading') return undefined
  const parts: string[] = []
  const stack: AnyNode[] = [...(heading.children as AnyNode[])].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) parts.push(node.value)
    if (node.children) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }

  const title = parts.join('').trim()
  return title === '' ? undefined : title
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return {type: 'element', tagName, properties, children}
}
