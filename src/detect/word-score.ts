/**
 * Word model: how likely a word is in each language of the model.
 *
 * For a language `L` and a folded word `w`:
 *
 *     P_L(w) = a · freq_L(w) + b · [w ∈ lexicon_L] · ngram_L(w) / mass_L + c · ngram_L(w)
 *
 * `freq_L` comes from ranked frequency lists, the lexicon from large word
 * lists, and `ngram_L` (a character model) gives unknown words a probability
 * from their spelling. Each part is a distribution over strings, so the mix is
 * one too and languages compare fairly. Accented letters add
 * `log P_L(letter | base letter)`: `área` is Spanish evidence although `area`
 * is English. A word with apostrophes or hyphens is the sum of its parts.
 */

import {foldWord, wordParts} from './fold.js'
import type {LanguageModel, Model} from './model.js'
import {ngramLogProbability} from './ngram.js'

const cacheLimit = 100_000
const caches = new WeakMap<Model, Map<string, WordScore>>()

/** Scores of a word. */
export interface WordScore {
  /** Natural log-likelihood per model language (order of `model.languages`). */
  scores: Float64Array
  /** Whether every part is in the Spanish or English lexicons. */
  known: boolean
}
const elongation = /(.)\1{2,}/u

/**
 * Log-likelihood of a word in each language of `model`.
 *
 * @param model
 *   Decoded model.
 * @param word
 *   A word token (any case, may hold apostrophes or hyphens).
 * @returns
 *   Scores (cached; do not mutate).
 */
export function scoreWord(model: Model, word: string): WordScore {
  let cache = caches.get(model)
  if (!cache) {
    cache = new Map()
    caches.set(model, cache)
  }

  const key = word.toLowerCase()
  let score = cache.get(key)
  if (!score) {
    score = computeScore(model, key)
    if (cache.size >= cacheLimit) cache.clear()
    cache.set(key, score)
  }

  return score
}

/**
 * Score a lower-cased word (uncached).
 *
 * @param model
 *   Decoded model.
 * @param word
 *   Lower-cased word.
 * @returns
 *   Scores.
 */
function computeScore(model: Model, word: string): WordScore {
  const scores = new Float64Array(model.languages.length)
  let known = true

  for (const raw of wordParts(word)) {
    const part = raw.normalize('NFC')
    const forms = variants(foldWord(part))
    known &&= forms.some((form) => isListed(model, form))
    model.languages.forEach((language, index) => {
      let best = Number.NEGATIVE_INFINITY
      for (const form of forms) best = Math.max(best, formLogProbability(model, language, form))
      scores[index] = (scores[index] ?? 0) + best + accentLogProbability(model, language, part)
    })
  }

  return {scores, known}
}

/**
 * Whether a folded form is in the frequency list or lexicon of Spanish or English.
 *
 * @param model
 *   Decoded model.
 * @param form
 *   Folded word.
 * @returns
 *   Whether it is listed.
 */
function isListed(model: Model, form: string): boolean {
  return model.languages.slice(0, 2).some(
    (language) => language.words.get(form) >= 0 || (language.lexicon !== undefined && language.lexicon.has(form))
  )
}

/**
 * Forms to try for a folded word: itself and, for elongated words
 * (`siiii`, `youuuu`), the word with runs squeezed to one or two letters.
 *
 * @param folded
 *   Folded word.
 * @returns
 *   Forms.
 */
function variants(folded: string): string[] {
  if (!elongation.test(folded)) return [folded]
  return [folded, folded.replace(/(.)\1{2,}/gu, '$1'), folded.replace(/(.)\1{2,}/gu, '$1$1')]
}

/**
 * `log P_L(form)` of the mixture (without accents).
 *
 * @param model
 *   Decoded model.
 * @param language
 *   Language model.
 * @param form
 *   Folded word.
 * @returns
 *   Natural log-probability.
 */
function formLogProbability(model: Model, language: LanguageModel, form: string): number {
  const {frequent, lexicon, ngram} = language.mixture
  const value = language.words.get(form)
  const frequency = value < 0 ? 0 : Math.exp(model.wordOffset - value * model.wordStep)
  const spelling = Math.exp(ngramLogProbability(language.ngrams, model.ngram, form))
  // Note: a lexicon word's probability is the geometric mean of uniform
  // (`1 / size`) and spelling-weighted (`ngram / mass`).
  const known =
    language.lexicon && language.lexicon.has(form)
      ? Math.sqrt(spelling / language.lexiconMass / language.lexiconSize)
      : 0
  return Math.log(frequent * frequency + lexicon * known + ngram * spelling + 1e-300)
}

/**
 * Log-probability of the accents of a word in a language.
 *
 * @param model
 *   Decoded model.
 * @param language
 *   Language model.
 * @param part
 *   Lower-cased NFC word part.
 * @returns
 *   Sum over accented letters (0 when none).
 */
function accentLogProbability(model: Model, language: LanguageModel, part: string): number {
  let total = 0

  for (const char of part) {
    if (char <= 'z' || char === 'ñ') continue
    const base = char.normalize('NFD').charAt(0)
    if (base === char || base > 'z') continue
    total += language.accents.get(char) ?? model.accentFloor
  }

  return total
}
