/**
 * Read the entries of a TBX tree (v2 `termEntry` or v3 `conceptEntry`) into
 * glosa concepts.
 *
 * - Only `es` and `en` language sections are read (`es-MX` is `es`); other
 *   languages are dropped, and an entry without Spanish or English terms is
 *   skipped.
 * - Files that glosa wrote (the root declares glosa's namespace) are read
 *   verbatim; in other files white space runs are collapsed and trimmed
 *   (pretty-printing breaks their lines).
 * - The id is the entry id when it meets glosa's pattern (`mx-fgr`);
 *   otherwise it is the jurisdiction family (`international`, `mx`…), a
 *   hyphen, and a slug of the entry id (`c1` → `international-c1`) — or of the
 *   first term when the entry has no id — made unique with `-2`, `-3`….
 *   Cross-references follow the renaming.
 * - A term without a stated status is `admitted`, except that when no term of
 *   a language section is stated `preferred`, the first term without a stated
 *   status is; a term without a type is a `fullForm`.
 * - `kind` and `jurisdiction` come from `glosa:kind` and `glosa:jurisdiction`,
 *   else from the options; sources from glosa's source links, other
 *   `externalCrossReference` links and `source` values that are http(s)
 *   URLs. Foreign files thus give `kind: 'other'` and often `sources: []`,
 *   which `glosa glossary lint` reports.
 */

import type {
  Concept,
  ConceptKind,
  Jurisdiction,
  Lang,
  Source,
  Term
} from '../../types.js'
import {orderConcept} from './canonical.js'
import type {ExchangeProblem} from './error.js'
import type {Category} from './tbx-category.js'
import {categoryOf, structureName} from './tbx-category.js'
import {parseReferenceRole, parseSourceLabel} from './tbx-convention.js'
import {readTerm, unexpectedValue} from './tbx-read-term.js'
import type {TermContext} from './tbx-read-term.js'
import {glosaNamespace} from './tbx-vocabulary.js'
import {idPattern, isOneOf, jurisdictions, kinds, urlPattern} from './values.js'
import type {ImportSettings} from './values.js'
import type {XmlElement} from './xml.js'
import {childElements, textContent} from './xml.js'

/** A concept being read. */
interface Draft {
  element: XmlElement
  entryId: string | undefined
  kind?: ConceptKind
  jurisdiction?: Jurisdiction
  parent?: string
  subjectField?: string
  validFrom?: string
  validUntil?: string
  replacedBy?: string
  historicalContexts: string[]
  definition: {en?: string; es?: string}
  terms: Term[]
  sources: Source[]
  notes: string[]
}

/** Reader state. */
interface Context extends TermContext {
  fileLang: string
  problems: ExchangeProblem[]
}

/**
 * Read the concepts of a TBX tree.
 *
 * @param root
 *   Root element (`tbx` or `martif`).
 * @param settings
 *   Defaults for fields foreign files lack.
 * @returns
 *   Concepts and the problems found in glosa's own data categories.
 */
export function readTbx(
  root: XmlElement,
  settings: ImportSettings
): {concepts: Concept[]; problems: ExchangeProblem[]} {
  const verbatim = [...root.scope.values()].includes(glosaNamespace)
  const problems: ExchangeProblem[] = []
  const context: Context = {
    fileLang: primaryLang(root.attributes.get('xml:lang')),
    problems,
    text(element) {
      const value = textContent(element)
      return verbatim ? value : value.replace(/[ \t\n\r]+/g, ' ').trim()
    },
    report(element, reason, ruleId) {
      problems.push({line: element.line, column: element.column, reason, ruleId})
    }
  }
  const drafts: Draft[] = []

  for (const entry of entries(root)) {
    const draft = readEntry(entry, context)
    if (draft.terms.length > 0) drafts.push(draft)
  }

  return {concepts: finish(drafts, settings), problems}
}

/**
 * Find the entries of a file.
 *
 * @param root
 *   Root element.
 * @returns
 *   `conceptEntry`/`termEntry` elements of `text > body`.
 */
function entries(root: XmlElement): XmlElement[] {
  const text = childElements(root).find((d) => structureName(d) === 'text')
  const body = text ? childElements(text).find((d) => structureName(d) === 'body') : undefined
  return body ? childElements(body).filter((d) => structureName(d) === 'conceptEntry') : []
}

