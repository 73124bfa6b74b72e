/**
 * In-article alignment: pair each Spanish passage of an article with the
 * English passage that translates or paraphrases it, wherever it is.
 *
 * Every Spanish sentence or span is scored against every English one (shared
 * glossary concepts, numbers and dates, names and handles, lexicon
 * translations, cognates, length, and how clearly a candidate beats the
 * others); the best pairs above a calibrated threshold are taken greedily,
 * each passage at most once (competitive linking); then a pair absorbs an
 * adjacent unpaired passage of either side while that raises its score, which
 * yields 1–n and n–1 pairs (a three-sentence tweet against one English
 * sentence).
 */
import type {Glossary, Pair, Segment, TermMatch} from '../types.js'
import {defaultCalibration, pairProbability, type Calibration, type PairStatistics} from './calibration.js'
import {buildCandidates, selectCandidates, type CandidateSet} from './candidates.js'
import type {Lexicon} from './lexicon.js'
import {linkGroup} from './links.js'
import {coverage, emptyStatistics, groupStatistics, pairMatrix, singleStatistics, type PairMatrix} from './statistics.js'

/** Options of `pairSegments`. */
export interface PairSegmentsOptions {
  /**
   * Glossary the terms come from (optional); a concept's parent then counts as
   * related evidence (`AIC` ↔ `FGR`).
   */
  glossary?: Glossary | null | undefined
  /** Lexicon; `false` for none (default: the built-in curated lexicon). */
  lexicon?: Lexicon | false | null | undefined
  /** Lowest score of a pair (default: the calibrated threshold). */
  threshold?: number | null | undefined
  /** Logistic coefficients of the score (default: the calibrated ones). */
  calibration?: Calibration | null | undefined
}

/** Result of `pairSegments`. */
export interface PairSegmentsResult {
  pairs: Pair[]
  /** Ids of Spanish segments in no pair, in document order. */
  unaligned: string[]
}

/** A pair under construction: candidate indices of each side. */
interface Group {
  es: number[]
  en: number[]
  score: number
  /** Best competitor coverages of the pair the group grew from. */
  esAlternative: number
  enAlternative: number
}

/** Least score, as a share of the threshold, of the best 1–1 pair inside a 1–2 or 2–1 group. */
const coreShare = 0.5

/** Most Spanish × English comparisons before the article is paired in windows. */
const maxPairs = 40_000

/** Candidates per window of a very large article. */
const windowSize = 200

/** Most segments one side of a pair may merge. */
const maxGroup = 4

/**
 * Least share of an absorbed segment's evidence the other side of the pair
 * must cover (so a pair does not absorb a neighbour just to even out
 * lengths); lower for English, whose continuation sentences add context.
 */
const mergeCoverage = {es: 0.3, en: 0.15}

/**
 * Pair the Spanish and English segments of an article.
 *
 * @param segments
 *   Segments of the article (blocks, sentences, spans), markdown offsets.
 * @param terms
 *   Glossary term matches, markdown offsets.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Pairs (ids `a1`, `a2`… in order of their first Spanish segment) and the
 *   ids of unpaired Spanish segments.
 *
 * @example
 *   pairSegments(segments, terms).pairs[0]
 *   // => {id: 'a1', es: ['s9'], en: ['s1'], score: 0.97, links: [...]}
 */
export function pairSegments(
  segments: readonly Segment[],
  terms: readonly TermMatch[],
  options?: PairSegmentsOptions | null | undefined
): PairSegmentsResult {
  if (!Array.isArray(segments)) throw new TypeError('Unexpected `segments` value, expected an array of segments')
  if (!Array.isArray(terms)) throw new TypeError('Unexpected `terms` value, expected an array of term matches')
  for (const [index, segment] of segments.entries()) {
    if (typeof segment?.text !== 'string' || typeof segment.start !== 'number' || typeof segment.end !== 'number') {
      throw new TypeError('Unexpected `segments[' + index + ']` value, expected a segment (`id`, `start`, `end`, `text`, `lang`, `kind`)')
    }
  }

  const es = selectCandidates(segments, 'es')
  const en = selectCandidates(segments, 'en')
  if (es.length * en.length <= maxPairs) return pairWindow(segments, terms, options)

  // Note: too many pairs to compare all; pair within windows of neighbouring
  // candidates (pairs across windows are not found).
  const all = [...es, ...en].sort((a, b) => a.start - b.start)
  const pairs: Pair[] = []
  const unaligned: string[] = []
  for (let index = 0; index < all.length; index += windowSize) {
    const result = pairWindow(all.slice(index, index + windowSize), terms, options)
    for (const pair of result.pairs) pairs.push({...pair, id: 'a' + (pairs.length + 1)})
    unaligned.push(...result.unaligned)
  }

  return {pairs, unaligned}
}

/**
 * Pair the candidates of (a window of) an article.
 */
