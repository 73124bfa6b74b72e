/**
 * Translate the glossary terms of a text, leaving everything else as it is.
 *
 * Each match in the source language (the other one than `to`) is replaced by
 * (`replace`), or followed by (`gloss`), the target language's term for the
 * same concept:
 *
 * - same kind of term first: an acronym becomes the target's acronym when
 *   there is one (`ICE` → `ICE`, `EU` → `U.S.`), else its full form (`FGR` →
 *   `Attorney General's Office`); a title stays a title; names become the
 *   full form; preferred terms before admitted ones, never deprecated ones;
 * - number: a plural match (`policías ministeriales`) takes the target's
 *   plural form when the target has one or is a common noun or title
 *   (`ministerial police officers`); an institution name stays singular;
 * - capitals: a match written in capitals gives capitals (`GUARDIA NACIONAL`
 *   → `NATIONAL GUARD`); a target starting in lower case gets a capital at
 *   the start of a sentence;
 * - handles and hashtags are left alone; articles and agreement around a
 *   replaced term are not adjusted (`la FGR` → `la Attorney General's Office`);
 * - an acronym in parentheses right after its own concept (`… República
 *   (FGR)`) is kept when the target has no acronym, and `gloss` skips a term
 *   already followed by its translation in parentheses, or whose translation
 *   is the same text (`ICE`), so glossing twice changes nothing.
 */

import type {Concept, Glossary, Lang, Term, TermStatus, TermType} from '../types.js'
import type {LanguageSpan} from './context-language.js'
import {isAllCaps} from './fold.js'
import {type FoundTerm, findTerms} from './match-terms.js'
import {isPluralForm, isPluralizable, pluralize} from './plural.js'

/** Options of `translateTerms`. */
export interface TranslateTermsOptions {
  /** Target language (required). */
  to: Lang
  /** Glossary (required here; the public wrapper defaults it). */
  glossary: Glossary
  /** `'replace'` the term or `'gloss'` it in parentheses (default: `'replace'`). */
  style?: 'replace' | 'gloss' | null | undefined
  /** Languages of parts of the text (default: the text is in the other language than `to`). */
  spans?: readonly LanguageSpan[] | null | undefined
}

const typePreference: Record<TermType, TermType[]> = {
  acronym: ['acronym', 'fullForm', 'variant', 'shortForm', 'title'],
  title: ['title', 'fullForm', 'variant', 'shortForm', 'acronym'],
  fullForm: ['fullForm', 'variant', 'shortForm', 'title', 'acronym'],
  variant: ['fullForm', 'variant', 'shortForm', 'title', 'acronym'],
  shortForm: ['fullForm', 'variant', 'shortForm', 'title', 'acronym'],
  handle: []
}
const statusPreference: TermStatus[] = ['preferred', 'admitted', 'superseded']
const openers = new Set(['"', "'", '(', '[', '“', '‘', '«', '¿', '¡', '*', '_'])
const enders = new Set(['.', '!', '?', '…'])

/**
 * Translate the glossary terms of `text` into `to`.
 *
 * @param text
 *   Plain text in the other language.
 * @param options
 *   Configuration; `to` and `glossary` are required.
 * @returns
 *   The text with its terms replaced or glossed.
 *
 * @example
 *   translateTerms('la FGR informó', {to: 'en', glossary, style: 'gloss'})
 *   // => "la FGR (Attorney General's Office) informó"
 */
export function translateTerms(text: string, options: TranslateTermsOptions): string {
  const {to, glossary} = options ?? {}
  if (to !== 'en' && to !== 'es') {
    throw new TypeError('Unexpected `to` value `' + String(to) + "`, expected `'en'` or `'es'`")
  }

  const style = options.style ?? 'replace'
  if (style !== 'replace' && style !== 'gloss') {
    throw new TypeError('Unexpected `style` value `' + String(style) + "`, expected `'gloss'` or `'replace'`")
  }

  const source: Lang = to === 'en' ? 'es' : 'en'
  const found = findTerms(text, {glossary, lang: source, spans: options.spans})
  let result = ''
  let cursor = 0

  for (const [index, item] of found.entries()) {
    const {match, entry} = item
    if (match.lang === to || item.hashtag || entry.term.type === 'handle') continue
    const concept = glossary.get(match.entry)
    const target = concept ? targetTerm(concept, entry.term, to) : undefined
    if (!target || !concept) continue
    const plural = entry.plural || isPluralForm(entry.term, entry.form)
    const translation = inflect(target, concept, plural)

    if (style === 'replace') {
      if (isDefinedAcronym(text, found, index) && target.type !== 'acronym') continue
      result += text.slice(cursor, match.start) + capitalize(translation, item, text)
      cursor = match.end
    } else {
      if (isGlossed(text, found, index, translation) || translation.toLowerCase() === match.text.toLowerCase()) continue
      const end = afterPossessive(text, match.end)
      result += text.slice(cursor, end) + ' (' + translation + ')'
      cursor = end
    }
  }

  return result + text.slice(cursor)
}

