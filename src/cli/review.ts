/**
 * Collect a translator's review of glossary terms over many articles: per
 * concept, where it occurs, which forms each language used, whether the
 * naming was consistent, and how each mention was rendered in the other
 * language of its bilingual pair.
 *
 * Only small records are kept per mention, never analyses, so a batch of
 * any size streams through.
 */
import {createLocator} from '../render/index.js'
import type {Analysis, Concept, Glossary, Lang, Point, Severity, Term, TermMatch, TermStatus} from '../types.js'

/** Line and column of a place (what a review reports of it). */
type LineColumn = Pick<Point, 'line' | 'column'>

/** The other side of a bilingual pair, for one mention. */
export interface Rendering extends LineColumn {
  /** Text of the term on the other side. */
  text: string
  /** Language of the other side of the pair. */
  lang: Lang
  /** Concept id of the term on the other side (`undefined` when no term matched there). */
  entry: string | undefined
}

/** One mention of a concept. */
export interface Occurrence extends LineColumn {
  file: string
  start: number
  end: number
  /** Language of the term. */
  lang: Lang
  /** Text as written (whitespace collapsed). */
  text: string
  /** Glossary form that matched. */
  form: string
  status: TermStatus
  /** Renderings in the other language, from pairs' term links. */
  renderedAs: Rendering[]
}

/** A form of a concept and how often it was used. */
export interface FormCount {
  form: string
  status: TermStatus
  count: number
}

/** How a concept was rendered across a pair, and how often. */
export interface RenderingCount {
  es: string
  en: string
  /** Concept ids of both sides (they differ when a pair links two concepts: `PGR` ↔ `Attorney General's Office`). */
  esEntry: string | undefined
  enEntry: string | undefined
  count: number
}

/** A finding about a concept. */
export interface Finding extends LineColumn {
  file: string
  ruleId: string
  severity: Severity
  reason: string
}

/** Review of one concept. */
export interface ConceptReview {
  entry: string
  /** Preferred names in each language, from the glossary. */
  names: {es?: string; en?: string}
  mentions: number
  /**
   * Whether each language named the concept with one term per kind (names,
   * acronyms, titles), over all files; inflections are the same term,
   * handles and hashtags and deprecated or superseded terms are left out.
   */
  consistent: boolean
  /** Terms that made it inconsistent, per language and kind (`es name: A, B`). */
  variants: string[]
  forms: {es: FormCount[]; en: FormCount[]}
  renderings: RenderingCount[]
  occurrences: Occurrence[]
  findings: Finding[]
}

/** A name the glossary lacks (`candidate-term` messages). */
export interface Candidate {
  text: string
  count: number
  places: Array<LineColumn & {file: string}>
}

/** The whole review. */
export interface Review {
  files: string[]
  failed: Array<{file: string; error: string}>
  concepts: ConceptReview[]
  candidates: Candidate[]
}

/** A review being collected. */
export interface ReviewCollector {
  /** Add an analyzed article. */
  add(file: string, value: string, analysis: Analysis): void
  /** Record an article that could not be analyzed. */
  fail(file: string, error: string): void
  /** The review so far. */
  result(): Review
}

/** A mention of one article, by range, for its pairs' links. */
interface Mention {
  occurrence: Occurrence
  entry: string
}

/** Per concept, while collecting: terms used per language and kind. */
interface Collecting extends ConceptReview {
  used: Map<string, Set<string>>
}

/**
 * Create a review collector.
 *
 * @param glossary
 *   Glossary the analyses were made with (names, term kinds).
 * @returns
 *   Collector; call `add` per article, then `result`.
 */
export function createReviewCollector(glossary: Glossary): ReviewCollector {
  const files: string[] = []
  const failed: Review['failed'] = []
  const concepts = new Map<string, Collecting>()
  const candidates = new Map<string, Candidate>()

  function conceptOf(entry: string): Collecting {
    let review = concepts.get(entry)
    if (!review) {
      const concept = glossary.get(entry)
      review = {
        entry,
        names: concept ? namesOf(concept) : {},
        mentions: 0,
        consistent: true,
        variants: [],
        forms: {es: [], en: []},
        renderings: [],
        occurrences: [],
        findings: [],
        used: new Map()
      }
      concepts.set(entry, review)
    }

    return review
  }

  return {
    add(file, value, analysis) {
      files.push(file)
      const point = createLocator(value)
      const locate = (offset: number): LineColumn => {
        const {line, column} = point(offset)
        return {line, column}
      }
      const byRange = new Map<string, Mention>()
      for (const match of analysis.terms) {
        const occurrence = addMention(conceptOf(match.entry), glossary, file, match, locate)
        byRange.set(match.start + ':' + match.end, {occurrence, entry: match.entry})
      }

      addRenderings(analysis, value, byRange, locate, conceptOf)
      for (const message of analysis.messages) {
        const place = locate(message.start)
        if (message.ruleId === 'candidate-term') {
          const text = collapse(message.actual ?? value.slice(message.start, message.end))
          const candidate = candidates.get(text) ?? {text, count: 0, places: []}
          candidate.count++
          candidate.places.push({file, ...place})
          candidates.set(text, candidate)
        } else if (message.entry) {
          const {ruleId, severity, reason} = message
          conceptOf(message.entry).findings.push({file, ...place, ruleId, severity, reason})
        }
      }
    },
    fail(file, error) {
      failed.push({file, error})
    },
    result() {
      const list = [...concepts.values()].map(({used, ...review}) => review)
      return {files: [...files], failed: [...failed], concepts: list, candidates: [...candidates.values()]}
    }
  }
}

