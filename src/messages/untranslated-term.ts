/**
 * Rule `untranslated-term`: a Spanish institution name in English prose
 * where the glossary has an English name.
 *
 * Only names are reported (full forms, variants and short forms): acronyms
 * such as FGR are commonly kept in English copy. Prose counts as English
 * when its span (or the whole text) is `en`; mixed or unknown prose is not
 * checked. A name followed or preceded by its English name in parentheses
 * (a gloss) is fine. Severity: info.
 */

import type {Message} from '../types.js'
import {type CheckContext, isOpeningParenthesis, preferredTerms, quote} from './context.js'

const names = new Set(['fullForm', 'variant', 'shortForm'])

/**
 * Report Spanish names left in English prose.
 *
 * @param context
 *   Check context.
 * @returns
 *   Messages (info).
 */
export function untranslatedTerm(context: CheckContext): Message[] {
  const messages: Message[] = []
  const {matches, text} = context

  for (const [index, {match, concept, term, tag}] of matches.entries()) {
    if (tag || term.lang !== 'es' || !names.has(term.type)) continue
    if (context.proseLanguage(match.start) !== 'en') continue
    const expected = preferredTerms(concept, 'en', 'fullForm').slice(0, 1)
    if (expected.length === 0) continue
    const next = matches[index + 1]
    const previous = matches[index - 1]
    const glossedAfter =
      next?.concept === concept && next.term.lang === 'en' && isOpeningParenthesis(text, match.end, next.match.start)
    const glossedBefore =
      previous?.concept === concept &&
      previous.term.lang === 'en' &&
      isOpeningParenthesis(text, previous.match.end, match.start)
    if (glossedAfter || glossedBefore) continue

    messages.push({
      ruleId: 'untranslated-term',
      reason: 'Unexpected Spanish ' + quote(match.text) + ' in English text, expected ' + quote(expected[0]!),
      start: match.start,
      end: match.end,
      severity: 'info',
      actual: match.text,
      expected,
      entry: concept.id
    })
  }

  return messages
}
