import {describe, expect, it} from 'vitest'
import {isPluralForm, isPluralizable, pluralize} from '../../src/match/plural.js'
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
})
