/**
 * The shared core of `tagTokens` and `detectLanguage`: tokenize, classify,
 * score words, and (for tags) smooth the sequence.
 */

import type {TokenTag} from '../types.js'
import {tokenize} from '../util/tokenize.js'
import {classifyTokens, role, type Classification} from './classify.js'
import type {Model} from './model.js'
import {settings} from './settings.js'
import {viterbi, type Steps} from './viterbi.js'

const stateLanguages = ['es', 'en', 'other'] as const
const states = 3

/**
 * Tokenize and classify a text (scores of evidence words are on `infos`).
 *
 * @param text
 *   Plain text.
 * @param model
 *   Decoded model.
 * @returns
 *   Classification.
 */
export function classifyText(text: string, model: Model): Classification {
  return classifyTokens(text, tokenize(text), model)
}

/**
 * Tag a text: every token with its language and kind.
 *
 * @param text
 *   Plain text.
 * @param model
 *   Decoded model.
 * @returns
 *   Tags.
 */
export function tagText(text: string, model: Model): TokenTag[] {
  const classification = classifyText(text, model)
  const {tokens, kinds} = classification
  const tags = tokens.map(
    (token, index): TokenTag => ({start: token.start, end: token.end, text: token.text, lang: 'other', kind: kinds[index] ?? token.kind})
  )
  const {steps, positions} = buildSteps(classification)
  // Note: without any evidence (only `jaja`, `ok`…) nothing has a language.
  if (!steps.evidence.includes(1)) return tags
  const path = viterbi(steps, states, settings.costs)
  for (let step = 0; step < steps.length; step++) {
    const tag = tags[positions[step] ?? 0]
    if (tag) tag.lang = stateLanguages[path[step] ?? 0] ?? 'other'
  }

  return tags
}

/**
 * Build the steps of the sequence model: one per evidence or neutral word.
 *
 * @param classification
 *   Classified tokens.
 * @returns
 *   Steps and the token index of each step.
 */
function buildSteps(classification: Classification): {steps: Steps; positions: Int32Array} {
  const {tokens, roles} = classification
  let length = 0
  for (const value of roles) if (value !== role.none) length++
  const steps: Steps = {length, emissions: new Float64Array(length * states), evidence: new Uint8Array(length), boundaries: new Uint8Array(length)}
  const positions = new Int32Array(length)
  let step = 0
  let boundary = false

  tokens.forEach((token, index) => {
    if (roles[index] === role.none) {
      if (token.kind === 'punct' || token.kind === 'url') boundary ||= isBoundary(token.text)
      return
    }

    positions[step] = index
    steps.boundaries[step] = boundary ? 1 : 0
    if (roles[index] === role.evidence) steps.evidence[step] = writeEmission(classification, index, steps.emissions, step * states)
    boundary = false
    step++
  })

  return {steps, positions}
}

/**
 * Whether a punctuation or URL token separates sentences or clauses (where
 * switching language is cheaper).
 *
 * @param value
 *   Token text.
 * @returns
 *   Whether it is a boundary.
 */
function isBoundary(value: string): boolean {
  return !/^[,'’\-‐]+$/.test(value)
}

/**
 * Write the emission of the three states (Spanish, English, foreign) for a
 * word, relative to its best state, clipped and weighted.
 *
 * @param classification
 *   Classified tokens.
 * @param index
 *   Token index.
 * @param target
 *   Emissions array.
 * @param offset
 *   Where to write.
 * @returns
 *   1 when written, 0 when the word has no scores.
 */
function writeEmission(classification: Classification, index: number, target: Float64Array, offset: number): number {
  const score = classification.infos[index]?.score
  if (!score) return 0
  const weight = classification.weights[index] ?? 1
  const es = score.scores[0] ?? 0
  const en = score.scores[1] ?? 0
  const foreign = Math.min(foreignScore(score.scores), Math.max(es, en) + (score.known ? settings.knownForeignClip : Infinity)) - settings.foreignPrior
  const best = Math.max(es, en, foreign)
  target[offset] = weight * Math.max(es - best, -settings.clip)
  target[offset + 1] = weight * Math.max(en - best, -settings.clip)
  target[offset + 2] = weight * Math.max(foreign - best, -settings.clip)
  return 1
}

/**
 * Best log-likelihood of a word among the other languages of the model.
 *
 * @param scores
 *   Log-likelihoods per model language.
 * @returns
 *   Best of the languages after Spanish and English.
 */
export function foreignScore(scores: Float64Array): number {
  let best = Number.NEGATIVE_INFINITY
  for (let index = 2; index < scores.length; index++) best = Math.max(best, scores[index] ?? best)
  return best
}