function pairWindow(
  segments: readonly Segment[],
  terms: readonly TermMatch[],
  options: PairSegmentsOptions | null | undefined
): PairSegmentsResult {
  const calibration = options?.calibration ?? defaultCalibration
  const threshold = options?.threshold ?? calibration.threshold
  const set = buildCandidates(segments, terms, options)
  const matrix = pairMatrix(set)
  const linked = link(set, matrix, calibration, threshold)
  const groups = extend(linked.groups, linked.partners, set, matrix, calibration, threshold)
  const {es, en, keys} = set

  const pairs = groups
    .sort((a, b) => es[a.es[0]!]!.segment.start - es[b.es[0]!]!.segment.start)
    .map((group, index): Pair => {
      const esSide = group.es.map((d) => es[d]!)
      const enSide = group.en.map((d) => en[d]!)
      return {
        id: 'a' + (index + 1),
        es: esSide.map((d) => d.segment.id),
        en: enSide.map((d) => d.segment.id),
        score: Math.round(group.score * 1000) / 1000,
        links: linkGroup(esSide, enSide, keys)
      }
    })
  const paired = new Set(groups.flatMap((group) => group.es))
  const unaligned = es.filter((_, index) => !paired.has(index)).map((d) => d.segment.id)
  return {pairs, unaligned}
}

/**
 * Score every 1–1, 1–2 and 2–1 group of candidates, then link the best groups
 * above `threshold`, each candidate at most once (competitive linking).
 */
function link(
  set: CandidateSet,
  matrix: PairMatrix,
  calibration: Calibration,
  threshold: number
): {groups: Group[]; partners: Partners} {
  const width = set.en.length
  const single = new Float64Array(set.es.length * width)
  const options: Group[] = []

  const statistics = emptyStatistics()

  for (let e = 0; e < set.es.length; e++) {
    const a = set.es[e]!.segment
    for (let f = 0; f < width; f++) {
      const b = set.en[f]!.segment
      if (a.start < b.end && b.start < a.end) continue
      singleStatistics(set, e, f, matrix, statistics)
      const value = pairProbability(statistics, calibration)
      single[e * width + f] = value
      if (value >= threshold) options.push(toGroup([e], [f], value, statistics))
    }
  }

  const partners = bestPartners(set, single)
  const least = threshold * coreShare

  for (let e = 0; e < set.es.length; e++) {
    for (let f = 0; f < width; f++) {
      // Note: a merged group grows from a plausible 1–1 pair.
      const here = single[e * width + f]!
      if (f + 1 < width && Math.max(here, single[e * width + f + 1]!) >= least) {
        const group = mergedGroup(set, [e], [f, f + 1], matrix, calibration, partners, threshold)
        if (group) options.push(group)
      }

      if (e + 1 < set.es.length && Math.max(here, single[(e + 1) * width + f]!) >= least) {
        const group = mergedGroup(set, [e, e + 1], [f], matrix, calibration, partners, threshold)
        if (group) options.push(group)
      }
    }
  }

  options.sort(
    (a, b) => b.score - a.score || a.es[0]! - b.es[0]! || a.en[0]! - b.en[0]! || a.es.length + a.en.length - b.es.length - b.en.length
  )
  const usedEs = new Set<number>()
  const usedEn = new Set<number>()
  const groups: Group[] = []

  for (const group of options) {
    if (group.es.some((d) => usedEs.has(d)) || group.en.some((d) => usedEn.has(d))) continue
    for (const d of group.es) usedEs.add(d)
    for (const d of group.en) usedEn.add(d)
    groups.push(group)
  }

  return {groups, partners}
}

/**
 * A 1–2 or 2–1 group scoring at least `threshold`, whose merged members may
 * join it, or `undefined`.
 */
function mergedGroup(
  set: CandidateSet,
  esIndices: number[],
  enIndices: number[],
  matrix: PairMatrix,
  calibration: Calibration,
  partners: Partners,
  threshold: number
): Group | undefined {
  const draft = {es: esIndices, en: enIndices}
  const side = esIndices.length > 1 ? 'es' : 'en'
  if (overlapping(set, esIndices, enIndices)) return undefined
  if (draft[side].some((d) => !mayMerge(set, matrix, side, d, draft, partners, threshold))) return undefined
  const statistics = groupStatistics(set, esIndices, enIndices, matrix)
  const value = pairProbability(statistics, calibration)
  return value >= threshold ? toGroup(esIndices, enIndices, value, statistics) : undefined
}

/**
 * A group from its members, score and statistics.
 */
function toGroup(es: number[], en: number[], score: number, statistics: PairStatistics): Group {
  return {es, en, score, esAlternative: statistics.esAlternative, enAlternative: statistics.enAlternative}
}

/**
 * Let pairs absorb adjacent unpaired candidates while their score rises.
 *
 * A grown pair is scored against the competitors of the pair it grew from,
 * so that absorbing a neighbour only pays when it raises coverage.
 */
