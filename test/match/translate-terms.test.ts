import {describe, expect, it} from 'vitest'
import {translateTerms} from '../../src/match/index.js'
import {testGlossary as glossary} from './glossary.js'

describe('translateTerms', () => {
  it('should throw on a bad `to` or `style`', () => {
    // @ts-expect-error: misuse.
    expect(() => translateTerms('FGR', {to: 'fr', glossary})).toThrow("Unexpected `to` value `fr`, expected `'en'` or `'es'`")
    // @ts-expect-error: misuse.
    expect(() => translateTerms('FGR', {glossary})).toThrow('Unexpected `to` value `undefined`')
    // @ts-expect-error: misuse.
    expect(() => translateTerms('FGR', {to: 'en', glossary, style: 'inline'})).toThrow(
      "Unexpected `style` value `inline`, expected `'gloss'` or `'replace'`"
    )
    // @ts-expect-error: misuse.
    expect(() => translateTerms('FGR', {to: 'en'})).toThrow(/`glossary`/)
  })

  it('should replace terms with the target language’s preferred term', () => {
    expect(translateTerms('la Guardia Nacional llegó', {to: 'en', glossary})).toBe('la National Guard llegó')
    expect(translateTerms('the National Guard arrived', {to: 'es', glossary})).toBe('the Guardia Nacional arrived')
  })

  it('should keep the kind of term: acronym to acronym, else the full form', () => {
    expect(translateTerms('agentes de ICE y de EU', {to: 'en', glossary})).toBe('agentes de ICE y de U.S.')
    expect(translateTerms('la FGR informó', {to: 'en', glossary})).toBe("la Attorney General's Office informó")
  })

  it('should leave unmatched text, handles and hashtags untouched', () => {
    const text = 'Hola @FGRMexico #FGR, nada más.'
    expect(translateTerms(text, {to: 'en', glossary})).toBe(text)
    expect(translateTerms('', {to: 'en', glossary})).toBe('')
  })

  it('should keep number', () => {
    expect(translateTerms('dos policías ministeriales', {to: 'en', glossary})).toBe('dos ministerial police officers')
    expect(translateTerms('two ministerial police officers', {to: 'es', glossary})).toBe('two policías ministeriales')
  })

  it('should keep capitals and capitalise at the start of a sentence', () => {
    expect(translateTerms('LA GUARDIA NACIONAL', {to: 'en', glossary})).toBe('LA NATIONAL GUARD')
    expect(translateTerms('Hubo heridos. policías ministeriales llegaron', {to: 'en', glossary})).toBe(
      'Hubo heridos. Ministerial police officers llegaron'
    )
  })

  it('should keep an acronym defined in parentheses when the target has none', () => {
    expect(translateTerms('la Fiscalía General de la República (FGR) dijo', {to: 'en', glossary})).toBe(
      "la Attorney General's Office (FGR) dijo"
    )
  })

  it('should gloss terms in parentheses', () => {
    expect(translateTerms('la FGR informó', {to: 'en', glossary, style: 'gloss'})).toBe(
      "la FGR (Attorney General's Office) informó"
    )
    expect(translateTerms("the FGR's agents", {to: 'en', glossary, style: 'gloss', spans: null})).toBe(
      "the FGR's (Attorney General's Office) agents"
    )
    expect(translateTerms("ICE's agents", {to: 'es', glossary, style: 'gloss'})).toBe("ICE's agents")
  })

  it('should be idempotent when glossing', () => {
    const once = translateTerms('La Fiscalía General de la República (FGR) y la Guardia Nacional', {
      to: 'en',
      glossary,
      style: 'gloss'
    })
    expect(once).toBe(
      "La Fiscalía General de la República (Attorney General's Office) (FGR) y la Guardia Nacional (National Guard)"
    )
    expect(translateTerms(once, {to: 'en', glossary, style: 'gloss'})).toBe(once)
  })
})
