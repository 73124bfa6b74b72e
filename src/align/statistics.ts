/**
 * Match statistics between candidates: how much of each side the other side
 * covers, through which kinds of evidence, and how well the best competitor
 * of each side does.
 */
import type {PairStatistics} from './calibration.js'
import type {Candidate, CandidateSet} from './candidates.js'

/** 1–1 statistics of every Spanish × English candidate pair. */
export interface PairMatrix {
  /** Columns (English candidates). */
  width: number
  esMatched: Float64Array
  enMatched: Float64Array
  anchors: Float64Array
  /** Similarity (matched weight of both sides over their total weight). */
  similarity: Float64Array
}

/**
 * Compute 1–1 statistics of every candidate pair.
 *
 * @param set
 *   Candidates.
 * @returns
 *   Matrix, row-major (`e * width + f`).
 */
export function pairMatrix(set: CandidateSet): PairMatrix {
  const {es, en, keys} = set
  const size = es.length * en.length
  const matrix: PairMatrix = {
    width: en.length,
    esMatched: new Float64Array(size),
    enMatched: new Float64Array(size),
    anchors: new Float64Array(size),
    similarity: new Float64Array(size)
  }
  const stamp = new Int32Array(keys.names.length).fill(-1)
  const strong = strongKeys(set)

  for (const [f, other] of en.entries()) {
    for (const key of other.features.bag) stamp[key] = f
    for (const [e, self] of es.entries()) {
      const [matched, anchored] = matchUnits(self, stamp, f, strong)
      matrix.esMatched[e * en.length + f] = matched
      matrix.anchors[e * en.length + f] = anchored
    }
  }

  stamp.fill(-1)
  for (const [e, self] of es.entries()) {
    for (const key of self.features.bag) stamp[key] = e
    for (const [f, other] of en.entries()) {
      const index = e * en.length + f
      matrix.enMatched[index] = matchUnits(other, stamp, e, strong)[0]
      const total = self.total + other.total
      matrix.similarity[index] = total === 0 ? 0 : (matrix.esMatched[index]! + matrix.enMatched[index]!) / total
    }
  }

  return matrix
}

/**
 * Statistics of a group of Spanish candidates against a group of English
 * ones, with the similarity of their best competitors.
 *
 * @param set
 *   All candidates.
 * @param esIndices
 *   Spanish candidate indices of the group.
 * @param enIndices
 *   English candidate indices of the group.
 * @param matrix
 *   1–1 matrix (used for the competitors of 1–1 groups).
 * @returns
 *   Pair statistics.
 */
export function groupStatistics(set: CandidateSet, esIndices: number[], enIndices: number[], matrix: PairMatrix): PairStatistics {
  const value = coverage(set, esIndices, enIndices)
  value.esAlternative = alternative(set, esIndices, enIndices, matrix, 'es')
  value.enAlternative = alternative(set, esIndices, enIndices, matrix, 'en')
  return value
}

/**
 * Coverage statistics of a group (competitor similarities left at `0`).
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
  const stamp = new Int32Array(set.keys.names.length).fill(-1)
  const strong = strongKeys(set)
  const value: PairStatistics = {
    esMatched: 0,
    esWeight: 0,
    enMatched: 0,
    enWeight: 0,
    anchors: 0,
    esLength: 0,
    enLength: 0,
    esAlternative: 0,
    enAlternative: 0
  }

  for (const index of enIndices) for (const key of set.en[index]!.features.bag) stamp[key] = 0
  for (const index of esIndices) {
    const self = set.es[index]!
    const [matched, anchored] = matchUnits(self, stamp, 0, strong)
    value.esMatched += matched
    value.anchors += anchored
    value.esWeight += self.total
    value.esLength += self.features.length
  }

  for (const index of esIndices) for (const key of set.es[index]!.features.bag) stamp[key] = 1
  for (const index of enIndices) {
    const other = set.en[index]!
    value.enMatched += matchUnits(other, stamp, 1, strong)[0]
    value.enWeight += other.total
    value.enLength += other.features.length
  }

  return value
}

/**
 * Best similarity of one side of a group with a single candidate of the other
 * language outside the group and not next to it (from the 1–1 matrix: the
 * matched weights of the group's members are summed).
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
    let otherMatched = 0
    for (const member of fixed) {
      const cell = side === 'es' ? member * matrix.width + index : index * matrix.width + member
      fixedMatched += side === 'es' ? matrix.esMatched[cell]! : matrix.enMatched[cell]!
      otherMatched += side === 'es' ? matrix.enMatched[cell]! : matrix.esMatched[cell]!
    }

    const otherTotal = pool[index]!.total
    const total = fixedTotal + otherTotal
    const similarity = total === 0 ? 0 : (fixedMatched + Math.min(otherMatched, otherTotal)) / total
    if (similarity > best) best = similarity
  }

  return best
}

/**
 * Matched weight of the units of `candidate` whose keys are stamped `tag`, and
 * how many of them matched through a term, number or name key.
 */
function matchUnits(candidate: Candidate, stamp: Int32Array, tag: number, strong: Uint8Array): [number, number] {
  let matched = 0
  let anchored = 0
  const {units} = candidate.features

  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!
    let best = 0
    let anchor = false
    for (let k = 0; k < unit.keys.length; k++) {
      const key = unit.keys[k]!
      if (stamp[key] !== tag) continue
      if (unit.strengths[k]! > best) best = unit.strengths[k]!
      if (strong[key] === 1) anchor = true
    }

    matched += best * candidate.weights[index]!
    if (anchor) anchored++
  }

  return [matched, anchored]
}

const strongCache = new WeakMap<CandidateSet, Uint8Array>()

/**
 * Which keys are anchors (term, number, date, name keys), cached per set.
 */
function strongKeys(set: CandidateSet): Uint8Array {
  let value = strongCache.get(set)
  if (!value) {
    value = Uint8Array.from(set.keys.names, (name) => (/^[tn#dmg]/.test(name) ? 1 : 0))
    strongCache.set(set, value)
  }

  return value
}
