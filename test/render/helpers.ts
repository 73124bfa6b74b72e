/**
 * Helpers of the render tests: a parser that reads directives, tree
 * normalization, hand-built analyses and arbitraries.
 */
import fc from 'fast-check'
import type {Root} from 'mdast'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {createGlossary} from '../../src/glossary/index.js'
import {scanAnnotated} from '../../src/render/strip.js'
import {annotatedTrailer} from '../../src/render/index.js'
import type {Analysis, Concept, Glossary, Lang, Pair, Segment, SegmentLang, TermMatch} from '../../src/types.js'

export const directiveParser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkDirective)

const ours = new Set(['es', 'en', 'term'])

interface Loose {
  type: string
  name?: string
  value?: string
  attributes?: Record<string, string | null | undefined> | null
  children?: Loose[]
  position?: unknown
  [key: string]: unknown
}

/** Parse with remark-directive; `undefined` when the document is too deep for remark. */
export function parseDirectives(value: string): Root | undefined {
  try {
    return directiveParser.parse(value) as Root
  } catch (error) {
    if (error instanceof RangeError) return undefined
    throw error
  }
}

/** glosa's text directives of a tree, in document order. */
export function glosaDirectives(
  tree: Root,
  openers?: ReadonlySet<number>
): Array<{name: string; attributes: Record<string, string>; text: string}> {
  const found: Array<{name: string; attributes: Record<string, string>; text: string}> = []
  const stack: Loose[] = [tree as unknown as Loose]
  while (stack.length > 0) {
    const node = stack.pop()!
    const offset = (node.position as {start: {offset: number}} | undefined)?.start.offset ?? -1
    if (node.type === 'textDirective' && ours.has(node.name!) && (!openers || openers.has(offset))) {
      const attributes: Record<string, string> = {}
      for (const [key, value] of Object.entries(node.attributes ?? {})) attributes[key] = value ?? ''
      found.push({name: node.name!, attributes, text: textOf(node)})
    }

    const children = node.children ?? []
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }

  return found
}

/** Concatenated text values under a node. */
export function textOf(node: Loose): string {
  let text = ''
  const stack: Loose[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (typeof current.value === 'string') text += current.value
    const children = current.children ?? []
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }

  return text
}

/**
 * A tree without positions, with glosa's text directives (those opening at
 * `openers`) replaced by their children, and adjacent text nodes merged
 * (iterative).
 */
export function normalize(tree: Root, openers?: ReadonlySet<number>): unknown {
  const root = structuredClone(tree) as unknown as Loose
  const stack: Loose[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    delete node.position
    if (!node.children) continue
    const children: Loose[] = []
    const queue = [...node.children]
    while (queue.length > 0) {
      const child = queue.shift()!
      const at = (child.position as {start: {offset: number}} | undefined)?.start.offset
      if (child.type === 'textDirective' && at !== undefined && openers?.has(at)) {
        queue.unshift(...(child.children ?? []))
        continue
      }

      const previous = children[children.length - 1]
      if (child.type === 'text' && previous && previous.type === 'text') previous.value += child.value!
      else children.push(child)
    }

    node.children = children
    for (const child of children) stack.push(child)
  }

  return root
}

/**
 * Check that an annotated document parses as the original plus glosa's
 * directives: same tree once they are unwrapped, and one text directive per
 * annotation written, with its attributes.
 */
export function checkParse(annotated: string): {same: boolean; written: number; parsed: number; attributes: boolean} {
  const body = annotated.slice(0, annotated.length - annotatedTrailer.length)
  const {value, directives} = scanAnnotated(body, true)
  const withDirectives = parseDirectives(annotated)
  // Note: openers cut by an annotation are not escaped in the output; escape them here so
  // remark-directive reads them as the plain text they are.
  const target = value.replace(/(\\*)(:(?:es|en|term)\[)/g, (all, run: string, opener: string) =>
    run.length % 2 === 0 ? run + '\\' + opener : all
  )
  const without = parseDirectives(target + annotatedTrailer)
  if (!withDirectives || !without) return {same: true, written: directives.length, parsed: directives.length, attributes: true}
  const offsets = new Set(directives.map((directive) => directive.offset))
  const parsed = glosaDirectives(withDirectives, offsets)
  const attributes =
    parsed.length === directives.length &&
    parsed.every((found, index) => {
      const written = directives[index]!
      return found.name === written.name && JSON.stringify(found.attributes) === JSON.stringify(parseAttributes(written.attributes))
    })
  // Note: escaping an opener right after `]` (`[^1]\\:term[`) turns a definition into text:
  // a known limit of the scheme, left out of the comparison.
  const same =
    /\]\\*:(?:es|en|term)\[/.test(value) || JSON.stringify(normalize(withDirectives, offsets)) === JSON.stringify(normalize(without))
  return {same, written: directives.length, parsed: parsed.length, attributes}
}

/** Attributes as glosa writes them (`{pair=a1}`, `{}`). */
function parseAttributes(value: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const part of value.slice(1, -1).split(/\s+/)) {
    if (part === '') continue
    const [key, ...rest] = part.split('=')
    attributes[key!] = rest.join('=')
  }

  return attributes
}

