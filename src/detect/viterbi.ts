/**
 * Sequence smoothing: the most likely language of each word given all words.
 *
 * A hidden Markov model with one state per language (Spanish, English, and
 * “foreign”: another language) and a cost for switching between them, lower
 * across sentence punctuation. One ambiguous word does not flip a sentence,
 * while a run of English inside Spanish (`invalid address`) gets its own
 * language. Time is linear in the number of words; memory is a few bytes per
 * word (flat typed arrays).
 */

/** A sequence of steps, as flat arrays. */
export interface Steps {
  /** Number of steps. */
  length: number
  /** Emission log-likelihood per step and state (`step * states + state`). */
  emissions: Float64Array
  /** Whether a step has an emission (0 for neutral words). */
  evidence: Uint8Array
  /** Whether sentence punctuation or a line break comes before a step. */
  boundaries: Uint8Array
}

/** Costs of the model (nats). */
export interface SmoothingCosts {
  /** Cost of switching between languages inside a sentence. */
  switch: number
  /** Cost of switching across a boundary. */
  boundarySwitch: number
  /** Extra cost of entering or leaving the foreign state. */
  foreign: number
}

/**
 * Decode the best state sequence (Viterbi).
 *
 * @param steps
 *   Steps.
 * @param states
 *   Number of states (state 2 and up count as foreign).
 * @param costs
 *   Switch costs.
 * @returns
 *   Best state per step.
 */
export function viterbi(steps: Steps, states: number, costs: SmoothingCosts): Uint8Array {
  const back = new Uint8Array(steps.length * states)
  let scores = new Float64Array(states)
  let next = new Float64Array(states)

  for (let index = 0; index < steps.length; index++) {
    const boundary = steps.boundaries[index] === 1
    for (let to = 0; to < states; to++) {
      let best = Number.NEGATIVE_INFINITY
      let from = to
      for (let source = 0; source < states; source++) {
        const value = index === 0 ? 0 : (scores[source] ?? 0) - transition(source, to, boundary, costs)
        if (value > best) {
          best = value
          from = source
        }
      }

      back[index * states + to] = from
      next[to] = best + (steps.evidence[index] ? (steps.emissions[index * states + to] ?? 0) : 0)
    }

    ;[scores, next] = [next, scores]
  }

  return backtrack(back, scores, steps.length, states)
}

/**
 * Cost of moving from state `from` to state `to`.
 *
 * @param from
 *   Previous state.
 * @param to
 *   Next state.
 * @param boundary
 *   Whether a boundary lies between.
 * @param costs
 *   Costs.
 * @returns
 *   Cost (nats, ≥ 0).
 */
function transition(from: number, to: number, boundary: boolean, costs: SmoothingCosts): number {
  if (from === to) return 0
  const base = boundary ? costs.boundarySwitch : costs.switch
  return from >= 2 || to >= 2 ? base + costs.foreign : base
}

/**
 * Follow back-pointers from the best final state.
 *
 * @param back
 *   Back-pointers (`step * states + state`).
 * @param scores
 *   Final scores.
 * @param length
 *   Number of steps.
 * @param states
 *   Number of states.
 * @returns
 *   State per step.
 */
function backtrack(back: Uint8Array, scores: Float64Array, length: number, states: number): Uint8Array {
  const path = new Uint8Array(length)
  if (length === 0) return path
  let state = 0
  for (let index = 1; index < states; index++) {
    if ((scores[index] ?? 0) > (scores[state] ?? 0)) state = index
  }

  for (let index = length - 1; index >= 0; index--) {
    path[index] = state
    state = back[index * states + state] ?? 0
  }

  return path
}
