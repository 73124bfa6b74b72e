import {describe, expect, it} from 'vitest'
import {matchTerms} from '../../src/match/index.js'
import {checkTerms} from '../../src/messages/index.js'
import type {Lang, Message} from '../../src/types.js'
import {type LanguageSpan} from '../../src/messages/context.js'
import {testGlossary as glossary} from './glossary.js'

function check(text: string, options: {date?: string; lang?: Lang; spans?: LanguageSpan[]} = {}): Message[] {
  const matches = matchTerms(text, {glossary, lang: options.lang, spans: options.spans})
  return checkTerms(text, matches, {glossary, date: '2025-05-01', ...options})
}

function rules(messages: Message[], ruleId: string): Array<[string, string]> {
  return messages.filter((message) => message.ruleId === ruleId).map((message) => [message.actual ?? '', message.reason])
}

describe('checkTerms', () => {
  it('should throw on misuse', () => {
    // @ts-expect-error: misuse.
    expect(() => checkTerms('x', [], {})).toThrow(/`glossary`/)
    expect(() => checkTerms('x', [], {glossary, date: 'yesterday'})).toThrow(
      'Unexpected `date` value `yesterday`, expected an ISO date (`YYYY-MM-DD`)'
    )
    // @ts-expect-error: misuse.
    expect(() => checkTerms(null, [], {glossary})).toThrow('Unexpected `text` value `object`, expected a string')
  })

  it('should return nothing for an empty text', () => {
    expect(checkTerms('', [], {glossary})).toEqual([])
  })

  it('should report a superseded term in current text, with the date', () => {
    const messages = check('La PGR informó que detuvo a tres personas.')
    expect(messages.find((message) => message.ruleId === 'superseded-term')).toEqual({
      ruleId: 'superseded-term',
      reason: 'Unexpected `PGR`, expected `FGR` (replaced on 2018-12-20)',
      start: 3,
      end: 6,
      severity: 'warning',
      actual: 'PGR',
      expected: ['FGR'],
      entry: 'mx-pgr'
    })
  })

  it('should not report historical mentions of a superseded term', () => {
    const text =
      'La extinta PGR investigó. La FGR, antes PGR, retomó el caso. En 2016, la PGR presentó cargos. The former Office of the Attorney General of the Republic said.'
    expect(rules(check(text), 'superseded-term')).toEqual([])
  })

  it('should not report a superseded term in text dated before its end', () => {
    expect(rules(check('La PGR informó.', {date: '2017-03-01'}), 'superseded-term')).toEqual([])
  })

  it('should suggest the replacement of the same type', () => {
    expect(rules(check('La Procuraduría General de la República informó.'), 'superseded-term')).toEqual([
      [
        'Procuraduría General de la República',
        'Unexpected `Procuraduría General de la República`, expected `Fiscalía General de la República` (replaced on 2018-12-20)'
      ]
    ])
  })

  it('should report deprecated terms with the preferred ones', () => {
    expect(rules(check('Agentes de EE.UU. llegaron.'), 'non-preferred-term')).toEqual([
      ['EE.UU.', 'Unexpected `EE.UU.`, expected `EE. UU.` or `Estados Unidos`']
    ])
    expect(rules(check('Agentes de EE. UU. y de EUA llegaron.'), 'non-preferred-term')).toEqual([])
  })

  it('should report a concept named inconsistently', () => {
    const text = 'El Cártel Jalisco Nueva Generación creció. El Cártel de Jalisco Nueva Generación negó todo. El CJNG también.'
    const messages = check(text)
    expect(rules(messages, 'inconsistent-term')).toEqual([
      [
        'Cártel de Jalisco Nueva Generación',
        'Unexpected `Cártel de Jalisco Nueva Generación`, expected `Cártel Jalisco Nueva Generación` as used before'
      ]
    ])
    expect(messages.find((message) => message.ruleId === 'inconsistent-term')?.severity).toBe('info')
  })

  it('should not count a full form and its acronym or another language as inconsistent', () => {
    const text = 'La Fiscalía General de la República (FGR) dijo. The Attorney General’s Office said.'
    expect(rules(check(text), 'inconsistent-term')).toEqual([])
  })

  it('should report an acronym before or without its expansion', () => {
    expect(rules(check('La FGR dijo. La Fiscalía General de la República confirmó.'), 'acronym-before-expansion')).toEqual([
      ['FGR', 'Unexpected acronym `FGR` before its expansion `Fiscalía General de la República`']
    ])
    expect(rules(check('La AIC dijo.', {lang: 'es'}), 'acronym-before-expansion')).toEqual([
      ['AIC', 'Unexpected acronym `AIC` without its expansion `Agencia de Investigación Criminal`']
    ])
  })

  it('should accept an acronym after or right before its expansion', () => {
    expect(rules(check('La Fiscalía General de la República (FGR) dijo. La FGR.'), 'acronym-before-expansion')).toEqual([])
    expect(rules(check('La FGR (Fiscalía General de la República) dijo.'), 'acronym-before-expansion')).toEqual([])
    expect(rules(check('Agentes de EE. UU. llegaron.'), 'acronym-before-expansion')).toEqual([])
  })

  it('should check each language of a bilingual text on its own', () => {
    const text = 'La Agencia de Investigación Criminal (AIC) actuó.\n\nThe AIC acted.'
    const spans: LanguageSpan[] = [
      {start: 0, end: 49, lang: 'es'},
      {start: 51, end: text.length, lang: 'en'}
    ]
    expect(rules(check(text, {spans}), 'acronym-before-expansion')).toEqual([
      ['AIC', 'Unexpected acronym `AIC` without its expansion `Criminal Investigation Agency`']
    ])
  })

  it('should report Spanish names left in English prose', () => {
    expect(rules(check('The Guardia Nacional arrived.', {lang: 'en'}), 'untranslated-term')).toEqual([
      ['Guardia Nacional', 'Unexpected Spanish `Guardia Nacional` in English text, expected `National Guard`']
    ])
    expect(rules(check('The Guardia Nacional (National Guard) arrived.', {lang: 'en'}), 'untranslated-term')).toEqual([])
    expect(rules(check('La Guardia Nacional llegó.', {lang: 'es'}), 'untranslated-term')).toEqual([])
    expect(rules(check('The Guardia Nacional arrived.'), 'untranslated-term')).toEqual([])
  })

  it('should report candidate terms missing from the glossary, once each', () => {
    const text =
      'La SEMAR y la Secretaría de Marina con la Comisión Nacional de Búsqueda. La SEMAR otra vez. OK, the TV and the Justice Department and the Office of Foreign Assets Control. Claudia Sheinbaum. Felipe II.'
    expect(rules(check(text), 'candidate-term').map(([actual]) => actual)).toEqual([
      'SEMAR',
      'Secretaría de Marina',
      'Comisión Nacional de Búsqueda',
      'Justice Department',
      'Office of Foreign Assets Control'
    ])
  })

  it('should not report candidates in headlines written in capitals or covered by a match', () => {
    expect(rules(check('LA FGR DETIENE A TRES EN SINALOA'), 'candidate-term')).toEqual([])
    expect(rules(check('La Policía Federal Ministerial actuó.'), 'candidate-term')).toEqual([])
  })

  it('should sort messages by place and format reasons without a final period', () => {
    const messages = check('La PGR y EE.UU. y la SEMAR. La Guardia Nacional y el Cártel de Jalisco Nueva Generación.')
    const starts = messages.map((message) => message.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    for (const message of messages) expect(message.reason).not.toMatch(/\.$/)
  })
})
