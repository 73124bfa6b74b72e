/**
 * Detect whether a text is Spanish or English.
 */

import type {LanguageResult} from '../types.js'
import {resolveDetector, toText, type DetectLanguageOptions} from './detector.js'

/**
 * Detect the language of `text`: Spanish, English, or undetermined.
 *
 * `scores.es + scores.en === 1`, and their argmax is the forced choice
 * between the two. `lang` is `'und'` when no word carries evidence (names,
 * numbers, emoji) or when the text is another language (French, Portuguese,
 * Italian, Catalan, Galician).
 *
 * @param text
 *   Plain text.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Language, confidence in it, and the Spanish/English scores.
 *
 * @example
 *   detectLanguage('coordinación sin subordinación').lang // => 'es'
 */
export function detectLanguage(
  text: string,
  options?: DetectLanguageOptions | null | undefined
): LanguageResult {
  return resolveDetector(options?.detector).detectLanguage(toText(text))
}
