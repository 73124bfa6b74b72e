/**
 * franc's trigram profiles as a second opinion on other languages.
 *
 * The trigram profiles include Galician, which the word model has no list
 * for; the word model alone sees Galician as Spanish with a Portuguese accent.
 * So for texts long enough for trigrams, when the word model already leans to
 * another language, the trigram ranking among seven neighbours decides.
 */

import {rankTrigrams} from './trigram-rank.js'

/**
 * Whether the trigram ranking sees `text` as a language other than Spanish
 * and English, clearly ahead of Spanish.
 *
 * @param text
 *   Text (at least a few words).
 * @param spanishMax
 *   Largest relative Spanish score (the top language scores 1) that still
 *   counts as “clearly ahead”.
 * @returns
 *   Whether the trigrams reject Spanish/English.
 */
export function trigramsSayForeign(text: string, spanishMax: number): boolean {
  const ranking = rankTrigrams(text)
  const top = ranking[0]
  if (!top || top[0] === 'spa' || top[0] === 'eng') return false
  const spanish = ranking.find(([code]) => code === 'spa')
  return !spanish || spanish[1] < spanishMax
}
