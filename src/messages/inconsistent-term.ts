/**
 * Rule `inconsistent-term`: one concept named with different terms of the
 * same language and kind within a text.
 *
 * `Cártel Jalisco Nueva Generación` then `Cártel de Jalisco Nueva
 * Generación` is reported at the second mention, with the first as the
 * expected term. Names (full forms and variants), acronyms and titles are
 * compared within their own kind, so a full form followed by its acronym or
 * its short form is fine, and so are the two languages of a bilingual text.
 * Inflected forms of one term are the same term. Deprecated and superseded
 * terms are left to their own rules. Severity: info (both terms are
 * acceptable on their own; the finding is about style).
 */

import type {Message, Term} from '../types.js'
import {type CheckContext, quote} from './context.js'

/**
 * Report inconsistent terms.
 *
 * @param context
 *   Check context.
 * @returns
 *   Messages (info).
 */
export function inconsistentTerm(context: CheckContext): Message[] {
  const messages: Message[] = []
  const first = new Map<string, Term>()

  for (const {match, concept, term, tag} of context.matches) {
    const kind = kindOf(term)
    if (tag || !kind || term.status === 'deprecated' || term.status === 'superseded') continue
    const key = concept.id + '\u0000' + term.lang + '\u0000' + kind
    const used = first.get(key)

    if (!used) {
      first.set(key, term)
    } else if (used !== term && used.text !== term.text) {
      messages.push({
        ruleId: 'inconsistent-term',
        reason: 'Unexpected ' + quote(match.text) + ', expected ' + quote(used.text) + ' as used before',
        start: match.start,
        end: match.end,
        severity: 'info',
        actual: match.text,
        expected: [used.text],
        entry: concept.id
      })
    }
  }

  return messages
}

function kindOf(term: Term): string | undefined {
  if (term.type === 'fullForm' || term.type === 'variant') return 'name'
  if (term.type === 'acronym' || term.type === 'title') return term.type
  return undefined
}
