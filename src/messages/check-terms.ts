/**
 * Check a text's term matches against the glossary.
 */

import type {Glossary, Lang, Message, TermMatch} from '../types.js'
import {acronymBeforeExpansion} from './acronym-before-expansion.js'
import {candidateTerm} from './candidate-term.js'
import {createContext, type LanguageSpan} from './context.js'
import {inconsistentTerm} from './inconsistent-term.js'
import {nonPreferredTerm} from './non-preferred-term.js'
import {supersededTerm} from './superseded-term.js'
import {untranslatedTerm} from './untranslated-term.js'

/** Options of `checkTerms`. */
export interface CheckTermsOptions {
  /** Glossary the matches come from (required). */
  glossary: Glossary
  /** ISO date the text is read at, for superseded institutions (default: today). */
  date?: string | null | undefined
  /** Languages of parts of the text (optional). */
  spans?: readonly LanguageSpan[] | null | undefined
  /** Language of the whole text, where no span says (optional). */
  lang?: Lang | null | undefined
}

const rules = [
  supersededTerm,
  nonPreferredTerm,
  inconsistentTerm,
  acronymBeforeExpansion,
  untranslatedTerm,
  candidateTerm
]
const isoDate = /^\d{4}-\d{2}-\d{2}(?:$|T)/

/**
 * Check the term matches of `text`.
 *
 * Rules: `superseded-term` (warning), `non-preferred-term` (warning),
 * `inconsistent-term` (info), `acronym-before-expansion` (info),
 * `untranslated-term` (info), `candidate-term` (info).
 *
 * @param text
 *   Text the matches were found in.
 * @param matches
 *   Matches from `matchTerms(text, …)` with the same glossary.
 * @param options
 *   Configuration; `glossary` is required.
 * @returns
 *   Messages sorted by place, then rule.
 *
 * @example
 *   const matches = matchTerms('La PGR informó', {glossary})
 *   checkTerms('La PGR informó', matches, {glossary, date: '2025-01-01'})[0].reason
 *   // => 'Unexpected `PGR`, expected `FGR` (replaced on 2018-12-20)'
 */
export function checkTerms(
  text: string,
  matches: readonly TermMatch[],
  options: CheckTermsOptions
): Message[] {
  if (typeof text !== 'string') {
    throw new TypeError('Unexpected `text` value `' + typeof text + '`, expected a string')
  }

  const glossary = options?.glossary
  if (!glossary || !Array.isArray(glossary.terms) || typeof glossary.get !== 'function') {
    throw new TypeError('Unexpected missing `glossary` option, expected a glossary from `createGlossary`')
  }

  const date = options.date ?? new Date().toISOString().slice(0, 10)
  if (typeof date !== 'string' || !isoDate.test(date)) {
    throw new TypeError('Unexpected `date` value `' + String(date) + '`, expected an ISO date (`YYYY-MM-DD`)')
  }

  const context = createContext(text, matches, glossary, date.slice(0, 10), options.spans, options.lang)
  const messages = rules.flatMap((rule) => rule(context))

  return messages.sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  )
}
