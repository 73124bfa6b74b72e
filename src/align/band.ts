/**
 * A band around the diagonal of the alignment grid.
 *
 * Grid point `(i, j)` means “the first `i` Spanish and `j` English sentences
 * are aligned”. Row `i` keeps the points whose `j` lies within `width` of the
 * stretch `[i·m/n, (i+1)·m/n]`, so the band follows the length ratio and two
 * consecutive rows always overlap, however unequal the sides are. Cells are
 * stored row after row: memory is `O((n + m) · width)`.
 */

/** A banded grid. */
export interface Band {
  /** Spanish sentences. */
  n: number
  /** English sentences. */
  m: number
  /** Half-width the band was built with. */
  width: number
  /** First `j` of each row. */
  lo: Int32Array
  /** Last `j` of each row (inclusive). */
  hi: Int32Array
  /** Index of `(i, lo[i])`; `offset[n + 1]` is the number of cells. */
  offset: Float64Array
}

/**
 * Build a band.
 *
 * @param n
 *   Spanish sentences.
 * @param m
 *   English sentences.
 * @param width
 *   Half-width in sentences.
 * @returns
 *   The band.
 */
export function createBand(n: number, m: number, width: number): Band {
  const lo = new Int32Array(n + 1)
  const hi = new Int32Array(n + 1)
  const offset = new Float64Array(n + 2)
  const slope = n === 0 ? 0 : m / n

  for (let i = 0; i <= n; i++) {
    lo[i] = n === 0 ? 0 : Math.max(0, Math.floor(i * slope) - width)
    hi[i] = n === 0 ? m : Math.min(m, Math.ceil((i + 1) * slope) + width)
    offset[i + 1] = offset[i]! + hi[i]! - lo[i]! + 1
  }

  return {n, m, width, lo, hi, offset}
}

/**
 * Index of cell `(i, j)`, or `-1` when it is outside the band.
 *
 * @param band
 *   Band.
 * @param i
 *   Row.
 * @param j
 *   Column.
 * @returns
 *   Cell index or `-1`.
 */
export function cellOf(band: Band, i: number, j: number): number {
  if (i < 0 || i > band.n || j < band.lo[i]! || j > band.hi[i]!) return -1
  return band.offset[i]! + j - band.lo[i]!
}

/**
 * Whether the band covers the whole grid.
 *
 * @param band
 *   Band.
 * @returns
 *   Whether every cell is inside.
 */
export function isFull(band: Band): boolean {
  for (let i = 0; i <= band.n; i++) if (band.lo[i] !== 0 || band.hi[i] !== band.m) return false
  return true
}
