/**
 * Train character n-gram models (Witten–Bell) and list their table entries.
 */

import {backoffMark, padWord, type NgramShape} from '../../src/detect/ngram.js'

/** An entry to store: key, natural log-probability, and how much it matters. */
export interface Entry {
  key: string
  logProbability: number
  weight: number
}

interface History {
  total: number
  counts: Map<string, number>
}

/**
 * Count n-grams of all orders up to `shape.order` over word types.
 *
 * @param words
 *   Folded words (types; each counts once).
 * @param shape
 *   Model settings.
 * @returns
 *   Histories with their continuation counts.
 */
function countHistories(words: Iterable<string>, shape: NgramShape): Map<string, History> {
  const histories = new Map<string, History>()

  for (const word of words) {
    const padded = padWord(word, shape.order)
    for (let index = shape.order - 1; index < padded.length; index++) {
      const char = padded.charAt(index)
      for (let length = 0; length < shape.order; length++) {
        const key = padded.slice(index - length, index)
        let history = histories.get(key)
        if (!history) {
          history = {total: 0, counts: new Map()}
          histories.set(key, history)
        }

        history.total++
        history.counts.set(char, (history.counts.get(char) ?? 0) + 1)
      }
    }
  }

  return histories
}

/**
 * Train a model and list the entries worth storing.
 *
 * An n-gram is kept when its probability differs from what back-off would
 * give by enough, weighted by its count (Seymore–Rosenfeld style pruning):
 * `count * |log p - log p_backoff| >= threshold`.
 *
 * @param words
 *   Folded words.
 * @param shape
 *   Model settings.
 * @param threshold
 *   Pruning threshold.
 * @returns
 *   Entries, most important first (deterministic order).
 */
export function trainNgrams(
  words: Iterable<string>,
  shape: NgramShape,
  threshold: number
): Entry[] {
  const histories = countHistories(words, shape)
  const entries: Entry[] = []
  const memo = new Map<string, number>()

  /** Interpolated probability of `char` after `history`. */
  function probability(history: string, char: string): number {
    const key = history + char
    const cached = memo.get(key)
    if (cached !== undefined) return cached
    const lower = history.length === 0 ? 1 / shape.alphabet : probability(history.slice(1), char)
    const node = histories.get(history)
    const value = node
      ? ((node.counts.get(char) ?? 0) + node.counts.size * lower) / (node.total + node.counts.size)
      : lower
    memo.set(key, value)
    return value
  }

  for (const [history, node] of histories) {
    const backoff = node.counts.size / (node.total + node.counts.size)
    if (Math.log(backoff) < -0.02) {
      entries.push({key: history + backoffMark, logProbability: Math.log(backoff), weight: node.total})
    }

    for (const [char, count] of node.counts) {
      const full = Math.log(probability(history, char))
      const lower = history.length === 0 ? Math.log(1 / shape.alphabet) : Math.log(probability(history.slice(1), char))
      const gain = Math.abs(full - (Math.log(backoff) + lower))
      if (history.length === 0 || count * gain >= threshold) {
        entries.push({key: history + char, logProbability: full, weight: count * gain + (history.length === 0 ? 1e9 : 0)})
      }
    }
  }

  return entries.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}