/** A small glossary for the tests, with hostile text in it. */
export const testGlossary: Glossary = createGlossary([
  concept('mx-fgr', 'prosecutor', 'mx-federal', [
    {text: 'Fiscalía General de la República', lang: 'es', type: 'fullForm', status: 'preferred'},
    {text: 'FGR', lang: 'es', type: 'acronym', status: 'preferred'},
    {text: "Attorney General's Office", lang: 'en', type: 'fullForm', status: 'preferred'}
  ]),
  concept('us-ice', 'agency', 'us-federal', [
    {text: 'Immigration and Customs Enforcement', lang: 'en', type: 'fullForm', status: 'preferred'},
    {text: 'ICE', lang: 'en', type: 'acronym', status: 'preferred'},
    {text: 'Servicio de Inmigración y Control de Aduanas', lang: 'es', type: 'fullForm', status: 'preferred'}
  ]),
  concept('mx-hostile', 'other', 'mx-federal', [
    {text: '<script>alert("x")</script> & "quotes" \'single\'', lang: 'es', type: 'fullForm', status: 'preferred'},
    {text: 'HOS', lang: 'es', type: 'acronym', status: 'preferred'},
    {text: 'javascript:alert(1)', lang: 'en', type: 'fullForm', status: 'preferred'}
  ])
])

function concept(id: string, kind: Concept['kind'], jurisdiction: Concept['jurisdiction'], terms: Concept['terms']): Concept {
  return {id, kind, jurisdiction, terms, sources: [{url: 'https://example.com/' + id, tier: 'official'}]}
}

/** Build a segment of `markdown`. */
export function segment(
  markdown: string,
  id: string,
  kind: Segment['kind'],
  start: number,
  end: number,
  lang: SegmentLang,
  parent?: string
): Segment {
  const made: Segment = {id, kind, start, end, text: markdown.slice(start, end), lang, confidence: 1}
  if (parent) made.parent = parent
  return made
}

/** Build a term match of `markdown` at the first occurrence of `text` at or after `from`. */
export function term(markdown: string, text: string, entry: string, lang: Lang, from = 0): TermMatch {
  const start = markdown.indexOf(text, from)
  if (start === -1) throw new Error('No `' + text + '` in the markdown')
  return {start, end: start + text.length, text, entry, lang, form: text, status: 'preferred'}
}

/** An analysis with the given parts. */
export function analysisOf(parts: {segments?: Segment[]; terms?: TermMatch[]; pairs?: Pair[]}): Analysis {
  return {version: 1, segments: parts.segments ?? [], terms: parts.terms ?? [], pairs: parts.pairs ?? [], messages: []}
}

const snippets = [
  'La', 'FGR', 'dijo', 'que', 'the', 'ICE', 'said', ' ', ' ', ' ', '  ', '\t', '\n', '\n', '\r\n', '\r', '\n\n',
  '> ', '- ', '* ', '1. ', '# ', '## ', '*', '_', '**', '__', '~~', '~', '`', '```', '[', ']', '(', ')', '](http://x.y)',
  '](javascript:alert(1))', '![a](b.png)', '[^1]', '[^1]: nota', '<b>', '</b>', '<script>alert(1)</script>', '<!-- c -->',
  '\\', '\\\\', ':', '::', ':es[', ':en[', ':term[', '\\:es[', ']{pair=a1}', ']{}', '{', '}', '{#x}', '&amp;', '&lt;',
  '&#x1F600;', '&copy;', 'e\u0301', 'n\u0303', '😀', '🇲🇽', '\u0000', '\uD800', '\uDC00', '|', '| a | b |\n|---|---|\n',
  '---\n', '---\ntitle: x\n---\n', '    ', 'www.x.com', 'https://a.b/c', 'a@b.co', '@FGRMexico', '#hashtag', '"', "'",
  '¿', '¡', '—', '<!-- glosa:annotated v1 -->', '\n<!-- glosa:annotated v1 -->\n', '  \n', '\\\n', '==='
]

