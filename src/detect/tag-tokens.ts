/**
 * Tag every token of a text with its language and kind.
 */

import type {TokenTag} from '../types.js'
import {resolveDetector, toText, type TagTokensOptions} from './detector.js'

/**
 * Tag each token of `text` as Spanish, English or other.
 *
 * Scores every word with the word model, then smooths the sequence with a
 * switch penalty (Viterbi), so one ambiguous word does not flip a sentence.
 * Handles, hashtags, URLs, numbers, emoji, punctuation, acronyms and person
 * names carry no language (`'other'`); words of other languages (French,
 * Portuguese, Italian, Catalan) in a run of their own are `'other'` too.
 * Internet-speak (`jaja`, `lol`, `ok`) takes the language of its context.
 *
 * @param text
 *   Plain text.
 * @param options
 *   Configuration (optional).
 * @returns
 *   One tag per token, in order, with UTF-16 offsets into `text`.
 *
 * @example
 *   tagTokens('La FGR dijo that it was false').map((t) => t.lang)
 *   // => ['es', 'other', 'es', 'en', 'en', 'en', 'en']
 */
export function tagTokens(text: string, options?: TagTokensOptions | null | undefined): TokenTag[] {
  return resolveDetector(options?.detector).tagTokens(toText(text))
}
