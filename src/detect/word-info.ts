/**
 * What detection needs to know about a word type, computed once per distinct
 * token text (cached), so long texts cost little beyond tokenizing.
 */

import {foldWord, wordParts} from './fold.js'
import type {Model} from './model.js'
import {scoreWord, type WordScore} from './word-score.js'

/** Facts about a word type. */
export interface WordInfo {
  /** Whether it has Latin letters (other scripts carry no es/en evidence). */
  latin: boolean
  /** Internet-speak that takes its context's language (`jaja`, `lol`, `ok`, `xD`). */
  neutral: boolean
  /** Whether it starts with an upper-case letter. */
  capital: boolean
  /** Whether it is all upper case (two letters or more: `FGR`, `NO`). */
  allCaps: boolean
  /** Whether every part is in the Spanish or English frequency lists. */
  listed: boolean
  /** Whether some part is among the ~300 most frequent Spanish or English words. */
  frequent: boolean
  /** Scores (`undefined` for words without Latin letters and internet-speak). */
  score: WordScore | undefined
}

const cacheLimit = 100_000
const caches = new WeakMap<Model, Map<string, WordInfo>>()
const laughter = /^(?:(?:[jh]+a+){2,}|(?:[jh]+e+){2,}|(?:[jh]+i+){2,}|(?:[jh]+o+){2,})[jh]*$/
const neutralWords = new Set(['ok', 'okay', 'oki', 'okey', 'lol', 'lool', 'lmao', 'omg', 'wtf', 'hmm', 'mmm', 'mm', 'xd', 'xdd', 'xddd'])
const latin = /\p{Script=Latin}/u
const upper = /^\p{Lu}/u
const allUpper = /^[\p{Lu}\p{M}'’\-]+$/u
/** Word values (quantised log-probability) of the ~300 most frequent words. */
const frequentValue = 22

/**
 * Describe a word type (cached per model and exact text).
 *
 * @param model
 *   Decoded model.
 * @param word
 *   Token text.
 * @returns
 *   Facts about it (do not mutate).
 */
export function wordInfo(model: Model, word: string): WordInfo {
  let cache = caches.get(model)
  if (!cache) {
    cache = new Map()
    caches.set(model, cache)
  }

  let info = cache.get(word)
  if (!info) {
    info = describe(model, word)
    if (cache.size >= cacheLimit) cache.clear()
    cache.set(word, info)
  }

  return info
}

/**
 * Describe a word type (uncached).
 *
 * @param model
 *   Decoded model.
 * @param word
 *   Token text.
 * @returns
 *   Facts about it.
 */
function describe(model: Model, word: string): WordInfo {
  const folded = foldWord(word)
  const hasLatin = latin.test(word)
  const neutral = hasLatin && (laughter.test(folded) || neutralWords.has(folded))
  const values = wordParts(folded).map((part) => bestValue(model, part))
  const frequent = values.some((value) => value >= 0 && value <= frequentValue)
  return {
    latin: hasLatin,
    neutral,
    capital: upper.test(word),
    allCaps: word.length > 1 && allUpper.test(word),
    listed: values.every((value) => value >= 0),
    frequent,
    score: hasLatin && !neutral ? scoreWord(model, word) : undefined
  }
}

/**
 * Smallest (most frequent) word value of a folded word in the Spanish and
 * English frequency lists.
 *
 * @param model
 *   Decoded model.
 * @param folded
 *   Folded word part.
 * @returns
 *   Value 0–63, or -1 when in neither list.
 */
function bestValue(model: Model, folded: string): number {
  let best = -1
  for (const language of model.languages.slice(0, 2)) {
    const value = language.words.get(folded)
    if (value >= 0 && (best < 0 || value < best)) best = value
  }

  return best
}