/**
 * Read an entry.
 *
 * @param entry
 *   `conceptEntry` or `termEntry`.
 * @param context
 *   Reader context.
 * @returns
 *   Draft concept.
 */
function readEntry(entry: XmlElement, context: Context): Draft {
  const draft: Draft = {
    element: entry,
    entryId: entry.attributes.get('id'),
    historicalContexts: [],
    definition: {},
    terms: [],
    sources: [],
    notes: []
  }

  for (const child of childElements(entry)) {
    if (structureName(child) === 'langSec') readLangSec(child, draft, context)
    else readAux(child, draft, context, undefined)
  }

  return draft
}

/**
 * Read a language section.
 *
 * @param section
 *   `langSec` or `langSet`.
 * @param draft
 *   Concept being read.
 * @param context
 *   Reader context.
 */
function readLangSec(section: XmlElement, draft: Draft, context: Context) {
  // Note: old MARTIF files write `lang` instead of `xml:lang`.
  const lang = primaryLang(section.attributes.get('xml:lang') ?? section.attributes.get('lang'))
  if (lang !== 'es' && lang !== 'en') return
  const unstated: Term[] = []
  let preferred = false

  for (const child of childElements(section)) {
    if (structureName(child) !== 'termSec') {
      readAux(child, draft, context, lang)
      continue
    }

    const result = readTerm(child, lang, context)
    if (!result) continue
    draft.terms.push(result.term)
    if (!result.statusStated) unstated.push(result.term)
    else if (result.term.status === 'preferred') preferred = true
    for (const {element, category} of result.rest) readCategory(element, category, draft, context, lang)
  }

  const first = unstated[0]
  if (!preferred && first) first.status = 'preferred'
}

/**
 * Read an element of an entry or language section that is not a section.
 *
 * @param element
 *   Element.
 * @param draft
 *   Concept being read.
 * @param context
 *   Reader context.
 * @param lang
 *   Language of the enclosing section (optional).
 */
function readAux(element: XmlElement, draft: Draft, context: Context, lang: Lang | undefined) {
  const name = structureName(element)

  if (name === 'descripGrp') {
    for (const child of childElements(element)) readAux(child, draft, context, lang)
  } else if (name === 'note') {
    draft.notes.push(context.text(element))
  } else {
    const category = categoryOf(element)
    if (category) readCategory(element, category, draft, context, lang)
  }
}

/**
 * Read a data category of an entry or language section.
 *
 * @param element
 *   Element.
 * @param category
 *   Its category.
 * @param draft
 *   Concept being read.
 * @param context
 *   Reader context.
 * @param lang
 *   Language of the enclosing section (optional).
 */
function readCategory(
  element: XmlElement,
  category: Category,
  draft: Draft,
  context: Context,
  lang: Lang | undefined
) {
  if (category.glosa) {
    readGlosaCategory(element, category.type, draft, context)
    return
  }

  const value = context.text(element)

  if (category.element === 'descrip' && category.type === 'subjectField') {
    draft.subjectField ??= value
  } else if (category.element === 'descrip' && category.type === 'definition') {
    const language = lang ?? context.fileLang
    if ((language === 'es' || language === 'en') && value) draft.definition[language] ??= value
  } else if (category.element === 'descrip' && /note/i.test(category.type) && value) {
    draft.notes.push(value)
  } else if (category.element === 'ref' && category.type === 'crossReference') {
    const role = parseReferenceRole(value)
    const target = element.attributes.get('target')
    if (role && target) draft[role] ??= target
  } else if (category.element === 'xref' && category.type === 'externalCrossReference') {
    const target = element.attributes.get('target')
    if (target) addSource(draft, parseSourceLabel(target, value))
  } else if (category.element === 'admin' && category.type === 'source' && urlPattern.test(value)) {
    addSource(draft, {url: value, tier: 'other'})
  }
}

/**
 * Read a glosa data category of an entry.
 *
 * @param element
 *   Element.
 * @param type
 *   Category without prefix.
 * @param draft
 *   Concept being read.
 * @param context
 *   Reader context.
 */
