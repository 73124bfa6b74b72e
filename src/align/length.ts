/**
 * The Gale–Church length model.
 *
 * Gale and Church (1993) model the length of a translation, in characters, as
 * normally distributed around `c` times the source length with variance
 * proportional to it; a bead's length cost is the negative log probability of
 * a deviation at least as large as the one observed.
 */

/** Variance per character (Gale and Church's estimate). */
export const lengthVariance = 6.8

/**
 * Length cost of a bead: `-ln P(|δ| ≥ observed)`.
 *
 * @param esLength
 *   Characters on the Spanish side.
 * @param enLength
 *   Characters on the English side.
 * @param ratio
 *   Expected Spanish characters per English character.
 * @returns
 *   A cost `≥ 0` (at most about 27.6).
 *
 * @example
 *   lengthCost(107, 100, 1.07) // => 0 (exactly as expected)
 */
export function lengthCost(esLength: number, enLength: number, ratio: number): number {
  const x = esLength
  const y = enLength * ratio
  if (x + y === 0) return 0
  const delta = Math.abs(y - x) / Math.sqrt((lengthVariance * (x + y)) / 2)
  const probability = 2 * (1 - normalCdf(delta))
  return -Math.log(Math.max(probability, 1e-12))
}

/**
 * Standard normal cumulative distribution (Abramowitz and Stegun 26.2.17,
 * error below 7.5e-8).
 *
 * @param value
 *   A value `≥ 0`.
 * @returns
 *   `P(Z ≤ value)`.
 */
export function normalCdf(value: number): number {
  const t = 1 / (1 + 0.231_641_9 * value)
  const density = Math.exp((-value * value) / 2) / Math.sqrt(2 * Math.PI)
  const poly = t * (0.319_381_53 + t * (-0.356_563_782 + t * (1.781_477_937 + t * (-1.821_255_978 + t * 1.330_274_429))))
  return 1 - density * poly
}
