/**
 * Lexical match statistics for every sentence pair inside a band.
 *
 * For each pair `(p, q)` with cell `(p + 1, q + 1)` in the band, how much of
 * Spanish sentence `p` is matched in English sentence `q` and the other way
 * round. Inverted lists of keys make this proportional to the matches found,
 * not to the band area times the sentence lengths.
 */
import type {Band} from './band.js'
import type {Features} from './features.js'

/** Matched evidence per cell. */
export interface BandStats {
  /** Matched weight of Spanish sentence `p` in English sentence `q`, at cell `(p + 1, q + 1)`. */
  esMatched: Float32Array
  /** Matched weight of English sentence `q` in Spanish sentence `p`, at cell `(p + 1, q + 1)`. */
  enMatched: Float32Array
}

/** Inverted lists: for each key, the sorted sentences whose bag holds it. */
export interface Postings {
  start: Int32Array
  items: Int32Array
  /** Scratch: best strength of the current unit per sentence. */
  best: Float64Array
  /** Scratch: sentences the current unit matched. */
  seen: number[]
}

/**
 * Compute the statistics of a band.
 *
 * @param band
 *   Band.
 * @param es
 *   Spanish features.
 * @param en
 *   English features.
 * @param keyCount
 *   Number of interned keys.
 * @returns
 *   Statistics.
 */
export function computeBandStats(band: Band, es: Features[], en: Features[], keyCount: number): BandStats {
  const cells = band.offset[band.n + 1]!
  const esMatched = new Float32Array(cells)
  const enMatched = new Float32Array(cells)
  const enPostings = createPostings(en, keyCount)
  const esPostings = createPostings(es, keyCount)
  const scratch = new Float64Array(band.m + band.n + 2)
  const touched: number[] = []
  // Note: cell of sentence pair `(p, q)` is `rowBase[p] + q`.
  const rowBase = new Float64Array(band.n)
  for (let p = 0; p < band.n; p++) rowBase[p] = band.offset[p + 1]! - band.lo[p + 1]! + 1

  for (let p = 0; p < es.length; p++) {
    const from = Math.max(0, band.lo[p + 1]! - 1)
    const to = Math.min(en.length - 1, band.hi[p + 1]! - 1)
    accumulate(es[p]!, enPostings, from, to, scratch, touched)
    for (const q of touched) {
      esMatched[rowBase[p]! + q]! += scratch[q]!
      scratch[q] = 0
    }

    touched.length = 0
  }

  let row = 0
  for (let q = 0; q < en.length; q++) {
    while (row <= band.n && band.hi[row]! < q + 1) row++
    let last = row
    while (last + 1 <= band.n && band.lo[last + 1]! <= q + 1) last++
    accumulate(en[q]!, esPostings, Math.max(0, row - 1), Math.min(es.length - 1, last - 1), scratch, touched)
    for (const p of touched) {
      enMatched[rowBase[p]! + q]! += scratch[p]!
      scratch[p] = 0
    }

    touched.length = 0
  }

  return {esMatched, enMatched}
}

/**
 * For each unit of `sentence`, find the sentences `t` in `[from, to]` of the
 * other side holding one of its keys; accumulate the unit's best strength per
 * sentence into `scratch` (summed over units) and list them in `touched`.
 */
function accumulate(
  sentence: Features,
  postings: Postings,
  from: number,
  to: number,
  scratch: Float64Array,
  touched: number[]
): void {
  if (from > to) return
  const best = postings.best
  const seen = postings.seen

  for (const unit of sentence.units) {
    for (let k = 0; k < unit.keys.length; k++) {
      const key = unit.keys[k]!
      const strength = unit.strengths[k]!
      const end = postings.start[key + 1]!
      let index = lowerBound(postings.items, postings.start[key]!, end, from)
      for (; index < end; index++) {
        const other = postings.items[index]!
        if (other > to) break
        if (best[other] === 0) seen.push(other)
        if (best[other]! < strength) best[other] = strength
      }
    }

    for (const other of seen) {
      if (scratch[other] === 0) touched.push(other)
      scratch[other]! += best[other]!
      best[other] = 0
    }

    seen.length = 0
  }
}

/**
 * Build inverted lists from the bags of `side`.
 */
export function createPostings(side: Features[], keyCount: number): Postings {
  const start = new Int32Array(keyCount + 1)
  for (const features of side) for (const key of features.bag) start[key + 1]!++
  for (let key = 0; key < keyCount; key++) start[key + 1]! += start[key]!
  const items = new Int32Array(start[keyCount]!)
  const fill = start.slice(0, keyCount)
  for (const [index, features] of side.entries()) for (const key of features.bag) items[fill[key]!++] = index
  return {start, items, best: new Float64Array(side.length), seen: []}
}

/**
 * First index in `items[from..to)` whose value is `≥ value`.
 */
function lowerBound(items: Int32Array, from: number, to: number, value: number): number {
  let low = from
  let high = to
  while (low < high) {
    const middle = (low + high) >>> 1
    if (items[middle]! < value) low = middle + 1
    else high = middle
  }

  return low
}
