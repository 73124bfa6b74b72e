/**
 * Character n-gram language models for words the lexicons do not know.
 *
 * A model is a Witten–Bell interpolated character model stored in ARPA
 * back-off form in a hashed table: `history + char` holds
 * `log P(char | history)`, `history + '\0'` holds the history's back-off
 * weight. A missing n-gram backs off to a shorter history, so the model
 * gives every string a probability, and the probabilities of all strings sum
 * to about one (which lets the word model mix it with the lexicons).
 */

import type {HashTable} from './table.js'

/** Marks the start of a word (padding). */
export const startMark = '\u0002'

/** Marks the end of a word. */
export const endMark = '\u0003'

/** Suffix of back-off keys. */
export const backoffMark = '\u0000'

const backoffCode = backoffMark.charCodeAt(0)

/** Settings shared by the builder and the scorer. */
export interface NgramShape {
  /** Order (longest n-gram). */
  order: number
  /** Size of the alphabet, for the floor of unseen characters. */
  alphabet: number
  /** Quantisation step of stored log-probabilities (nats). */
  step: number
}

/**
 * Pad a folded word for scoring.
 *
 * @param word
 *   Folded word.
 * @param order
 *   Model order.
 * @returns
 *   `order - 1` start marks, the word, an end mark.
 */
export function padWord(word: string, order: number): string {
  return startMark.repeat(order - 1) + word + endMark
}

/**
 * Log-probability of a folded word under a character model.
 *
 * @param table
 *   The language's n-gram table.
 * @param shape
 *   Model settings.
 * @param word
 *   Folded word.
 * @returns
 *   Natural log-probability.
 */
export function ngramLogProbability(
  table: HashTable,
  shape: NgramShape,
  word: string
): number {
  const padded = padWord(word, shape.order)
  let total = 0

  for (let index = shape.order - 1; index < padded.length; index++) {
    total += charLogProbability(table, shape, padded, index)
  }

  return total
}

/**
 * Log-probability of `padded[index]` given the characters before it.
 *
 * @param table
 *   The language's n-gram table.
 * @param shape
 *   Model settings.
 * @param padded
 *   Padded word.
 * @param index
 *   Position of the character.
 * @returns
 *   Natural log-probability (ARPA back-off).
 */
function charLogProbability(
  table: HashTable,
  shape: NgramShape,
  padded: string,
  index: number
): number {
  const char = padded.charCodeAt(index)
  let backoff = 0

  for (let length = shape.order - 1; length >= 0; length--) {
    const value = table.get(padded, index - length, index, char)
    if (value >= 0) return backoff - value * shape.step
    const weight = table.get(padded, index - length, index, backoffCode)
    if (weight >= 0) backoff -= weight * shape.step
  }

  return backoff - Math.log(shape.alphabet)
}
