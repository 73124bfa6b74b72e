import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isGeneral, isPluralForm, isPluralizable, isPluralStop, pluralFlags, pluralize} from '../../src/match/plural.js'
import type {Concept, Term} from '../../src/types.js'

const title: Concept = {id: 'x-title', kind: 'title', jurisdiction: 'mx-federal', terms: [], sources: []}
const agency: Concept = {id: 'x-agency', kind: 'agency', jurisdiction: 'mx-federal', terms: [], sources: []}

function term(text: string, lang: 'es' | 'en', extra: Partial<Term> = {}): Term {
  return {text, lang, type: 'fullForm', status: 'preferred', ...extra}
}

describe('plural rule', () => {
  it('should pluralise the Spanish head and the words after it, up to a function word', () => {
    expect(pluralize('policía ministerial', 'es')).toEqual(['policías ministeriales'])
    expect(pluralize('agente del Ministerio Público', 'es')).toEqual(['agentes del Ministerio Público'])
    expect(pluralize('comisión nacional', 'es')).toEqual(['comisiones nacionales'])
    expect(pluralize('juez de distrito', 'es')).toEqual(['jueces de distrito'])
    expect(pluralize('gran jurado', 'es')).toEqual(['grandes jurados'])
  })

  it('should pluralise the English last word, or the word before a preposition', () => {
    expect(pluralize('ministerial police officer', 'en')).toEqual(['ministerial police officers'])
    expect(pluralize('Secretary of State', 'en')).toEqual(['Secretaries of State'])
    expect(pluralize('Attorney General', 'en')).toEqual(['Attorney Generals', 'Attorneys General'])
    expect(pluralize('state police', 'en')).toEqual([])
  })

  it('should apply only to titles and lower-case terms without forms', () => {
    expect(isPluralizable(term('Guardia Nacional', 'es'), agency)).toBe(false)
    expect(isPluralizable(term('policía ministerial', 'es'), agency)).toBe(true)
    expect(isPluralizable(term('Fiscal General', 'es', {type: 'title'}), title)).toBe(true)
    expect(isPluralizable(term('policía ministerial', 'es', {forms: ['policías ministeriales']}), agency)).toBe(false)
    expect(isPluralizable(term('FGR', 'es', {type: 'acronym'}), title)).toBe(false)
  })

  it('should tell plural forms from gender forms', () => {
    expect(isPluralForm(term('procurador', 'es'), 'procuradores')).toBe(true)
    expect(isPluralForm(term('procurador', 'es'), 'procuradora')).toBe(false)
    expect(isPluralForm(term('state prosecutor', 'en'), 'state prosecutors')).toBe(true)
  })

  it('should give what the plain split-and-join rule gives', () => {
    const piece = fc.constantFrom(
      ...'aeiouáéíóúyYzZsSxXhHcnNAE İ\u0301ß'.split(''),
      'of', 'de', 'la', 'General', 'general', 'GENERAL', 'Of', 'DEL', 'gran', 'police', ' ', '  ', '🇲🇽', '\uD800'
    )
    const text = fc.array(fc.oneof(piece, fc.string({maxLength: 3})), {maxLength: 8}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.constantFrom<'es' | 'en'>('es', 'en'), (value, lang) => {
        expect(pluralize(value, lang)).toEqual(referencePluralize(value, lang))
      }),
      {numRuns: 3000}
    )
  })
  it('should flag stops and `general` as `isPluralStop` and `isGeneral` do', () => {
    const words = ['of', 'OF', 'de', 'Del', 'sobre', 'contra', 'with', 'General', 'general', 'generals', 'İn', 'la', 'x']
    const flags = (word: string) =>
      (isPluralStop(word, 'en') ? 1 : 0) | (isPluralStop(word, 'es') ? 2 : 0) | (isGeneral(word) ? 4 : 0)
    for (const word of words) expect(pluralFlags(word)).toBe(flags(word))
    expect(pluralFlags('of')).toBe(1)
    expect(pluralFlags('DE')).toBe(2)
    expect(pluralFlags('en')).toBe(2)
    expect(pluralFlags('GENERAL')).toBe(4)
    fc.assert(fc.property(fc.string({maxLength: 9}), (word) => pluralFlags(word) === flags(word)))
  })
})

/**
 * The plural rule written plainly (the first implementation), as a reference.
 */
function referencePluralize(text: string, lang: 'es' | 'en'): string[] {
  const words = text.split(' ')
  const spanishStops = new Set(['a', 'al', 'con', 'contra', 'de', 'del', 'e', 'el', 'en', 'la', 'las', 'los', 'o', 'para', 'por', 'sin', 'sobre', 'u', 'y'])
  const englishStops = new Set(['at', 'for', 'from', 'in', 'of', 'on', 'to', 'with'])
  const uncountable = new Set(['enforcement', 'equipment', 'evidence', 'information', 'intelligence', 'justice', 'military', 'personnel', 'police', 'security', 'staff'])
  const stressed: Record<string, string> = {á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u'}
  const replaceAt = (index: number, value: string) => words.map((word, at) => (at === index ? value : word)).join(' ')

  if (lang === 'es') {
    let index = 0
    while (index < words.length && !spanishStops.has(words[index]!.toLowerCase())) {
      const plural = spanish(words[index]!)
      if (plural === undefined) return []
      words[index] = plural
      index++
    }

    return index > 0 ? [words.join(' ')] : []
  }

  let head = words.findIndex((word) => englishStops.has(word.toLowerCase()))
  if (head === -1) head = words.length
  head--
  const last = words[head]
  if (last === undefined) return []
  const results: string[] = []
  const plural = english(last)
  if (plural !== undefined) results.push(replaceAt(head, plural))
  if (head > 0 && last.toLowerCase() === 'general') {
    const before = english(words[head - 1]!)
    if (before !== undefined) results.push(replaceAt(head - 1, before))
  }

  return results

  function spanish(word: string): string | undefined {
    if (!/\p{L}$/u.test(word)) return undefined
    const upper = word === word.toUpperCase() && word !== word.toLowerCase()
    const lower = word.toLowerCase()
    let result: string
    if (lower === 'gran') result = 'grandes'
    else if (/[aeiouáéó]$/.test(lower)) result = word + 's'
    else if (/[íú]$/.test(lower)) result = word + 'es'
    else if (lower.endsWith('z')) result = word.slice(0, -1) + 'ces'
    else if (/[áéíóú][ns]$/.test(lower)) {
      const index = word.length - 2
      const vowel = word.charAt(index)
      const plain = stressed[vowel.toLowerCase()]
      const unstressed = plain === undefined ? word : word.slice(0, index) + (vowel === vowel.toLowerCase() ? plain : plain.toUpperCase()) + word.slice(index + 1)
      result = unstressed + 'es'
    } else if (/[sx]$/.test(lower)) result = word
    else result = word + 'es'
    return upper ? result.toUpperCase() : result
  }

  function english(word: string): string | undefined {
    const lower = word.toLowerCase()
    if (!/\p{L}$/u.test(word) || uncountable.has(lower)) return undefined
    const upper = word === word.toUpperCase() && word !== lower
    let result: string
    if (/(?:s|x|z|ch|sh)$/.test(lower)) result = word + 'es'
    else if (/[^aeiou]y$/.test(lower)) result = word.slice(0, -1) + 'ies'
    else result = word + 's'
    return upper ? result.toUpperCase() : result
  }
}
