/**
 * Candidates of in-article alignment: the segments that may be paired, with
 * their evidence units and total unit weight.
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
   * Sum of the weights of the units: evidence that matches fewer passages of
   * the other language counts more (a name every English sentence repeats
   * says little about which one is the translation).
   */
  total: number
  /**
   * Informativeness of each unit, in `(0, 1]`: attribution words (`señaló`,
   * `said`, `president`) say that a passage reports speech, not which speech.
   */
  factors: number[]
}

/** Informativeness of an attribution word. */
const frameFactor = 0.3

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
  /** Weight of each key in `(0, 1]`: keys shared by fewer candidates count more. */
  idf: Float64Array
}

/**
 * Candidates of both languages with their evidence and total weights.
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
  const sorted = [...terms].sort((a, b) => a.start - b.start)
  const es = selectCandidates(segments, 'es').map((d) => candidate(d, sorted, options?.glossary, context))
  const en = selectCandidates(segments, 'en').map((d) => candidate(d, sorted, options?.glossary, context))
  const idf = weigh([...es, ...en], keys)
  return {es, en, keys, idf}
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
 * Index of the first term (sorted by start) starting at or after `offset`.
 */
function firstAtOrAfter(terms: readonly TermMatch[], offset: number): number {
  let low = 0
  let high = terms.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (terms[middle]!.start < offset) low = middle + 1
    else high = middle
  }

  return low
}

/**
 * Evidence of a candidate segment, with the terms inside it (`terms` sorted
 * by start).
 */
function candidate(
  segment: Segment,
  terms: readonly TermMatch[],
  glossary: Glossary | null | undefined,
  context: FeatureContext
): Candidate {
  const spans: TermSpan[] = []
  for (let index = firstAtOrAfter(terms, segment.start); index < terms.length; index++) {
    const term = terms[index]!
    if (term.start >= segment.end) break
    if (term.end > segment.end || term.end <= term.start) continue
    const parent = glossary?.get(term.entry)?.parent
    spans.push({
      start: term.start - segment.start,
      end: term.end - segment.start,
      entries: parent ? [term.entry, parent] : [term.entry]
    })
  }

  const features = extractFeatures(segment.text, segment.lang === 'en' ? 'en' : 'es', context, spans)
  const factors: number[] = []
  for (const unit of features.units) factors.push(unit.frame ? frameFactor : 1)
  // Note: `weigh` sets the total once every candidate is known.
  return {segment, features, total: 0, factors}
}

/**
 * Weigh keys and units by how many candidates of either language share them.
 *
 * A key held by `df` candidates besides one weighs
 * `log(1 + n / df) / log(1 + n)` (a name every passage repeats says little
 * about which one is the translation); a unit weighs as its rarest key that
 * some other candidate holds, or `1` when none does.
 *
 * @returns
 *   Key weights.
 */
function weigh(all: Candidate[], keys: KeyTable): Float64Array {
  const count = new Int32Array(keys.names.length)
  for (const item of all) for (const key of item.features.bag) count[key]!++
  const scale = Math.log(1 + all.length)
  const idf = new Float64Array(keys.names.length)
  for (let key = 0; key < idf.length; key++) {
    idf[key] = scale === 0 ? 1 : Math.log(1 + all.length / Math.max(1, count[key]! - 1)) / scale
  }

  for (const item of all) {
    const {units} = item.features
    let total = 0
    for (let index = 0; index < units.length; index++) {
      const keys = units[index]!.keys
      let weight = 0
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!
        if (count[key]! > 1 && idf[key]! > weight) weight = idf[key]!
      }

      if (weight === 0) weight = 1
      weight *= item.factors[index]!
      total += weight
    }

    item.total = total
  }

  return idf
}
