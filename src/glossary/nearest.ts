/**
 * Find the valid value nearest to a misspelt one, for “did you mean” reasons.
 *
 * Compares case-insensitively, ignoring `-` and `_`, with the Levenshtein
 * distance; only close enough candidates count (at most a third of the
 * candidate's length, and at least 1 edit allowed), so `staus` suggests
 * `status` but `foo` suggests nothing.
 */

/**
 * Pick the candidate nearest to `value`.
 *
 * @param value
 *   Misspelt value.
 * @param candidates
 *   Valid values.
 * @returns
 *   The nearest candidate, or `undefined` when none is close.
 *
 * @example
 *   nearest('staus', ['text', 'status']) // => 'status'
 */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  const folded = fold(value)
  // Note: the hostile or huge is never close to a field name; bail early.
  if (folded.length > 64) return undefined
  let best: string | undefined
  let bestDistance = Infinity

  for (const candidate of candidates) {
    const other = fold(candidate)
    const limit = Math.max(1, Math.floor(other.length / 3))
    if (Math.abs(other.length - folded.length) > limit) continue
    const d = distance(folded, other)
    if (d <= limit && d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }

  return best
}

/**
 * @param value
 *   Value.
 * @returns
 *   Lower case without `-` and `_`.
 */
function fold(value: string): string {
  return value.toLowerCase().replace(/[-_\s]/g, '')
}

/**
 * Levenshtein distance over UTF-16 code units (two rows).
 *
 * @param a
 *   Value.
 * @param b
 *   Other value.
 * @returns
 *   Number of insertions, deletions and substitutions.
 */
function distance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)

  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
    }

    previous = current
  }

  return previous[b.length]!
}