/** Record one mention: occurrence, form count, consistency. */
function addMention(
  review: Collecting,
  glossary: Glossary,
  file: string,
  match: TermMatch,
  locate: (offset: number) => LineColumn
): Occurrence {
  const occurrence: Occurrence = {
    file,
    ...locate(match.start),
    start: match.start,
    end: match.end,
    lang: match.lang,
    text: collapse(match.text),
    form: match.form,
    status: match.status,
    renderedAs: []
  }
  review.mentions++
  review.occurrences.push(occurrence)

  const forms = review.forms[match.lang]
  const form = forms.find((item) => item.form === match.form)
  if (form) form.count++
  else forms.push({form: match.form, status: match.status, count: 1})

  const concept = glossary.get(match.entry)
  const term = concept ? termOf(concept, match) : undefined
  const kind = term ? kindOf(term) : undefined
  const tag = /^[#@]/.test(match.text) || term?.type === 'handle'
  if (term && kind && !tag && term.status !== 'deprecated' && term.status !== 'superseded') {
    const key = match.lang + ' ' + kind
    const used = review.used.get(key) ?? new Set<string>()
    used.add(term.text)
    review.used.set(key, used)
    if (used.size > 1) {
      review.consistent = false
      review.variants = [...review.used].filter(([, set]) => set.size > 1).map(([name, set]) => name + ': ' + [...set].join(', '))
    }
  }

  return occurrence
}

/** Attach renderings from the pairs' term links to mentions and concepts. */
function addRenderings(
  analysis: Analysis,
  value: string,
  byRange: Map<string, Mention>,
  locate: (offset: number) => LineColumn,
  conceptOf: (entry: string) => Collecting
): void {
  const entryAt = (range: [number, number]) => byRange.get(range[0] + ':' + range[1])

  for (const pair of analysis.pairs) {
    for (const link of pair.links) {
      if (link.kind !== 'term') continue
      const es = entryAt(link.es)
      const en = entryAt(link.en)
      const esText = es?.occurrence.text ?? collapse(value.slice(link.es[0], link.es[1]))
      const enText = en?.occurrence.text ?? collapse(value.slice(link.en[0], link.en[1]))
      const esEntry = es?.entry
      const enEntry = en?.entry
      es?.occurrence.renderedAs.push({text: enText, lang: 'en', entry: enEntry, ...locate(link.en[0])})
      en?.occurrence.renderedAs.push({text: esText, lang: 'es', entry: esEntry, ...locate(link.es[0])})

      for (const entry of new Set([esEntry, enEntry])) {
        if (entry === undefined) continue
        const renderings = conceptOf(entry).renderings
        const found = renderings.find((item) => item.es === esText && item.en === enText && item.esEntry === esEntry && item.enEntry === enEntry)
        if (found) found.count++
        else renderings.push({es: esText, en: enText, esEntry, enEntry, count: 1})
      }
    }
  }
}

/** The glossary term a match came from. */
function termOf(concept: Concept, match: TermMatch): Term | undefined {
  return concept.terms.find(
    (term) => term.lang === match.lang && (term.text === match.form || (term.forms ?? []).includes(match.form))
  )
}

/** Kind of term compared for consistency (as the `inconsistent-term` rule). */
function kindOf(term: Term): string | undefined {
  if (term.type === 'fullForm' || term.type === 'variant') return 'name'
  if (term.type === 'acronym' || term.type === 'title') return term.type
  return undefined
}

/** Preferred name of a concept in each language. */
function namesOf(concept: Concept): {es?: string; en?: string} {
  const names: {es?: string; en?: string} = {}
  for (const lang of ['es', 'en'] as const) {
    const terms = concept.terms.filter((term) => term.lang === lang && term.type !== 'handle')
    const best =
      terms.find((term) => term.status === 'preferred' && term.type === 'fullForm') ??
      terms.find((term) => term.status === 'preferred') ??
      terms[0]
    if (best) names[lang] = best.text
  }

  return names
}

/** Collapse whitespace (a term across a line break reads on one line). */
function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}
