/**
 * Decide the language of a whole text from its analysis.
 */

import type {LanguageResult} from '../types.js'
import type {Classification} from './classify.js'
import {logistic, weighEvidence, type TextEvidence} from './evidence.js'
import {trigramsSayForeign} from './trigram-signal.js'
import {settings} from './settings.js'

/**
 * Decide the language of a text.
 *
 * `'und'` when no word carries evidence, or when the words are better
 * explained by another language of the model (French, Portuguese, Italian,
 * Catalan) than by Spanish or English.
 *
 * @param text
 *   The text.
 * @param classification
 *   Its classified tokens.
 * @returns
 *   Language result (`scores.es + scores.en === 1`).
 */
export function decideLanguage(text: string, classification: Classification): LanguageResult {
  const evidence = weighEvidence(classification)
  if (evidence.weight === 0) return {lang: 'und', confidence: 0, scores: {es: 0.5, en: 0.5}}
  const es = logistic(evidence.spanish)
  const scores = {es, en: 1 - es}
  if (isForeign(text, evidence)) {
    return {lang: 'und', confidence: logistic(evidence.foreign / evidence.weight), scores}
  }

  return es >= 0.5 ? {lang: 'es', confidence: es, scores} : {lang: 'en', confidence: 1 - es, scores}
}

/**
 * Whether a text is another language: clear foreign evidence from the word
 * model, or, for longer texts that lean foreign, the trigram ranking's verdict.
 *
 * @param text
 *   The text.
 * @param evidence
 *   Its evidence.
 * @returns
 *   Whether to reject Spanish and English.
 */
function isForeign(text: string, evidence: TextEvidence): boolean {
  const average = evidence.foreign / evidence.weight
  if (evidence.foreign > settings.rejectMargin && average > settings.rejectAverage) return true
  return (
    text.length >= settings.trigramMinLength &&
    average > settings.trigramAverage &&
    trigramsSayForeign(text, settings.trigramSpanishMax)
  )
}
