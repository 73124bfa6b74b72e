/**
 * Rule `acronym-before-expansion`: the first mention of an acronym comes
 * before, or without, the full name of its concept.
 *
 * Mentions are grouped per concept and per language of the prose (the span
 * language, else the term's), so each side of a bilingual text is checked on
 * its own. The acronym is fine when a full form or variant of its concept
 * comes first, or right after it in parentheses or after a dash or comma
 * (`la FGR (Fiscalía General de la República)`). Places (`EE. UU.`) and
 * hashtags or handles are not checked. Severity: info.
 */

import type {Lang, Message, Term} from '../types.js'
import {type CheckContext, type CheckedMatch, isOpeningParenthesis, quote} from './context.js'

/**
 * Report acronyms used before their expansion.
 *
 * @param context
 *   Check context.
 * @returns
 *   Messages (info).
 */
export function acronymBeforeExpansion(context: CheckContext): Message[] {
  const messages: Message[] = []
  const done = new Set<string>()
  const {matches} = context

  for (const [index, checked] of matches.entries()) {
    const {match, concept, term, tag} = checked
    if (tag || concept.kind === 'place') continue
    const lang = languageOf(context, checked)
    const bucket = concept.id + '\u0000' + lang
    if (isExpansion(term)) done.add(bucket)
    if (term.type !== 'acronym' || done.has(bucket)) continue
    done.add(bucket)
    if (!concept.terms.some(isExpansion)) continue
    const next = matches[index + 1]
    if (next && next.concept === concept && isExpansion(next.term)) {
      if (isOpeningParenthesis(context.text, match.end, next.match.start)) continue
    }

    const later = matches
      .slice(index + 1)
      .some((other) => other.concept === concept && isExpansion(other.term) && languageOf(context, other) === lang)
    const expected = expansionOf(checked, lang)
    const name = expected ? ' ' + quote(expected) : ''

    messages.push({
      ruleId: 'acronym-before-expansion',
      reason: 'Unexpected acronym ' + quote(match.text) + (later ? ' before its expansion' : ' without its expansion') + name,
      start: match.start,
      end: match.end,
      severity: 'info',
      actual: match.text,
      expected: expected ? [expected] : [],
      entry: concept.id
    })
  }

  return messages
}

function isExpansion(term: Term): boolean {
  return term.type === 'fullForm' || term.type === 'variant'
}

function languageOf(context: CheckContext, checked: CheckedMatch): Lang {
  return context.proseLanguage(checked.match.start) ?? checked.term.lang
}

/**
 * Preferred full form of the concept in the prose language, else in the
 * acronym's language.
 */
function expansionOf(checked: CheckedMatch, lang: Lang): string | undefined {
  const {concept, term} = checked
  for (const language of [lang, term.lang]) {
    const fullForms = concept.terms.filter((candidate) => candidate.lang === language && isExpansion(candidate))
    const fullForm =
      fullForms.find((candidate) => candidate.status === 'preferred' && candidate.type === 'fullForm') ??
      fullForms.find((candidate) => candidate.status !== 'deprecated')
    if (fullForm) return fullForm.text
  }

  return undefined
}
