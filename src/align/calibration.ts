/**
 * The pair score of in-article alignment: a logistic model over a few
 * statistics of a candidate pair, fitted on the development split of the
 * alignment data (`npx tsx test/bench/align.ts --fit`), and the threshold
 * under which a Spanish passage is left unpaired.
 */

/** Statistics of a candidate pair. */
export interface PairStatistics {
  /** Matched weight of the Spanish side's units. */
  esMatched: number
  /** Total weight of the Spanish side's units. */
  esWeight: number
  enMatched: number
  enWeight: number
  /** Spanish units matched through a term, number or name. */
  anchors: number
  esLength: number
  enLength: number
  /** Best similarity of the Spanish side with another English candidate. */
  esAlternative: number
  /** Best similarity of the English side with another Spanish candidate. */
  enAlternative: number
}

/** Coefficients of the logistic model. */
export interface Calibration {
  bias: number
  similarity: number
  coverage: number
  anchors: number
  length: number
  size: number
  esMargin: number
  enMargin: number
  /** Pairs scoring below this are not pairs (“none”). */
  threshold: number
}

/** Fitted on news-test2008 (see `test/bench/results/align.md`). */
export const defaultCalibration: Calibration = {
  bias: -2.453,
  similarity: -14.451,
  coverage: 16.729,
  anchors: -0.065,
  length: -7.042,
  size: -0.181,
  esMargin: 13.503,
  enMargin: 10.626,
  threshold: 0.45
}

/** Feature vector of pair statistics. */
export type PairFeatures = [number, number, number, number, number, number, number]

/**
 * Feature vector of pair statistics, in `Calibration` order (without bias
 * and threshold).
 *
 * @param value
 *   Pair statistics.
 * @returns
 *   `[similarity, coverage, anchors, length, size, esMargin, enMargin]`.
 */
export function pairFeatures(value: PairStatistics): PairFeatures {
  const total = value.esWeight + value.enWeight
  const similarity = total === 0 ? 0 : (value.esMatched + value.enMatched) / total
  const coverage = Math.min(
    value.esWeight === 0 ? 0 : value.esMatched / value.esWeight,
    value.enWeight === 0 ? 0 : value.enMatched / value.enWeight
  )
  const length = Math.abs(Math.log((value.esLength + 20) / (1.07 * value.enLength + 20)))
  return [
    similarity,
    coverage,
    Math.log1p(value.anchors),
    length,
    Math.log1p(total),
    similarity - value.esAlternative,
    similarity - value.enAlternative
  ]
}

/**
 * Probability that a candidate is a true pair.
 *
 * @param value
 *   Pair statistics.
 * @param calibration
 *   Coefficients (default: `defaultCalibration`).
 * @returns
 *   A score in `[0, 1]`.
 */
export function pairProbability(value: PairStatistics, calibration: Calibration = defaultCalibration): number {
  const [similarity, coverage, anchors, length, size, esMargin, enMargin] = pairFeatures(value)
  const z =
    calibration.bias +
    calibration.similarity * similarity +
    calibration.coverage * coverage +
    calibration.anchors * anchors +
    calibration.length * length +
    calibration.size * size +
    calibration.esMargin * esMargin +
    calibration.enMargin * enMargin
  return 1 / (1 + Math.exp(-z))
}