function readGlosaCategory(element: XmlElement, type: string, draft: Draft, context: Context) {
  const value = context.text(element)

  if (type === 'kind') {
    if (isOneOf(kinds, value)) draft.kind = value
    else context.report(element, unexpectedValue('kind', value, kinds), 'glosa-value')
  } else if (type === 'jurisdiction') {
    if (isOneOf(jurisdictions, value)) draft.jurisdiction = value
    else context.report(element, unexpectedValue('jurisdiction', value, jurisdictions), 'glosa-value')
  } else if (type === 'validFrom' || type === 'validUntil') {
    draft[type] = value
  } else if (type === 'historicalContext') {
    draft.historicalContexts.push(value)
  } else {
    context.report(
      element,
      'Unexpected `glosa:' + type + '` in a concept, expected `glosa:kind`, `glosa:jurisdiction`, `glosa:validFrom`, `glosa:validUntil` or `glosa:historicalContext`',
      'glosa-category'
    )
  }
}

/**
 * Add a source unless its URL is already there.
 *
 * @param draft
 *   Concept being read.
 * @param source
 *   Source.
 */
function addSource(draft: Draft, source: Source) {
  if (!draft.sources.some((d) => d.url === source.url)) draft.sources.push(source)
}

/**
 * Give drafts their ids and glosa's key order.
 *
 * @param drafts
 *   Drafts, in file order.
 * @param settings
 *   Defaults.
 * @returns
 *   Concepts.
 */
function finish(drafts: Draft[], settings: ImportSettings): Concept[] {
  const renamed = new Map<string, string>()
  const used = new Set<string>()
  const ids: string[] = []

  for (const [index, draft] of drafts.entries()) {
    const family = (draft.jurisdiction ?? settings.jurisdiction).split('-')[0] ?? 'international'
    const id = deriveId(draft, family, index, used)
    used.add(id)
    ids.push(id)
    if (draft.entryId !== undefined) renamed.set(draft.entryId, id)
  }

  return drafts.map(function (draft, index): Concept {
    const concept: Concept = {
      id: ids[index] ?? '',
      kind: draft.kind ?? settings.kind,
      jurisdiction: draft.jurisdiction ?? settings.jurisdiction,
      terms: draft.terms,
      sources: draft.sources
    }
    if (draft.parent) concept.parent = renamed.get(draft.parent) ?? draft.parent
    if (draft.subjectField) concept.subjectField = draft.subjectField
    if (draft.validFrom !== undefined) concept.validFrom = draft.validFrom
    if (draft.validUntil !== undefined) concept.validUntil = draft.validUntil
    if (draft.replacedBy) concept.replacedBy = renamed.get(draft.replacedBy) ?? draft.replacedBy
    if (draft.historicalContexts.length > 0) concept.historicalContexts = draft.historicalContexts
    if (draft.definition.en !== undefined || draft.definition.es !== undefined) {
      concept.definition = draft.definition
    }

    if (draft.notes.length > 0) concept.notes = draft.notes.join('\n')
    return orderConcept(concept)
  })
}

/**
 * Derive the id of a concept.
 *
 * @param draft
 *   Draft.
 * @param family
 *   Jurisdiction family (`mx`, `us`, `binational`, `international`).
 * @param index
 *   Index of the draft.
 * @param used
 *   Ids taken.
 * @returns
 *   Unique id matching glosa's pattern.
 */
function deriveId(draft: Draft, family: string, index: number, used: Set<string>): string {
  const raw = draft.entryId
  if (raw !== undefined && idPattern.test(raw) && !used.has(raw)) return raw
  const base = slug(raw ?? draft.terms[0]?.text ?? '') || 'entry-' + (index + 1)
  const stem = family + '-' + base
  let id = stem
  let count = 1
  while (used.has(id)) id = stem + '-' + ++count
  return id
}

/**
 * Slug a string: ASCII letters and digits separated by single hyphens.
 *
 * @param value
 *   Value.
 * @returns
 *   Slug (at most 60 characters; may be empty).
 */
function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036F]/g, '')
    .toLowerCase()
    .replace(/[^a-z\d]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '')
}

/**
 * Get the primary language subtag, lower case (`es-MX` → `es`).
 *
 * @param value
 *   Language tag (optional).
 * @returns
 *   Primary subtag (`''` when absent).
 */
function primaryLang(value: string | undefined): string {
  return (value ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? ''
}