/**
 * The target language's term for a concept, by kind then status.
 */
function targetTerm(concept: Concept, source: Term, to: Lang): Term | undefined {
  const types = typePreference[source.type]
  let chosen: Term | undefined
  let chosenRank = Number.POSITIVE_INFINITY

  for (const term of concept.terms) {
    if (term.lang !== to) continue
    const typeRank = types.indexOf(term.type)
    const statusRank = statusPreference.indexOf(term.status)
    if (typeRank === -1 || statusRank === -1) continue
    const rank = typeRank * 10 + statusRank
    if (rank < chosenRank) {
      chosen = term
      chosenRank = rank
    }
  }

  return chosen
}

/**
 * The target term in the number of the match.
 */
function inflect(target: Term, concept: Concept, plural: boolean): string {
  if (!plural || target.type === 'acronym') return target.text
  const form = (target.forms ?? []).find((value) => isPluralForm(target, value))
  if (form) return form
  if (isPluralizable(target, concept)) return pluralize(target.text, target.lang)[0] ?? target.text
  return target.text
}

/**
 * Carry the match's capitals over to the translation.
 */
function capitalize(translation: string, item: FoundTerm, text: string): string {
  const {match, entry} = item
  if (entry.term.type !== 'acronym' && !isAllCaps(entry.form) && isAllCaps(match.text)) {
    return translation.toUpperCase()
  }

  const first = translation.charAt(0)
  if (first !== first.toLowerCase() || !isSentenceStart(text, match.start)) return translation
  return first.toUpperCase() + translation.slice(1)
}

/**
 * Whether `offset` starts a sentence (after opening quotes and marks).
 */
function isSentenceStart(text: string, offset: number): boolean {
  let index = offset - 1
  let breaks = 0
  while (index >= 0) {
    const character = text.charAt(index)
    if (character === '\n') breaks++
    else if (!/\s/.test(character) && !openers.has(character)) break
    index--
  }

  return index < 0 || breaks > 1 || enders.has(text.charAt(index))
}

/**
 * Whether match `index` is an acronym in parentheses right after a match of
 * the same concept (`Fiscalía General de la República (FGR)`).
 */
function isDefinedAcronym(text: string, found: readonly FoundTerm[], index: number): boolean {
  const item = found[index]!
  const previous = found[index - 1]
  return (
    item.entry.term.type === 'acronym' &&
    previous !== undefined &&
    previous.match.entry === item.match.entry &&
    /^(?:['’]s)?\s*(?:\)\s*)?\(\s*$/.test(text.slice(previous.match.end, item.match.start))
  )
}

/**
 * Whether match `index` is already glossed (followed by its translation in
 * parentheses) or is itself in parentheses right after another match (a
 * gloss or an acronym of it).
 */
function isGlossed(text: string, found: readonly FoundTerm[], index: number, translation: string): boolean {
  const item = found[index]!
  const previous = found[index - 1]
  const next = found[index + 1]
  const end = afterPossessive(text, item.match.end)
  if (text.startsWith(' (' + translation + ')', end)) return true
  const glossedByNext =
    next !== undefined &&
    next.match.lang !== item.match.lang &&
    text.slice(end, next.match.start) === ' (' &&
    text.charAt(next.match.end) === ')'

  return (
    glossedByNext ||
    previous !== undefined &&
    /^(?:['’]s)?\s*(?:\)\s*)?\(\s*$/.test(text.slice(previous.match.end, item.match.start)) &&
    /^\s*\)/.test(text.slice(item.match.end))
  )
}

/**
 * Offset after an English possessive that follows `offset`, if any.
 */
function afterPossessive(text: string, offset: number): number {
  const next = text.slice(offset, offset + 2)
  return next === "'s" || next === '’s' ? offset + 2 : offset
}
