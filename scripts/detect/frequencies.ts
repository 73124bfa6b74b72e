/**
 * Word probabilities and accent statistics from ranked word lists.
 */

import {foldWord} from '../../src/detect/fold.js'
import {readRankedList, readSubtlex, type ModelLanguage} from './sources.js'

/**
 * A rank→probability curve: SUBTLEX-US's own (subtitle frequencies), used for
 * every ranked list so that all languages share one Zipf shape.
 *
 * @returns
 *   Probability of the word at each rank (0-based).
 */
export function rankCurve(): (rank: number) => number {
  const counts = readSubtlex().map(([, count]) => count)
  const total = counts.reduce((sum, count) => sum + count, 0)
  const last = counts.length - 1
  return (rank) => (counts[Math.min(rank, last)] ?? 0) / total
}

/**
 * Probabilities of folded words of a ranked list.
 *
 * @param words
 *   Words in rank order.
 * @param curve
 *   Rank curve.
 * @returns
 *   Folded word → probability (forms that fold together add up).
 */
export function rankedProbabilities(
  words: string[],
  curve: (rank: number) => number
): Map<string, number> {
  const probabilities = new Map<string, number>()
  words.forEach((word, rank) => {
    const key = foldWord(word)
    probabilities.set(key, (probabilities.get(key) ?? 0) + curve(rank))
  })
  return probabilities
}

/**
 * Word probabilities of a language.
 *
 * English mixes SUBTLEX-US (spoken; `limit` most frequent words) with the
 * ranked web list; other languages use their ranked list.
 *
 * @param language
 *   Model language.
 * @param curve
 *   Rank curve.
 * @param limit
 *   Most SUBTLEX words to keep.
 * @returns
 *   Folded word → probability.
 */
export function wordProbabilities(
  language: ModelLanguage,
  curve: (rank: number) => number,
  limit: number
): Map<string, number> {
  const ranked = rankedProbabilities(readRankedList(language), curve)
  if (language !== 'en') return ranked
  const subtlex = readSubtlex()
  const total = subtlex.reduce((sum, [, count]) => sum + count, 0)
  const mixed = new Map<string, number>()
  for (const [word, count] of subtlex.slice(0, limit)) mixed.set(word, 0.7 * (count / total))
  for (const [word, probability] of ranked) {
    mixed.set(word, (mixed.get(word) ?? 0) + 0.3 * probability)
  }

  return mixed
}

/**
 * `log P(accented letter | base letter)` from a ranked list (token-weighted).
 *
 * @param language
 *   Model language.
 * @param curve
 *   Rank curve.
 * @param floor
 *   Smallest log-probability to keep (rarer letters are left out).
 * @returns
 *   Accented letter → log-probability, sorted by letter.
 */
export function accentStatistics(
  language: ModelLanguage,
  curve: (rank: number) => number,
  floor: number
): Record<string, number> {
  const accented = new Map<string, number>()
  const bases = new Map<string, number>()

  readRankedList(language).forEach((word, rank) => {
    for (const char of word.normalize('NFC')) {
      const base = char.normalize('NFD').charAt(0)
      if (base < 'a' || base > 'z' || char === 'ñ') continue
      bases.set(base, (bases.get(base) ?? 0) + curve(rank))
      if (base !== char) accented.set(char, (accented.get(char) ?? 0) + curve(rank))
    }
  })

  const result: Record<string, number> = {}
  for (const char of [...accented.keys()].sort()) {
    const base = char.normalize('NFD').charAt(0)
    const value = Math.log((accented.get(char) ?? 0) / (bases.get(base) ?? 1))
    if (value > floor) result[char] = Math.round(value * 1000) / 1000
  }

  return result
}
