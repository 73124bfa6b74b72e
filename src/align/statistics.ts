/**
 * Match statistics between candidates: how much of each side the other side
 * covers, through which kinds of evidence, and how well the best competitor
 * of each side does.
 */
import {createPostings, type Postings} from './band-stats.js'
import type {PairStatistics} from './calibration.js'
import type {Candidate, CandidateSet} from './candidates.js'
import {nextTag} from './keys.js'

/** 1–1 statistics of every Spanish × English candidate pair. */
export interface PairMatrix {
  /** Columns (English candidates). */
  width: number
  esMatched: Float64Array
  enMatched: Float64Array
  anchors: Float64Array
  concepts: Float64Array
  /** For each Spanish candidate, the English ones covering most of it (`top` per row, `-1` padded). */
  esTop: Int32Array
  /** For each English candidate, the Spanish ones covering most of it. */
  enTop: Int32Array
}

/** Competitors kept per candidate (a group excludes itself and its two neighbours). */
const top = 4

/**
 * Compute 1–1 statistics of every candidate pair.
 *
 * @param set
 *   Candidates.
 * @returns
 *   Matrix, row-major (`e * width + f`).
 */
export function pairMatrix(set: CandidateSet): PairMatrix {
  const {es, en} = set
  const size = es.length * en.length
  const matrix: PairMatrix = {
    width: en.length,
    esMatched: new Float64Array(size),
    enMatched: new Float64Array(size),
    anchors: new Float64Array(size),
    concepts: new Float64Array(size),
    esTop: new Int32Array(es.length * top).fill(-1),
    enTop: new Int32Array(en.length * top).fill(-1)
  }
  const strong = strongKeys(set)
  const enPostings = postingsOf(en, set.keys.names.length)
  const esPostings = postingsOf(es, set.keys.names.length)

  for (let e = 0; e < es.length; e++) {
    accumulate(es[e]!, enPostings, strong, set.idf, (f, value, anchor, concept) => {
      const index = e * en.length + f
      matrix.esMatched[index]! += value
      if (anchor) matrix.anchors[index]!++
      if (concept) matrix.concepts[index]!++
    })
  }

  for (let f = 0; f < en.length; f++) {
    accumulate(en[f]!, esPostings, strong, set.idf, (e, value) => {
      matrix.enMatched[e * en.length + f]! += value
    })
  }

  for (let e = 0; e < es.length; e++) {
    rank(matrix.esTop, e, en.length, (f) => matrix.esMatched[e * en.length + f]! / (es[e]!.total || 1))
  }

  for (let f = 0; f < en.length; f++) {
    rank(matrix.enTop, f, es.length, (e) => matrix.enMatched[e * en.length + f]! / (en[f]!.total || 1))
  }

  return matrix
}

/** Inverted lists of candidates by key, with anchor flags per candidate. */
interface FlaggedPostings extends Postings {
  /** Scratch: 1 when the current unit matched a candidate through an anchor, 2 through a concept. */
  flags: Uint8Array
}

/**
 * Build inverted lists of candidates by key.
 */
function postingsOf(side: Candidate[], keyCount: number): FlaggedPostings {
  const postings = createPostings(side.map((item) => item.features), keyCount)
  return {...postings, flags: new Uint8Array(side.length)}
}

/**
 * For each unit of `candidate`, find the candidates of the other side holding
 * one of its keys and report the unit's weighted best match to each.
 */
function accumulate(
  candidate: Candidate,
  postings: FlaggedPostings,
  strong: Uint8Array,
  idf: Float64Array,
  add: (other: number, value: number, anchor: boolean, concept: boolean) => void
): void {
  const {best, flags, seen, start, items} = postings
  const {units} = candidate.features

  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!
    for (let k = 0; k < unit.keys.length; k++) {
      const key = unit.keys[k]!
      const value = unit.strengths[k]! * idf[key]!
      const kind = strong[key]!
      const flag = (kind !== 0 ? 1 : 0) | (kind === 2 || (unit.handle && kind === 3) ? 2 : 0)
      for (let at = start[key]!; at < start[key + 1]!; at++) {
        const other = items[at]!
        if (best[other] === 0 && flags[other] === 0) seen.push(other)
        if (value > best[other]!) best[other] = value
        flags[other]! |= flag
      }
    }

    for (const other of seen) {
      add(other, best[other]! * candidate.factors[index]!, (flags[other]! & 1) !== 0, (flags[other]! & 2) !== 0)
      best[other] = 0
      flags[other] = 0
    }

    seen.length = 0
  }
}

