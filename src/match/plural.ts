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
const letter = /\p{L}/u
const finalLetter = /\p{L}$/u

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
  return concept?.kind === 'title' || startsInLowerCase(term.text)
}

/**
 * What the plural rule needs to know of a word: 1 when it is an English
 * plural stop, 2 a Spanish one (see {@link isPluralStop}), 4 when it is
 * `general` (see {@link isGeneral}).
 *
 * @param word
 *   Word.
 * @returns
 *   Flags.
 */
export function pluralFlags(word: string): number {
  return (isStop(word, englishStops, 4) ? 1 : 0) | (isStop(word, spanishStops, 6) ? 2 : 0) | (isGeneral(word) ? 4 : 0)
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
  return lang === 'es' ? pluralizeSpanish(text) : pluralizeEnglish(text)
}

/**
 * Plural of one word by the rule of `lang` (what {@link pluralize} applies
 * to each word that takes the plural).
 *
 * @param word
 *   Word in the singular.
 * @param lang
 *   Its language.
 * @returns
 *   Plural, or `undefined` when the word has none.
 */
export function pluralizeWord(word: string, lang: Lang): string | undefined {
  return lang === 'es' ? pluralizeSpanishWord(word) : pluralizeEnglishWord(word)
}

/**
 * Keys a word key may be the plural of, by the rules of {@link pluralizeWord}
 * read backwards: the key itself, and the singulars either language could
 * have made it from (`policias` → `policia`, `jueces` → `juez`, `agencies`
 * → `agency`, `grandes` → `gran`). Most candidates are not words; what
 * matters is that the true singular is among them.
 *
 * @param key
 *   Folded key of a word (accents removed, lower case).
 * @returns
 *   Candidate keys, `key` first.
 */
export function singularsOf(key: string): string[] {
  const result = [key]
  if (!key.endsWith('s')) return result
  result.push(key.slice(0, -1))
  if (key.endsWith('es')) result.push(key.slice(0, -2))
  if (key.endsWith('ces')) result.push(key.slice(0, -3) + 'z')
  if (key.endsWith('ies')) result.push(key.slice(0, -3) + 'y')

  for (const [singular, plural] of Object.entries(irregularSpanish)) {
    if (key === plural) result.push(singular)
  }

  return result
}

/**
 * Whether a word ends the part of a phrase that takes the plural: a Spanish
 * function word, or an English preposition (see {@link pluralize}).
 *
 * @param word
 *   Word.
 * @param lang
 *   Language of the phrase.
 * @returns
 *   Whether it is such a word.
 */
export function isPluralStop(word: string, lang: Lang): boolean {
  return lang === 'es' ? isStop(word, spanishStops, 6) : isStop(word, englishStops, 4)
}

/**
 * Whether an English head word also pluralises the word before it
 * (`Attorney General` → `Attorneys General`).
 *
 * @param word
 *   Head word.
 * @returns
 *   Whether it is `general` in any case.
 */
export function isGeneral(word: string): boolean {
  return word.length === 7 && word.toLowerCase() === 'general'
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
 * Spanish: the words up to the first function word take the plural.
 *
 * Note: words are found with `indexOf` rather than `split`, which is several
 * times slower on V8 and runs for every term of a glossary.
 */
function pluralizeSpanish(text: string): string[] {
  let result = ''
  let start = 0

  while (start <= text.length) {
    const end = wordEnd(text, start)
    const word = text.slice(start, end)
    if (isStop(word, spanishStops, 6)) break
    const plural = pluralizeSpanishWord(word)
    if (plural === undefined) return []
    result += start === 0 ? plural : ' ' + plural
    start = end + 1
  }

  return start === 0 ? [] : [result + text.slice(start - 1)]
}

/**
 * English: the last word takes the plural, or the word before the first
 * preposition; a title ending in `General` also gets the head plural.
 */
function pluralizeEnglish(text: string): string[] {
  let start = 0
  let end = wordEnd(text, 0)
  let previous = -1

  while (!isStop(text.slice(start, end), englishStops, 4)) {
    if (end === text.length) {
      previous = start
      start = end + 1
      break
    }

    previous = start
    start = end + 1
    end = wordEnd(text, start)
  }

  const results: string[] = []
  if (previous === -1) return results
  const headEnd = start - 1
  const last = text.slice(previous, headEnd)
  const plural = pluralizeEnglishWord(last)
  if (plural !== undefined) results.push(text.slice(0, previous) + plural + text.slice(headEnd))

  if (previous > 0 && isGeneral(last)) {
    const beforeStart = text.lastIndexOf(' ', previous - 2) + 1
    const before = pluralizeEnglishWord(text.slice(beforeStart, previous - 1))
    if (before !== undefined) results.push(text.slice(0, beforeStart) + before + text.slice(previous - 1))
  }

  return results
}

/**
 * Plural of one Spanish word (`nacional` → `nacionales`, `comisión` →
 * `comisiones`, `juez` → `jueces`).
 */
function pluralizeSpanishWord(word: string): string | undefined {
  if (!endsInLetter(word)) return undefined
  const lower = word.toLowerCase()
  const upper = lower !== word && word === word.toUpperCase()
  const last = lower.charAt(lower.length - 1)
  const before = lower.length > 1 ? lower.charAt(lower.length - 2) : ''
  let result: string

  if (Object.hasOwn(irregularSpanish, lower)) result = irregularSpanish[lower]!
  else if ('aeiouáéó'.includes(last)) result = word + 's'
  else if (last === 'í' || last === 'ú') result = word + 'es'
  else if (last === 'z') result = word.slice(0, -1) + 'ces'
  else if ((last === 'n' || last === 's') && before !== '' && 'áéíóú'.includes(before)) result = unstress(word) + 'es'
  else if (last === 's' || last === 'x') result = word
  else result = word + 'es'

  return upper ? result.toUpperCase() : result
}

/**
 * Plural of one English word (`officer` → `officers`, `agency` → `agencies`).
 */
function pluralizeEnglishWord(word: string): string | undefined {
  if (!endsInLetter(word)) return undefined
  const lower = word.toLowerCase()
  if (uncountable.has(lower)) return undefined
  const upper = lower !== word && word === word.toUpperCase()
  const last = lower.charAt(lower.length - 1)
  const before = lower.length > 1 ? lower.charAt(lower.length - 2) : ''
  let result: string

  if (last === 's' || last === 'x' || last === 'z' || (last === 'h' && (before === 'c' || before === 's'))) {
    result = word + 'es'
  } else if (last === 'y' && before !== '' && !'aeiou'.includes(before)) {
    result = word.slice(0, -1) + 'ies'
  } else {
    result = word + 's'
  }

  return upper ? result.toUpperCase() : result
}

/**
 * Whether a word is in a set of function words (lower case, at most `longest`
 * code units: lower-casing never makes a word shorter).
 */
function isStop(word: string, stops: ReadonlySet<string>, longest: number): boolean {
  return word.length <= longest && stops.has(word.toLowerCase())
}

/**
 * Whether the first character of `value` is a lower-case letter.
 */
function startsInLowerCase(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code < 128) return code >= 97 && code <= 122
  const first = value.charAt(0)
  return first !== first.toUpperCase() && letter.test(first)
}

/**
 * Whether the last character of `value` is a letter.
 */
function endsInLetter(value: string): boolean {
  const code = value.charCodeAt(value.length - 1)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  return finalLetter.test(value)
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

/**
 * End of the word that starts at `start` (the next space, or the end).
 */
function wordEnd(text: string, start: number): number {
  const end = text.indexOf(' ', start)
  return end === -1 ? text.length : end
}