/** Markdown-ish strings: mostly snippets of syntax and words, sometimes any string. */
export const markdownArbitrary: fc.Arbitrary<string> = fc.oneof(
  {weight: 4, arbitrary: fc.array(fc.constantFrom(...snippets), {maxLength: 40}).map((parts) => parts.join(''))},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 60})},
  {weight: 1, arbitrary: fc.string({unit: fc.constantFrom(...'*_[]()\\:{}`<>!-#>~ \n\tesnrmt|'), maxLength: 60})}
)

const entries = ['mx-fgr', 'us-ice', 'mx-hostile', 'unknown-entry', '<script>alert(1)</script>', 'a"b', 'javascript:alert(1)', '__proto__']
const pairIds = ['a1', 'a2', 'p"1', '<x>', 'javascript:x']

/** A random analysis of `markdown`: segments (some nested), terms and pairs over random ranges. */
export function analysisArbitrary(markdown: string): fc.Arbitrary<Analysis> {
  const size = markdown.length
  const range = fc.tuple(fc.integer({min: 0, max: size}), fc.integer({min: 0, max: size})).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number])
  const langs = fc.constantFrom<SegmentLang>('es', 'en', 'mixed', 'und')
  return fc
    .record({
      segments: fc.array(fc.record({range, lang: langs, kind: fc.constantFrom<Segment['kind']>('block', 'sentence', 'span'), nest: fc.boolean()}), {maxLength: 8}),
      terms: fc.array(fc.record({range, entry: fc.constantFrom(...entries), lang: fc.constantFrom<Lang>('es', 'en'), deprecated: fc.boolean()}), {maxLength: 8}),
      pairs: fc.array(fc.record({es: fc.nat(7), en: fc.nat(7), id: fc.constantFrom(...pairIds)}), {maxLength: 3})
    })
    .map(({segments: specs, terms: termSpecs, pairs: pairSpecs}) => {
      const segments = specs.map((spec, index) => {
        const [start, end] = spec.range
        const parent = spec.nest && index > 0 ? 'x' + (index - 1) : undefined
        return segment(markdown, 'x' + index, spec.kind, start, end, spec.lang, parent)
      })
      const terms: TermMatch[] = termSpecs.map(({range: [start, end], entry, lang, deprecated}) => ({
        start,
        end,
        text: markdown.slice(start, end),
        entry,
        lang,
        form: markdown.slice(start, end),
        status: deprecated ? 'deprecated' : 'preferred'
      }))
      const pairs: Pair[] = pairSpecs
        .filter(({es, en}) => es < segments.length && en < segments.length && es !== en)
        .map(({es, en, id}) => ({id, es: ['x' + es], en: ['x' + en], score: 0.5, links: []}))
      return analysisOf({segments, terms, pairs})
    })
}

/** A markdown string with a random analysis of it. */
export const documentArbitrary: fc.Arbitrary<[string, Analysis]> = markdownArbitrary.chain((markdown) =>
  analysisArbitrary(markdown).map((analysis) => [markdown, analysis] as [string, Analysis])
)

/** Tag names the HTML output may contain. */
export const allowedTags = new Set([
  'div', 'p', 'span', 'abbr', 'a', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'hr', 'br', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input', 'section', 'sup', 'html',
  'head', 'body', 'main', 'meta', 'title', '!doctype'
])

/**
 * Tag names in HTML as hast-util-to-html writes it: text escapes `<`, so
 * every `<` outside a tag opens one; inside a tag, quoted values are skipped.
 */
export function tagNames(html: string): string[] {
  const names: string[] = []
  let index = html.indexOf('<')
  while (index !== -1) {
    names.push(/^<\/?([^\s/>]*)/.exec(html.slice(index, index + 64))![1]!.toLowerCase())
    let end = index + 1
    let quote = ''
    while (end < html.length) {
      const character = html.charAt(end)
      if (quote) {
        if (character === quote) quote = ''
      } else if (character === '"' || character === "'") quote = character
      else if (character === '>') break
      end++
    }

    index = html.indexOf('<', end + 1)
  }

  return names
}
