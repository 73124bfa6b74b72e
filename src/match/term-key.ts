/**
 * The normalised key of a phrase, as matching compares it.
 */

import {toUnits} from './units.js'

/**
 * Normalise a phrase the way matching does: accents, case, apostrophes,
 * hyphens, dotted capitals, emphasis marks and line breaks.
 *
 * Two phrases with the same key are the same term for matching (before the
 * case rule of a term applies).
 *
 * @param value
 *   Phrase.
 * @returns
 *   Its key: folded units joined by spaces (a paragraph break is `¶`).
 *
 * @example
 *   termKey('F.G.R.') === termKey('FGR') // => true
 *   termKey('Fiscalía General\nde la República') // => 'fiscalia general de la republica'
 */
export function termKey(value: string): string {
  return toUnits(value)
    .map((unit) => (unit.kind === 'break' ? '\u00B6' : unit.key))
    .join(' ')
}
