/**
 * What the term rules share: the text, its tokens, the matches with their
 * glossary terms, and the language of the prose at an offset.
 */

import type {Concept, Glossary, Lang, Range, SegmentLang, Term, TermMatch} from '../types.js'
import {tokenize, type Token} from '../util/tokenize.js'

/** A part of the text with its language. */
export interface LanguageSpan extends Range {
  lang: SegmentLang
}

/** A match with its concept and glossary term. */
export interface CheckedMatch {
  match: TermMatch
  concept: Concept
  term: Term
  /** Whether the match is a hashtag or a handle (`#FGR`, `@FGRMexico`). */
  tag: boolean
}

/** Everything a rule reads. */
export interface CheckContext {
  text: string
  tokens: Token[]
  glossary: Glossary
  /** ISO date the text is read at. */
  date: string
  /** Matches whose concept is in the glossary, in order. */
  matches: CheckedMatch[]
  /** Language of the prose at an offset (`undefined` when unknown or mixed). */
  proseLanguage: (offset: number) => Lang | undefined
}

/**
 * Build the context of a check.
 *
 * @param text
 *   Text that was matched.
 * @param matches
 *   Its term matches.
 * @param glossary
 *   Glossary that produced them.
 * @param date
 *   ISO date the text is read at.
 * @param spans
 *   Languages of parts of the text (optional).
 * @param lang
 *   Language of the whole text (optional).
 * @returns
 *   Context for the rules.
 */
export function createContext(
  text: string,
  matches: readonly TermMatch[],
  glossary: Glossary,
  date: string,
  spans: readonly LanguageSpan[] | null | undefined,
  lang: Lang | null | undefined
): CheckContext {
  const checked: CheckedMatch[] = []

  for (const match of [...matches].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const concept = glossary.get(match.entry)
    const term = concept ? findTerm(concept, match) : undefined
    if (!concept || !term) continue
    const tag = match.text.startsWith('#') || match.text.startsWith('@') || term.type === 'handle'
    checked.push({match, concept, term, tag})
  }

  const sorted = spans ? [...spans].sort((a, b) => a.start - b.start) : []

  return {
    text,
    tokens: tokenize(text),
    glossary,
    date,
    matches: checked,
    proseLanguage(offset) {
      const span = findSpan(sorted, offset)
      if (span) return span.lang === 'es' || span.lang === 'en' ? span.lang : undefined
      return lang ?? undefined
    }
  }
}

/**
 * The glossary term a match was made by: the term or form it names, or, for a
 * generated plural, the term of that language and status.
 */
export function findTerm(concept: Concept, match: TermMatch): Term | undefined {
  const sameLanguage = concept.terms.filter((term) => term.lang === match.lang)
  return (
    sameLanguage.find((term) => term.text === match.form || (term.forms ?? []).includes(match.form)) ??
    sameLanguage.find((term) => term.status === match.status)
  )
}

/**
 * Preferred terms of a concept in a language, those of `type` first.
 *
 * @param concept
 *   Concept.
 * @param lang
 *   Language.
 * @param type
 *   Term type to put first (optional).
 * @returns
 *   Texts of the preferred terms (handles excluded).
 */
export function preferredTerms(concept: Concept, lang: Lang, type?: Term['type']): string[] {
  const terms = concept.terms.filter(
    (term) => term.lang === lang && term.status === 'preferred' && term.type !== 'handle'
  )
  const first = terms.filter((term) => term.type === type)
  const rest = terms.filter((term) => term.type !== type)
  return [...first, ...rest].map((term) => term.text)
}

/**
 * Case-insensitive, accent-insensitive key of a word.
 *
 * @param value
 *   Word.
 * @returns
 *   Folded word (`Extinta` → `extinta`, `Órgano` → `organo`).
 */
export function fold(value: string): string {
  // Note: plain ASCII only needs lower case (most words of English copy).
  if (/^[\u0000-\u007F]*$/.test(value)) return value.toLowerCase()
  return value.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase()
}

/**
 * Whether the text between two offsets opens a parenthesis and nothing else.
 *
 * @param text
 *   Text.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Whether `text.slice(start, end)` is `(` with optional spaces.
 */
export function isOpeningParenthesis(text: string, start: number, end: number): boolean {
  return end >= start && /^['’]?s?\s*[(—–,]\s*$/.test(text.slice(start, end))
}

/**
 * Format a match as `` `text` `` for a reason (whitespace collapsed).
 *
 * @param value
 *   Text.
 * @returns
 *   Quoted text.
 */
export function quote(value: string): string {
  return '`' + value.replace(/\s+/g, ' ') + '`'
}

function findSpan(spans: readonly LanguageSpan[], offset: number): LanguageSpan | undefined {
  let low = 0
  let high = spans.length - 1
  let found: LanguageSpan | undefined

  while (low <= high) {
    const middle = (low + high) >> 1
    const span = spans[middle]!
    if (span.start <= offset) {
      if (offset < span.end) found = span
      low = middle + 1
    } else {
      high = middle - 1
    }
  }

  return found
}
