/**
 * The pair score of in-article alignment and the threshold under which a
 * Spanish passage is left unpaired (“none”).
 *
 * Two logistic models read the same statistics of a candidate pair: a
 * translation model, fitted on quote-finding tasks built from the dev split
 * of the WMT news data (news-test2008, `npx tsx test/bench/align.ts --fit`),
 * and a paraphrase model, fitted on the same tasks where the English sentence
 * carries the next one too (an article sentence that says more than the
 * quote). The paraphrase reading only applies with a shared glossary concept
 * or a handle matched to a name, which the WMT data never has: its threshold
 * (0.8) is a prior, checked on the sample article, not tuned on the dev data.
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
  /**
   * Spanish units matched through a shared glossary concept, or handles
   * matched through a name (`@Claudiashein` ↔ `Sheinbaum`).
   */
  concepts: number
  esLength: number
  enLength: number
  /** Best coverage of the Spanish side by another English candidate. */
  esAlternative: number
  /** Best coverage of the English side by another Spanish candidate. */
  enAlternative: number
}

/** Coefficients of one logistic model. */
export interface Coefficients {
  bias: number
  esCoverage: number
  enCoverage: number
  anchors: number
  length: number
  size: number
  esMargin: number
  enMargin: number
}

/**
 * The pair score: the larger of two logistic models, one fitted on close
 * translations and one on paraphrases that add context (the English sentence
 * says more than the Spanish quote), and the threshold of a pair.
 */
export interface Calibration {
  translation: Coefficients
  paraphrase: Coefficients
  /** Pairs scoring below this are not pairs (“none”). */
  threshold: number
}

/**
 * Fitted on news-test2008 (see `test/bench/results/align.md`); the threshold
 * 0.45 is within 0.003 of the dev split's best F1 with the best 'none'
 * accuracy among those, and the paraphrase model's bias is shifted so that
 * its 0.8 lands on 0.45.
 */
export const defaultCalibration: Calibration = {
  translation: {bias: -0.898, esCoverage: -1.267, enCoverage: 10.257, anchors: -0.042, length: -10.56, size: -0.942, esMargin: 9.745, enMargin: 5.095},
  paraphrase: {bias: -10.066, esCoverage: 6.506, enCoverage: 0.998, anchors: -0.197, length: -1.804, size: 1.248, esMargin: 7.112, enMargin: 4.96},
  threshold: 0.45
}

/** How much longer the English side must be for the paraphrase reading. */
const paraphraseLength = 1.3

/** Least Spanish-coverage margin over the next English passage for the paraphrase reading. */
const paraphraseMargin = 0.1

/** Rate of the length penalty when the English side is the longer one. */
const englishLonger = 0.5
/** Expected English characters per Spanish one in a translation (see `AlignSettings.ratio`). */
const lengthRatio = 1.07

/** Feature vector of pair statistics. */
export type PairFeatures = [number, number, number, number, number, number, number]

/**
 * Feature vector of pair statistics, in `Coefficients` order (without
 * bias).
 *
 * @param value
 *   Pair statistics.
 * @returns
 *   `[esCoverage, enCoverage, anchors, length, size, esMargin, enMargin]`.
 */
export function pairFeatures(value: PairStatistics): PairFeatures {
  return writeFeatures(value, [0, 0, 0, 0, 0, 0, 0])
}

/** Scratch feature vector of `pairProbability` (scoring allocates nothing). */
const scratch: PairFeatures = [0, 0, 0, 0, 0, 0, 0]

/**
 * Write the feature vector of pair statistics into `target`.
 */
function writeFeatures(value: PairStatistics, target: PairFeatures): PairFeatures {
  const esCoverage = value.esWeight === 0 ? 0 : value.esMatched / value.esWeight
  const enCoverage = value.enWeight === 0 ? 0 : value.enMatched / value.enWeight
  // Note: an English passage longer than its Spanish counterpart is penalised
  // at half rate: article paraphrases add context to the quote they render.
  const ratio = Math.log((value.esLength + 20) / (lengthRatio * value.enLength + 20))
  target[0] = esCoverage
  target[1] = enCoverage
  target[2] = Math.log1p(value.anchors)
  target[3] = ratio > 0 ? ratio : -ratio * englishLonger
  target[4] = Math.log1p(value.esWeight + value.enWeight)
  target[5] = esCoverage - value.esAlternative
  target[6] = enCoverage - value.enAlternative
  return target
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
  const features = writeFeatures(value, scratch)
  const translation = logistic(calibration.translation, features)
  // Note: the paraphrase reading applies when the English side says more (it
  // is longer), clearly beats every other English passage, and names the
  // same glossary concept or account (the anchors that tie a quote to the
  // sentence reporting it).
  const englishSaysMore = lengthRatio * value.enLength > paraphraseLength * value.esLength
  const clear = features[5] >= paraphraseMargin
  return englishSaysMore && clear && value.concepts > 0
    ? Math.max(translation, logistic(calibration.paraphrase, features))
    : translation
}

/**
 * Value of one logistic model.
 *
 * @param model
 *   Coefficients.
 * @param features
 *   Feature vector.
 * @returns
 *   Probability.
 */
function logistic(model: Coefficients, features: PairFeatures): number {
  const z =
    model.bias +
    model.esCoverage * features[0] +
    model.enCoverage * features[1] +
    model.anchors * features[2] +
    model.length * features[3] +
    model.size * features[4] +
    model.esMargin * features[5] +
    model.enMargin * features[6]
  return 1 / (1 + Math.exp(-z))
}
