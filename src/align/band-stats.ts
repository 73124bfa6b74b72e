/**
 * Lexical match statistics for every sentence pair inside a band.
 *
 * For each pair `(p, q)` with cell `(p + 1, q + 1)` in the band, how much of
 * Spanish sentence `p` is matched in English sentence `q` and the other way
 * round. Inverted lists of keys make this proportional to the matches found,
 * not to the band area times the sentence lengths.
 */
import {cellOf, type Band} from './band.js'
import type {Features} from './features.js'

/** Matched evidence per cell. */
export interface BandStats {
  /** Matched weight of Spanish sentence `p` in English sentence `q`, at cell `(p + 1, q + 1)`. */
  esMatched: Float32Array
  /** Matched weight of English sentence `q` in Spanish sentence `p`, at cell `(p + 1, q + 1)`. */
  enMatched: Float32Array
}

/** Inverted lists: for each key, the sorted sentences whose bag holds it. */
interface Postings {
  start: Int32Array
  items: Int32Array
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

  for (let p = 0; p < es.length; p++) {
    const from = Math.max(0, band.lo[p + 1]! - 1)
    const to = Math.min(en.length - 1, band.hi[p + 1]! - 1)
    accumulate(es[p]!, enPostings, from, to, scratch, touched, (q, value) => {
      const cell = cellOf(band, p + 1, q + 1)
      if (cell !== -1) esMatched[cell]! += value
    })
  }

  let row = 0
  for (let q = 0; q < en.length; q++) {
    while (row <= band.n && band.hi[row]! < q + 1) row++
    let last = row
    while (last + 1 <= band.n && band.lo[last + 1]! <= q + 1) last++
    const from = Math.max(0, row - 1)
    const to = Math.min(es.length - 1, last - 1)
    accumulate(en[q]!, esPostings, from, to, scratch, touched, (p, value) => {
      const cell = cellOf(band, p + 1, q + 1)
      if (cell !== -1) enMatched[cell]! += value
    })
  }

  return {esMatched, enMatched}
}

/**
 * Add, for each sentence `t` in `[from, to]` of the other side, the weight of
 * the units of `sentence` that have a key in `t`.
 */
function accumulate(
  sentence: Features,
  postings: Postings,
  from: number,
  to: number,
  scratch: Float64Array,
  touched: number[],
  add: (other: number, value: number) => void
): void {
  if (from > to) return

  for (const unit of sentence.units) {
    for (let k = 0; k < unit.keys.length; k++) {
      const key = unit.keys[k]!
      const strength = unit.strengths[k]!
      const end = postings.start[key + 1]!
      let index = lowerBound(postings.items, postings.start[key]!, end, from)
      for (; index < end; index++) {
        const other = postings.items[index]!
        if (other > to) break
        if (scratch[other] === 0) touched.push(other)
        if (scratch[other]! < strength) scratch[other] = strength
      }
    }

    for (const other of touched) {
      add(other, scratch[other]!)
      scratch[other] = 0
    }

    touched.length = 0
  }
}

/**
 * Build inverted lists from the bags of `side`.
 */
function createPostings(side: Features[], keyCount: number): Postings {
  const start = new Int32Array(keyCount + 1)
  for (const features of side) for (const key of features.bag) start[key + 1]!++
  for (let key = 0; key < keyCount; key++) start[key + 1]! += start[key]!
  const items = new Int32Array(start[keyCount]!)
  const fill = start.slice(0, keyCount)
  for (const [index, features] of side.entries()) for (const key of features.bag) items[fill[key]!++] = index
  return {start, items}
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
