/**
 * A small plural rule for glossary terms.
 *
 * Institution names are proper names and have no plural of their own
 * (`Fiscalías Generales` is not the FGR), so plurals are generated only for
 * terms that name a person or a common noun: terms of `title` concepts and
 * terms written in lower case (`policía ministerial`, `agente federal`), and
 * only when the term lists no `forms` of its own (an explicit list wins).
 *
 * - Spanish: the head noun and the words right after it, up to the first
 *   function word, take the plural (`agente del Ministerio Público` →
 *   `agentes del Ministerio Público`, `policía ministerial` →
 *   `policías ministeriales`).
 * - English: the last word takes the plural (`police officer` →
 *   `police officers`), or the word before the first preposition
 *   (`Secretary of State` → `Secretaries of State`); titles ending in
 *   `General` also get the head plural (`Attorneys General`).
 */

import type {Concept, Lang, Term} from '../types.js'

const spanishStops = new Set([
  'a', 'al', 'con', 'contra', 'de', 'del', 'e', 'el', 'en', 'la', 'las', 'los',
  'o', 'para', 'por', 'sin', 'sobre', 'u', 'y'
])
const englishStops = new Set(['at', 'for', 'from', 'in', 'of', 'on', 'to', 'with'])
const uncountable = new Set([
  'enforcement', 'equipment', 'evidence', 'information', 'intelligence',
  'justice', 'military', 'personnel', 'police', 'security', 'staff'
])
const stressed: Record<string, string> = {á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u'}
const irregularSpanish: Record<string, string> = {gran: 'grandes'}

/**
 * Whether the generic plural rule applies to a term.
 *
 * @param term
 *   Glossary term.
 * @param concept
 *   Its concept.
 * @returns
 *   Whether plurals may be generated.
 */
export function isPluralizable(term: Term, concept: Concept | undefined): boolean {
  if (term.type === 'acronym' || term.type === 'handle') return false
  if (term.forms && term.forms.length > 0) return false
  const first = term.text.charAt(0)
  return concept?.kind === 'title' || (first !== first.toUpperCase() && /\p{L}/u.test(first))
}

/**
 * Plural forms of a phrase.
 *
 * @param text
 *   Phrase in the singular.
 * @param lang
 *   Its language.
 * @returns
 *   Plural phrases (none when no rule applies).
 */
export function pluralize(text: string, lang: Lang): string[] {
  const words = text.split(' ')
  const results: string[] = []

  if (lang === 'es') {
    let index = 0
    while (index < words.length && !spanishStops.has(words[index]!.toLowerCase())) {
      const plural = pluralizeSpanishWord(words[index]!)
      if (plural === undefined) return []
      words[index] = plural
      index++
    }

    if (index > 0) results.push(words.join(' '))
    return results
  }

  let head = words.findIndex((word) => englishStops.has(word.toLowerCase()))
  if (head === -1) head = words.length
  head--
  const last = words[head]
  if (last === undefined) return results
  const plural = pluralizeEnglishWord(last)
  if (plural !== undefined) results.push(replaceAt(words, head, plural))

  if (head > 0 && last.toLowerCase() === 'general') {
    const before = pluralizeEnglishWord(words[head - 1]!)
    if (before !== undefined) results.push(replaceAt(words, head - 1, before))
  }

  return results
}

/**
 * Whether `form` is a plural of `term` (by the form of its head word).
 *
 * @param term
 *   Glossary term (singular).
 * @param form
 *   One of its forms.
 * @returns
 *   Whether the form reads as a plural.
 */
export function isPluralForm(term: Term, form: string): boolean {
  if (form === term.text) return false
  const termWords = term.text.split(' ')
  const formWords = form.split(' ')
  const indices = term.lang === 'es' ? [0] : [termWords.length - 1, 0]

  return indices.some((index) => {
    const singular = termWords[index]
    const plural = formWords[index]
    return (
      singular !== undefined &&
      plural !== undefined &&
      /s$/i.test(plural) &&
      !/s$/i.test(singular)
    )
  })
}

/**
 * Plural of one Spanish word (`nacional` → `nacionales`, `comisión` →
 * `comisiones`, `juez` → `jueces`).
 */
function pluralizeSpanishWord(word: string): string | undefined {
  if (!/\p{L}$/u.test(word)) return undefined
  const upper = word === word.toUpperCase() && word !== word.toLowerCase()
  const lower = word.toLowerCase()
  const last = lower.charAt(lower.length - 1)
  let result: string

  if (Object.hasOwn(irregularSpanish, lower)) result = irregularSpanish[lower]!
  else if (/[aeiouáéó]$/.test(lower)) result = word + 's'
  else if (/[íú]$/.test(lower)) result = word + 'es'
  else if (last === 'z') result = word.slice(0, -1) + 'ces'
  else if (/[áéíóú][ns]$/.test(lower)) result = unstress(word) + 'es'
  else if (last === 's' || last === 'x') result = word
  else result = word + 'es'

  return upper ? result.toUpperCase() : result
}

/**
 * Plural of one English word (`officer` → `officers`, `agency` → `agencies`).
 */
function pluralizeEnglishWord(word: string): string | undefined {
  const lower = word.toLowerCase()
  if (!/\p{L}$/u.test(word) || uncountable.has(lower)) return undefined
  const upper = word === word.toUpperCase() && word !== lower
  let result: string

  if (/(?:s|x|z|ch|sh)$/.test(lower)) result = word + 'es'
  else if (/[^aeiou]y$/.test(lower)) result = word.slice(0, -1) + 'ies'
  else result = word + 's'

  return upper ? result.toUpperCase() : result
}

/**
 * Drop the written accent of the last syllable (`comisión` → `comision`).
 */
function unstress(word: string): string {
  const index = word.length - 2
  const vowel = word.charAt(index)
  const plain = stressed[vowel.toLowerCase()]
  if (plain === undefined) return word
  const replacement = vowel === vowel.toLowerCase() ? plain : plain.toUpperCase()
  return word.slice(0, index) + replacement + word.slice(index + 1)
}

function replaceAt(words: string[], index: number, value: string): string {
  const copy = [...words]
  copy[index] = value
  return copy.join(' ')
}
