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
import {defaultCalibration, pairProbability, type Calibration} from './calibration.js'
import {buildCandidates, type CandidateSet} from './candidates.js'
import type {Lexicon} from './lexicon.js'
import {linkGroup} from './links.js'
import {coverage, groupStatistics, pairMatrix, type PairMatrix} from './statistics.js'

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
  /** Best competitor similarities of the 1–1 pair the group grew from. */
  esAlternative: number
  enAlternative: number
}

/** Most segments one side of a pair may merge. */
const maxGroup = 4

/**
 * Least share of an absorbed segment's evidence the other side of the pair
 * must cover (so a pair does not absorb a neighbour just to even out lengths).
 */
const mergeCoverage = 0.2

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
  const calibration = options?.calibration ?? defaultCalibration
  const threshold = options?.threshold ?? calibration.threshold
  const set = buildCandidates(segments, terms, options)
  const matrix = pairMatrix(set)
  const groups = extend(link(set, matrix, calibration, threshold), set, matrix, calibration)
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
function link(set: CandidateSet, matrix: PairMatrix, calibration: Calibration, threshold: number): Group[] {
  const options: Group[] = []
  const partners = bestPartners(set, matrix)

  for (let e = 0; e < set.es.length; e++) {
    for (let f = 0; f < set.en.length; f++) {
      for (const [esIndices, enIndices] of [
        [[e], [f]],
        [[e], [f, f + 1]],
        [[e, e + 1], [f]]
      ] as const) {
        if (esIndices.at(-1)! >= set.es.length || enIndices.at(-1)! >= set.en.length) continue
        const group = score(set, [...esIndices], [...enIndices], matrix, calibration, partners)
        if (group && group.score >= threshold) options.push(group)
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

  return groups
}

/**
 * Score a group; `undefined` when it cannot be a pair (overlapping segments,
 * or a merged member without evidence of its own).
 */
function score(
  set: CandidateSet,
  esIndices: number[],
  enIndices: number[],
  matrix: PairMatrix,
  calibration: Calibration,
  partners: Partners
): Group | undefined {
  if (overlapping(set, esIndices, enIndices)) return undefined
  const draft = {es: esIndices, en: enIndices}
  if (esIndices.length > 1 && esIndices.some((d) => !mayMerge(set, 'es', d, draft, partners))) return undefined
  if (enIndices.length > 1 && enIndices.some((d) => !mayMerge(set, 'en', d, draft, partners))) return undefined
  const statistics = groupStatistics(set, esIndices, enIndices, matrix)
  return {
    es: esIndices,
    en: enIndices,
    score: pairProbability(statistics, calibration),
    esAlternative: statistics.esAlternative,
    enAlternative: statistics.enAlternative
  }
}

/**
 * Let pairs absorb adjacent unpaired candidates while their score rises.
 *
 * A grown pair is scored against the competitors of the pair it grew from,
 * so that absorbing a neighbour only pays when it raises coverage.
 */
function extend(groups: Group[], set: CandidateSet, matrix: PairMatrix, calibration: Calibration): Group[] {
  const partners = bestPartners(set, matrix)
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
          if (overlapping(set, esIndices, enIndices) || !mayMerge(set, side, index, group, partners)) continue
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

/** Best 1–1 partner (by similarity) of each candidate, `-1` for none. */
interface Partners {
  es: Int32Array
  en: Int32Array
}

/**
 * Find the best 1–1 partner of each candidate.
 */
function bestPartners(set: CandidateSet, matrix: PairMatrix): Partners {
  const es = new Int32Array(set.es.length).fill(-1)
  const en = new Int32Array(set.en.length).fill(-1)
  const esBest = new Float64Array(set.es.length)
  const enBest = new Float64Array(set.en.length)

  for (let e = 0; e < set.es.length; e++) {
    for (let f = 0; f < set.en.length; f++) {
      const value = matrix.similarity[e * matrix.width + f]!
      if (value > esBest[e]!) {
        esBest[e] = value
        es[e] = f
      }

      if (value > enBest[f]!) {
        enBest[f] = value
        en[f] = e
      }
    }
  }

  return {es, en}
}

/**
 * Whether candidate `index` of `side` may join `group`: the other side covers
 * enough of its evidence, and its own best partner is in the group (so a
 * merge does not steal a passage that has a better counterpart elsewhere).
 */
function mayMerge(
  set: CandidateSet,
  side: 'es' | 'en',
  index: number,
  group: {es: number[]; en: number[]},
  partners: Partners
): boolean {
  const partner = partners[side][index]!
  const others = side === 'es' ? group.en : group.es
  return others.includes(partner) && ownCoverage(set, side, index, group) >= mergeCoverage
}

/**
 * Share of the evidence of candidate `index` of `side` that the other side of
 * `group` covers.
 */
function ownCoverage(set: CandidateSet, side: 'es' | 'en', index: number, group: {es: number[]; en: number[]}): number {
  const value = side === 'es' ? coverage(set, [index], group.en) : coverage(set, group.es, [index])
  const [matched, weight] = side === 'es' ? [value.esMatched, value.esWeight] : [value.enMatched, value.enWeight]
  return weight === 0 ? 0 : matched / weight
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
