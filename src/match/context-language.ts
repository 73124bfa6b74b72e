/**
 * Language of the text around a match.
 *
 * The caller knows best: a span of the text (`spans`) with language `es` or
 * `en` decides, then the language of the whole text (`lang`). Where neither
 * tells (a `mixed` or `und` span, or nothing given), the function words
 * next to the match vote (up to five words on each side, within the clause):
 * `la`, `de`, `que` for Spanish; `the`, `of`, `said` for English. A tie is
 * `und`.
 */

import type {Lang, Range, SegmentLang} from '../types.js'
import type {Unit} from './units.js'

/** A part of the text with its language. */
export interface LanguageSpan extends Range {
  lang: SegmentLang
}

/** Language around a unit, `und` when unknown. */
export type ContextLanguage = Lang | 'und'

/** Spanish function words (folded). */
export const spanish: ReadonlySet<string> = new Set(
  (
    'al como con cuando de del desde dijo donde el en entre es esta este fue ha ' +
    'han hay la las le les lo los mas muy para pero por porque que se segun sin ' +
    'sobre su sus tambien una un ya y'
  ).split(' ')
)
/** English function words (folded). */
export const english: ReadonlySet<string> = new Set(
  (
    'about after an and are as at be been but by for from had has have her his ' +
    'in into is it its not of on or over said than that the their they this ' +
    'to was were which who will with would'
  ).split(' ')
)
const reach = 5
const clauseEnds = new Set(['.', ';', '!', '?', ':', '¿', '¡'])

/**
 * Create a lookup of the language around units.
 *
 * @param units
 *   Units of the text.
 * @param spans
 *   Languages of parts of the text (optional).
 * @param lang
 *   Language of the whole text (optional).
 * @returns
 *   Function from the first and last unit index of a match to the language
 *   around it.
 */
export function createLanguageLookup(
  units: readonly Unit[],
  spans: readonly LanguageSpan[] | null | undefined,
  lang: Lang | null | undefined
): (first: number, last: number) => ContextLanguage {
  const sorted = spans ? [...spans].sort((a, b) => a.start - b.start) : []

  return function (first, last) {
    const unit = units[first]
    if (!unit) return 'und'
    const span = findSpan(sorted, unit.start)
    if (span && (span.lang === 'es' || span.lang === 'en')) return span.lang
    if (lang === 'es' || lang === 'en') return lang
    return vote(units, first, last)
  }
}

/**
 * Find the innermost span holding `offset`.
 */
function findSpan(spans: readonly LanguageSpan[], offset: number): LanguageSpan | undefined {
  let low = 0
  let high = spans.length - 1
  let last = -1

  while (low <= high) {
    const middle = (low + high) >> 1
    if (spans[middle]!.start <= offset) {
      last = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }

  let found: LanguageSpan | undefined
  for (let index = last; index >= 0 && index > last - 8; index--) {
    const span = spans[index]!
    const inside = offset >= span.start && offset < span.end
    if (inside && (!found || span.end - span.start < found.end - found.start)) found = span
  }

  return found
}

/**
 * Let function words around units `first` to `last` vote, within the paragraph.
 */
function vote(units: readonly Unit[], first: number, last: number): ContextLanguage {
  let score = 0
  for (const step of [-1, 1]) {
    let seen = 0
    for (let position = (step < 0 ? first : last) + step; seen < reach; position += step) {
      const unit = units[position]
      if (!unit || unit.kind === 'break' || clauseEnds.has(unit.key)) break
      if (unit.kind !== 'word') continue
      seen++
      if (spanish.has(unit.key)) score++
      else if (english.has(unit.key)) score--
    }
  }

  return score > 0 ? 'es' : score < 0 ? 'en' : 'und'
}
