/**
 * The shared core of `tagTokens` and `detectLanguage`: tokenize, classify,
 * score words, smooth.
 */

import type {TokenTag} from '../types.js'
import {tokenize} from '../util/tokenize.js'
import {classifyTokens, type ClassifiedToken} from './classify.js'
import type {Model} from './model.js'
import {settings} from './settings.js'
import {viterbi, type Step} from './viterbi.js'
import {scoreWord} from './word-score.js'

/** A word that carries evidence, with its scores. */
export interface ScoredWord {
  /** Index into the tags. */
  index: number
  /** Log-likelihood per model language. */
  scores: Float64Array
  /** Weight of its evidence (1, or less for capitalised words). */
  weight: number
  /** Whether it is a listed Spanish or English word. */
  known: boolean
}

/** Result of `analyzeText`. */
export interface TextAnalysis {
  tags: TokenTag[]
  words: ScoredWord[]
}

const stateLanguages = ['es', 'en', 'other'] as const

/**
 * Analyse a text.
 *
 * @param text
 *   Plain text.
 * @param model
 *   Decoded model.
 * @returns
 *   Tags and the scored words.
 */
export function analyzeText(text: string, model: Model): TextAnalysis {
  const tokens = classifyTokens(text, tokenize(text), model)
  const words: ScoredWord[] = []
  const steps: Step[] = []
  const stepTokens: number[] = []
  let boundary = false

  tokens.forEach((token, index) => {
    if (token.role === 'none') {
      if (token.kind === 'punct' || token.kind === 'url') boundary = true
      return
    }

    const scored = token.role === 'evidence' ? scoreToken(token, index, model) : undefined
    if (scored) words.push(scored)
    steps.push({emission: scored ? emission(scored) : undefined, boundary})
    stepTokens.push(index)
    boundary = false
  })

  const path = viterbi(steps, 3, settings.costs)
  const tags: TokenTag[] = tokens.map((token) => ({start: token.start, end: token.end, text: token.text, lang: 'other', kind: token.kind}))
  stepTokens.forEach((tokenIndex, step) => {
    const tag = tags[tokenIndex]
    if (tag) tag.lang = stateLanguages[path[step] ?? 0] ?? 'other'
  })
  return {tags, words}
}

/**
 * Score an evidence token.
 *
 * @param token
 *   Classified token.
 * @param index
 *   Its index.
 * @param model
 *   Decoded model.
 * @returns
 *   Scored word.
 */
function scoreToken(token: ClassifiedToken, index: number, model: Model): ScoredWord {
  const {scores, known} = scoreWord(model, token.text)
  return {index, scores, known, weight: token.weight}
}

/**
 * Emission of the three states (Spanish, English, foreign) for a word,
 * relative to its best state, clipped and weighted.
 *
 * @param word
 *   Scored word.
 * @returns
 *   Emission log-likelihoods.
 */
function emission(word: ScoredWord): Float64Array {
  const {scores} = word
  const es = scores[0] ?? 0
  const en = scores[1] ?? 0
  const foreign = Math.min(foreignScore(word), Math.max(es, en) + (word.known ? settings.knownForeignClip : Infinity))
  const values = Float64Array.of(es, en, foreign - settings.foreignPrior)
  const best = Math.max(values[0] ?? 0, values[1] ?? 0, values[2] ?? 0)
  return values.map((value) => word.weight * Math.max(value - best, -settings.clip))
}

/**
 * Best log-likelihood of a word among the other languages of the model.
 *
 * @param word
 *   Scored word.
 * @returns
 *   Log-likelihood.
 */
export function foreignScore(word: ScoredWord): number {
  let best = Number.NEGATIVE_INFINITY
  for (let index = 2; index < word.scores.length; index++) best = Math.max(best, word.scores[index] ?? best)
  return best
}