function extend(
  groups: Group[],
  partners: Partners,
  set: CandidateSet,
  matrix: PairMatrix,
  calibration: Calibration,
  threshold: number
): Group[] {
  const used = {es: new Set(groups.flatMap((d) => d.es)), en: new Set(groups.flatMap((d) => d.en))}

  for (const group of groups) {
    for (;;) {
      let best: {side: 'es' | 'en'; index: number; score: number} | undefined
      for (const side of ['es', 'en'] as const) {
        const members = group[side]
        if (members.length >= maxGroup) continue
        for (const index of [members[0]! - 1, members.at(-1)! + 1]) {
          if (index < 0 || index >= set[side].length || used[side].has(index)) continue
          const esIndices = side === 'es' ? [...group.es, index] : group.es
          const enIndices = side === 'en' ? [...group.en, index] : group.en
          if (overlapping(set, esIndices, enIndices) || !mayMerge(set, matrix, side, index, group, partners, threshold)) continue
          const statistics = coverage(set, esIndices, enIndices)
          statistics.esAlternative = group.esAlternative
          statistics.enAlternative = group.enAlternative
          const score = pairProbability(statistics, calibration)
          if (score > group.score && (!best || score > best.score)) best = {side, index, score}
        }
      }

      if (!best) break
      group[best.side] = [...group[best.side], best.index].sort((a, b) => a - b)
      used[best.side].add(best.index)
      group.score = best.score
    }
  }

  return groups
}

/** Best 1–1 partner of each candidate (`-1` for none) and its score. */
interface Partners {
  es: Int32Array
  en: Int32Array
  esScore: Float64Array
  enScore: Float64Array
}

/**
 * Find the best 1–1 partner of each candidate.
 *
 * @param set
 *   Candidates.
 * @param single
 *   1–1 scores, row-major (`e * en.length + f`).
 * @returns
 *   Partners.
 */
function bestPartners(set: CandidateSet, single: Float64Array): Partners {
  const partners: Partners = {
    es: new Int32Array(set.es.length).fill(-1),
    en: new Int32Array(set.en.length).fill(-1),
    esScore: new Float64Array(set.es.length),
    enScore: new Float64Array(set.en.length)
  }

  for (let e = 0; e < set.es.length; e++) {
    for (let f = 0; f < set.en.length; f++) {
      const value = single[e * set.en.length + f]!
      if (value > partners.esScore[e]!) {
        partners.esScore[e] = value
        partners.es[e] = f
      }

      if (value > partners.enScore[f]!) {
        partners.enScore[f] = value
        partners.en[f] = e
      }
    }
  }

  return partners
}

/**
 * Whether candidate `index` of `side` may join `group`: the other side covers
 * enough of its evidence, and it has no better counterpart elsewhere (its
 * best 1–1 partner is in the group, or, for English, no 1–1 pair of it
 * reaches the threshold), so a merge does not steal a passage.
 */
function mayMerge(
  set: CandidateSet,
  matrix: PairMatrix,
  side: 'es' | 'en',
  index: number,
  group: {es: number[]; en: number[]},
  partners: Partners,
  threshold: number
): boolean {
  const others = side === 'es' ? group.en : group.es
  // Note: an English sentence that pairs with nothing may continue the one it
  // follows; a Spanish one must prefer this pair itself (unrelated Spanish
  // passages often sit next to quoted ones).
  const free = others.includes(partners[side][index]!) || (side === 'en' && partners.enScore[index]! < threshold)
  return free && ownCoverage(set, matrix, side, index, group) >= mergeCoverage[side]
}

/**
 * Share of the evidence of candidate `index` of `side` that the other side of
 * `group` covers (from the 1–1 matrix when that side is one candidate).
 */
function ownCoverage(
  set: CandidateSet,
  matrix: PairMatrix,
  side: 'es' | 'en',
  index: number,
  group: {es: number[]; en: number[]}
): number {
  const others = side === 'es' ? group.en : group.es
  const weight = set[side][index]!.total
  if (weight === 0) return 0
  if (others.length === 1) {
    return side === 'es'
      ? matrix.esMatched[index * matrix.width + others[0]!]! / weight
      : matrix.enMatched[others[0]! * matrix.width + index]! / weight
  }

  const value = side === 'es' ? coverage(set, [index], group.en) : coverage(set, group.es, [index])
  return (side === 'es' ? value.esMatched : value.enMatched) / weight
}

/**
 * Whether a Spanish and an English candidate of a group overlap (a span
 * inside the sentence it would pair with).
 */
function overlapping(set: CandidateSet, esIndices: number[], enIndices: number[]): boolean {
  return esIndices.some((e) => {
    const a = set.es[e]!.segment
    return enIndices.some((f) => {
      const b = set.en[f]!.segment
      return a.start < b.end && b.start < a.end
    })
  })
}
