/**
 * Rule `non-preferred-term`: a deprecated term where the glossary prefers
 * another.
 *
 * `admitted` terms are fine; a `deprecated` one is reported with the
 * preferred terms of its concept in the same language (of the same type
 * first: a deprecated acronym suggests the preferred acronym).
 */

import type {Message} from '../types.js'
import {type CheckContext, preferredTerms, quote} from './context.js'

/**
 * Report deprecated terms.
 *
 * @param context
 *   Check context.
 * @returns
 *   Messages (warnings).
 */
export function nonPreferredTerm(context: CheckContext): Message[] {
  const messages: Message[] = []

  for (const {match, concept, term, tag} of context.matches) {
    if (tag || term.status !== 'deprecated') continue
    const expected = preferredTerms(concept, term.lang, term.type)
    const reason =
      expected.length > 0
        ? 'Unexpected ' + quote(match.text) + ', expected ' + expected.map(quote).join(' or ')
        : 'Unexpected deprecated ' + quote(match.text)

    messages.push({
      ruleId: 'non-preferred-term',
      reason,
      start: match.start,
      end: match.end,
      severity: 'warning',
      actual: match.text,
      expected,
      entry: concept.id
    })
  }

  return messages
}