/**
 * Keep the `top` best of `count` items (by `value`) in row `row` of `target`.
 */
function rank(target: Int32Array, row: number, count: number, value: (index: number) => number): void {
  const base = row * top
  for (let index = 0; index < count; index++) {
    const score = value(index)
    let slot = top
    while (slot > 0 && (target[base + slot - 1] === -1 || value(target[base + slot - 1]!) < score)) slot--
    if (slot >= top) continue
    for (let k = top - 1; k > slot; k--) target[base + k] = target[base + k - 1]!
    target[base + slot] = index
  }
}

/**
 * Statistics of a 1–1 candidate pair, from the matrix.
 *
 * @param set
 *   All candidates.
 * @param e
 *   Spanish candidate index.
 * @param f
 *   English candidate index.
 * @param matrix
 *   1–1 matrix.
 * @param target
 *   Statistics to overwrite (optional: scoring every pair of an article then
 *   allocates nothing).
 * @returns
 *   Pair statistics.
 */
export function singleStatistics(
  set: CandidateSet,
  e: number,
  f: number,
  matrix: PairMatrix,
  target: PairStatistics = emptyStatistics()
): PairStatistics {
  const self = set.es[e]!
  const other = set.en[f]!
  const {width} = matrix
  const index = e * width + f
  target.esMatched = matrix.esMatched[index]!
  target.esWeight = self.total
  target.enMatched = matrix.enMatched[index]!
  target.enWeight = other.total
  target.anchors = matrix.anchors[index]!
  target.concepts = matrix.concepts[index]!
  target.esLength = self.features.length
  target.enLength = other.features.length
  const esBest = topAlternative(matrix.esTop, e, f)
  const enBest = topAlternative(matrix.enTop, f, e)
  target.esAlternative = esBest === -1 ? 0 : matrix.esMatched[e * width + esBest]! / (self.total || 1)
  target.enAlternative = enBest === -1 ? 0 : matrix.enMatched[enBest * width + f]! / (other.total || 1)
  return target
}

/**
 * Statistics with every field `0`.
 *
 * @returns
 *   Pair statistics.
 */
export function emptyStatistics(): PairStatistics {
  return {
    esMatched: 0,
    esWeight: 0,
    enMatched: 0,
    enWeight: 0,
    anchors: 0,
    concepts: 0,
    esLength: 0,
    enLength: 0,
    esAlternative: 0,
    enAlternative: 0
  }
}

/**
 * Best ranked competitor of `row`, skipping `member` and its neighbours, or
 * `-1`.
 */
function topAlternative(ranked: Int32Array, row: number, member: number): number {
  for (let k = 0; k < top; k++) {
    const index = ranked[row * top + k]!
    if (index === -1) return -1
    if (index < member - 1 || index > member + 1) return index
  }

  return -1
}

/**
 * Statistics of a group of Spanish candidates against a group of English
 * ones, with how well their best competitors cover them.
 *
 * @param set
 *   All candidates.
 * @param esIndices
 *   Spanish candidate indices of the group.
 * @param enIndices
 *   English candidate indices of the group.
 * @param matrix
 *   1–1 matrix (for the competitors).
 * @returns
 *   Pair statistics.
 */
export function groupStatistics(set: CandidateSet, esIndices: number[], enIndices: number[], matrix: PairMatrix): PairStatistics {
  if (esIndices.length === 1 && enIndices.length === 1) return singleStatistics(set, esIndices[0]!, enIndices[0]!, matrix)
  const value = coverage(set, esIndices, enIndices)
  value.esAlternative = alternative(set, esIndices, enIndices, matrix, 'es')
  value.enAlternative = alternative(set, esIndices, enIndices, matrix, 'en')
  return value
}

/**
 * Coverage statistics of a group (competitor coverage left at `0`).
 *
 * @param set
 *   All candidates.
 * @param esIndices
 *   Spanish candidate indices of the group.
 * @param enIndices
 *   English candidate indices of the group.
 * @returns
 *   Pair statistics.
 */
