/**
 * Case rules (memoQ's vocabulary) on folded surfaces.
 *
 * Accents are already folded away on both sides, so `Fiscalia` meets
 * `Fiscalía` whatever the rule; only letter case is compared here.
 */

import type {CaseRule} from '../types.js'

/**
 * Whether a text unit satisfies a term unit's case rule.
 *
 * @param rule
 *   Case rule of the term.
 * @param expected
 *   Case-keeping fold of the term's unit.
 * @param actual
 *   Case-keeping fold of the text's unit (same key as `expected`).
 * @returns
 *   Whether the case is acceptable.
 *
 * @example
 *   matchesCase('permissive', 'Guardia', 'GUARDIA') // => true
 *   matchesCase('permissive', 'Guardia', 'guardia') // => false
 *   matchesCase('exact', 'ICE', 'Ice') // => false
 */
export function matchesCase(rule: CaseRule, expected: string, actual: string): boolean {
  if (rule === 'insensitive' || expected === actual) return true
  if (rule === 'exact') return false
  // Note: a case mapping that changes length (`İ`) cannot be compared by
  // position; the keys are equal, so accept.
  if (expected.length !== actual.length) return true

  for (let index = 0; index < expected.length; index++) {
    const want = expected.charAt(index)
    if (want !== want.toLowerCase() && actual.charAt(index) !== want) return false
  }

  return true
}
