/**
 * The default detector and the `detector` option.
 */

import type {Detector, LanguageResult, TokenTag} from '../types.js'
import {classifyText, tagText} from './analyze-text.js'
import {loadModel} from './default-model.js'
import {decideLanguage} from './decide.js'

/** Options of `tagTokens`. */
export interface TagTokensOptions {
  /** Detector to use instead of the built-in one (default: `defaultDetector`). */
  detector?: Detector | null | undefined
}

/** Options of `detectLanguage`. */
export interface DetectLanguageOptions {
  /** Detector to use instead of the built-in one (default: `defaultDetector`). */
  detector?: Detector | null | undefined
}

/**
 * The built-in detector: the bundled word model, character n-grams and
 * sequence smoothing, with franc's trigram profiles as a signal for other languages.
 */
export const defaultDetector: Detector = {
  tagTokens(text: string): TokenTag[] {
    return tagText(text, loadModel())
  },
  detectLanguage(text: string): LanguageResult {
    return decideLanguage(text, classifyText(text, loadModel()))
  }
}

/**
 * Settle the `detector` option.
 *
 * @param value
 *   Option value.
 * @returns
 *   A detector.
 */
export function resolveDetector(value: Detector | null | undefined): Detector {
  if (value === null || value === undefined) return defaultDetector
  if (typeof value !== 'object' || typeof value.tagTokens !== 'function' || typeof value.detectLanguage !== 'function') {
    throw new TypeError('Unexpected `detector` value, expected an object with `tagTokens` and `detectLanguage` functions')
  }

  return value
}

/**
 * Settle a text argument: `null` and `undefined` are empty, other values are
 * turned into strings.
 *
 * @param value
 *   Text (or anything).
 * @returns
 *   String.
 */
export function toText(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value)
}