export function coverage(set: CandidateSet, esIndices: number[], enIndices: number[]): PairStatistics {
  const {keys} = set
  const enTag = nextTag(keys)
  const esTag = nextTag(keys)
  const strong = strongKeys(set)
  const value = emptyStatistics()

  for (const index of enIndices) for (const key of set.en[index]!.features.bag) keys.seen[key] = enTag
  for (const index of esIndices) {
    const self = set.es[index]!
    const [matched, anchored, concepts] = matchUnits(self, keys.seen, enTag, strong, set.idf)
    value.esMatched += matched
    value.anchors += anchored
    value.concepts += concepts
    value.esWeight += self.total
    value.esLength += self.features.length
  }

  for (const index of esIndices) for (const key of set.es[index]!.features.bag) keys.seen[key] = esTag
  for (const index of enIndices) {
    const other = set.en[index]!
    value.enMatched += matchUnits(other, keys.seen, esTag, strong, set.idf)[0]
    value.enWeight += other.total
    value.enLength += other.features.length
  }

  return value
}

/**
 * Best coverage of one side of a group by a single candidate of the other
 * language outside the group and not next to it (from the 1–1 matrix).
 */
function alternative(
  set: CandidateSet,
  esIndices: number[],
  enIndices: number[],
  matrix: PairMatrix,
  side: 'es' | 'en'
): number {
  const fixed = side === 'es' ? esIndices : enIndices
  const members = side === 'es' ? enIndices : esIndices
  const pool = side === 'es' ? set.en : set.es
  const own = side === 'es' ? set.es : set.en
  // Note: neighbours of the group are not competitors: they may belong to it
  // (the second sentence of a two-sentence translation).
  const first = Math.min(...members) - 1
  const last = Math.max(...members) + 1
  let fixedTotal = 0
  for (const index of fixed) fixedTotal += own[index]!.total
  let best = 0

  for (let index = 0; index < pool.length; index++) {
    if (index >= first && index <= last) continue
    let fixedMatched = 0
    for (const member of fixed) {
      const cell = side === 'es' ? member * matrix.width + index : index * matrix.width + member
      fixedMatched += side === 'es' ? matrix.esMatched[cell]! : matrix.enMatched[cell]!
    }

    const value = fixedTotal === 0 ? 0 : fixedMatched / fixedTotal
    if (value > best) best = value
  }

  return best
}

/**
 * Matched weight of the units of `candidate` whose keys are stamped `tag`,
 * how many of them matched through an anchor (a term, number or name key),
 * and how many through a concept (a term key, or a name key for a handle).
 */
function matchUnits(
  candidate: Candidate,
  stamp: Int32Array,
  tag: number,
  strong: Uint8Array,
  idf: Float64Array
): [number, number, number] {
  let matched = 0
  let anchored = 0
  let concepts = 0
  const {units} = candidate.features

  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!
    let best = 0
    let anchor = false
    let concept = false
    for (let k = 0; k < unit.keys.length; k++) {
      const key = unit.keys[k]!
      if (stamp[key] !== tag) continue
      const value = unit.strengths[k]! * idf[key]!
      if (value > best) best = value
      if (strong[key] !== 0) anchor = true
      if (strong[key] === 2 || (unit.handle && strong[key] === 3)) concept = true
    }

    matched += best * candidate.factors[index]!
    if (anchor) anchored++
    if (concept) concepts++
  }

  return [matched, anchored, concepts]
}

const strongCache = new WeakMap<CandidateSet, Uint8Array>()
/**
 * Which keys are anchors (concept, name, number and date keys), cached per set.
 */
function strongKeys(set: CandidateSet): Uint8Array {
  let value = strongCache.get(set)
  if (!value) {
    // Note: 2 for concept keys, 3 for name keys, 1 for number keys.
    const {names} = set.keys
    value = new Uint8Array(names.length)
    for (let key = 0; key < names.length; key++) {
      const code = names[key]!.charCodeAt(0)
      // `t`, `n`, `g`, `#`, `d`, `m`.
      value[key] = code === 116 ? 2 : code === 110 || code === 103 ? 3 : code === 35 || code === 100 || code === 109 ? 1 : 0
    }

    strongCache.set(set, value)
  }

  return value
}
