/**
 * Candidates of in-article alignment: the segments that may be paired, with
 * their evidence units and unit weights.
 */
import type {Glossary, Lang, Segment, TermMatch} from '../types.js'
import {defaultStrengths, extractFeatures, type FeatureContext, type Features, type TermSpan} from './features.js'
import {createKeyTable, type KeyTable} from './keys.js'
import {getDefaultLexicon, type Lexicon} from './lexicon.js'

/** A segment that may be paired, with its evidence. */
export interface Candidate {
  segment: Segment
  features: Features
  /**
   * Weight of each unit: evidence that matches fewer passages of the other
   * language counts more (a name every English sentence repeats says little
   * about which one is the translation).
   */
  weights: number[]
  /** Sum of `weights`. */
  total: number
}

/** What candidates are built with. */
export interface CandidateOptions {
  glossary?: Glossary | null | undefined
  lexicon?: Lexicon | false | null | undefined
}

/** Candidates of both languages. */
export interface CandidateSet {
  es: Candidate[]
  en: Candidate[]
  keys: KeyTable
}

/**
 * Candidates of both languages with their evidence and unit weights.
 *
 * @param segments
 *   All segments.
 * @param terms
 *   Term matches (markdown offsets).
 * @param options
 *   Glossary and lexicon (optional).
 * @returns
 *   Spanish and English candidates, and the key table of their features.
 */
export function buildCandidates(
  segments: readonly Segment[],
  terms: readonly TermMatch[],
  options?: CandidateOptions | null | undefined
): CandidateSet {
  const lexicon = options?.lexicon === false ? undefined : (options?.lexicon ?? getDefaultLexicon())
  const keys = createKeyTable()
  const context: FeatureContext = {keys, lexicon, strengths: defaultStrengths}
  const es = selectCandidates(segments, 'es').map((d) => candidate(d, terms, options?.glossary, context))
  const en = selectCandidates(segments, 'en').map((d) => candidate(d, terms, options?.glossary, context))
  weigh(es, en, keys)
  weigh(en, es, keys)
  return {es, en, keys}
}

/**
 * Segments of `lang` that may be paired: sentences and spans (and blocks
 * without sentences), except segments inside an earlier candidate of the same
 * language; `mixed` and `und` segments are left out (their spans take part).
 *
 * @param segments
 *   All segments.
 * @param lang
 *   Language.
 * @returns
 *   Candidate segments in document order.
 */
export function selectCandidates(segments: readonly Segment[], lang: Lang): Segment[] {
  const parents = new Set(segments.map((d) => d.parent).filter(Boolean))
  const chosen = segments
    .filter((d) => d.lang === lang && (d.kind !== 'block' || !parents.has(d.id)) && d.end > d.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const result: Segment[] = []
  for (const segment of chosen) {
    const last = result.at(-1)
    if (last && segment.start < last.end) continue
    result.push(segment)
  }

  return result
}

/**
 * Evidence of a candidate segment, with the terms inside it.
 */
function candidate(
  segment: Segment,
  terms: readonly TermMatch[],
  glossary: Glossary | null | undefined,
  context: FeatureContext
): Candidate {
  const spans: TermSpan[] = []
  for (const term of terms) {
    if (term.start < segment.start || term.end > segment.end || term.end <= term.start) continue
    const parent = glossary?.get(term.entry)?.parent
    spans.push({
      start: term.start - segment.start,
      end: term.end - segment.start,
      entries: parent ? [term.entry, parent] : [term.entry]
    })
  }

  const features = extractFeatures(segment.text, segment.lang === 'en' ? 'en' : 'es', context, spans)
  return {segment, features, weights: features.units.map(() => 1), total: features.units.length}
}

/**
 * Weigh the units of `side` by how few candidates of `other` they match:
 * `log(1 + n / (1 + df)) / log(1 + n)`, in `(0, 1]`.
 */
function weigh(side: Candidate[], other: Candidate[], keys: KeyTable): void {
  const count = new Int32Array(keys.names.length)
  for (const item of other) for (const key of item.features.bag) count[key]!++
  const scale = Math.log(1 + other.length)

  for (const item of side) {
    item.total = 0
    item.weights = item.features.units.map((unit) => {
      let frequency = 0
      for (const key of unit.keys) if (count[key]! > frequency) frequency = count[key]!
      const weight = scale === 0 ? 1 : Math.log(1 + other.length / (1 + frequency)) / scale
      item.total += weight
      return weight
    })
  }
}
