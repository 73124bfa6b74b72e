/**
 * franc as a second opinion on other languages (the only file that imports
 * franc).
 *
 * franc's trigram profiles include Galician, which the word model has no list
 * for; the word model alone sees Galician as Spanish with a Portuguese accent.
 * So for texts long enough for trigrams, when the word model already leans to
 * another language, franc's verdict among seven neighbours decides.
 */

import {francAll} from 'franc'

const candidates = ['spa', 'eng', 'por', 'glg', 'cat', 'fra', 'ita']

/**
 * Whether franc sees `text` as a language other than Spanish and English,
 * clearly ahead of Spanish.
 *
 * @param text
 *   Text (at least a few words).
 * @param spanishMax
 *   Largest relative Spanish score (franc's top language scores 1) that still
 *   counts as “clearly ahead”.
 * @returns
 *   Whether franc rejects Spanish/English.
 */
export function francSaysForeign(text: string, spanishMax: number): boolean {
  const ranking = francAll(text, {only: candidates})
  const top = ranking[0]
  if (!top || top[0] === 'spa' || top[0] === 'eng' || top[0] === 'und') return false
  const spanish = ranking.find(([code]) => code === 'spa')
  return !spanish || spanish[1] < spanishMax
}
