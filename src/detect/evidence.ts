/**
 * Weigh the evidence of scored words for a whole text.
 */

import {foreignScore} from './analyze-text.js'
import {role, type Classification} from './classify.js'
import {settings} from './settings.js'

/** Evidence of a text. */
export interface TextEvidence {
  /** Log-odds of Spanish over English. */
  spanish: number
  /** Net log-odds of another language over Spanish/English. */
  foreign: number
  /** Total weight of the words. */
  weight: number
}

/**
 * Sum the clipped, weighted evidence of words.
 *
 * Clipping keeps one odd word (a title, a typo) from outvoting a sentence.
 * A listed Spanish or English word gives little foreign evidence
 * (`knownForeignClip`): `histórico` is also Portuguese, but that says little.
 *
 * @param classification
 *   Classified tokens.
 * @returns
 *   Evidence.
 */
export function weighEvidence(classification: Classification): TextEvidence {
  const clip = settings.decisionClip
  let spanish = 0
  let foreign = 0
  let weight = 0

  classification.roles.forEach((value, index) => {
    const score = classification.infos[index]?.score
    if (value !== role.evidence || !score) return
    const es = score.scores[0] ?? 0
    const en = score.scores[1] ?? 0
    const other = foreignScore(score.scores) - Math.max(es, en)
    const weightOf = classification.weights[index] ?? 0
    spanish += weightOf * clamp(borrowingOdds(es, en), clip)
    foreign += weightOf * clamp(score.known ? Math.min(other, settings.knownForeignClip) : other, clip)
    weight += weightOf
  })

  return {spanish, foreign, weight}
}

/**
 * Log-odds of Spanish over English for one word, allowing for borrowings.
 *
 * A Spanish text holds English words now and then (`blog`, `online`) and an
 * English text Spanish ones, so each language's word model is mixed with a
 * little of the other: `P'_es = (1 - b) P_es + b P_en`. One English-looking
 * word then weighs at most `log(1 / b)` against Spanish, while a Spanish
 * function word (`con`, `las`) still counts fully.
 *
 * @param es
 *   Spanish log-likelihood.
 * @param en
 *   English log-likelihood.
 * @returns
 *   Log-odds.
 */
export function borrowingOdds(es: number, en: number): number {
  const {intoSpanish, intoEnglish} = settings.borrowing
  const spanish = logAddExp(Math.log1p(-intoSpanish) + es, Math.log(intoSpanish) + en)
  const english = logAddExp(Math.log1p(-intoEnglish) + en, Math.log(intoEnglish) + es)
  return spanish - english
}

/**
 * `log(exp(a) + exp(b))` without overflow.
 *
 * @param a
 *   Log value.
 * @param b
 *   Log value.
 * @returns
 *   Log of the sum.
 */
function logAddExp(a: number, b: number): number {
  const high = Math.max(a, b)
  return high + Math.log(Math.exp(a - high) + Math.exp(b - high))
}

/**
 * Clamp `value` to `[-limit, limit]`.
 *
 * @param value
 *   Number.
 * @param limit
 *   Bound.
 * @returns
 *   Clamped number.
 */
function clamp(value: number, limit: number): number {
  return Math.max(-limit, Math.min(limit, value))
}

/**
 * Logistic function.
 *
 * @param value
 *   Log-odds.
 * @returns
 *   Probability.
 */
export function logistic(value: number): number {
  return 1 / (1 + Math.exp(-value))
}
