import {describe, expect, it} from 'vitest'
import {cognateKeys} from '../../src/align/cognate.js'
import {isEnglishFrameWord, isEnglishStopword, stemEnglish} from '../../src/align/english.js'
import {defaultStrengths, extractFeatures} from '../../src/align/features.js'
import {fold} from '../../src/align/fold.js'
import {createKeyTable, type KeyTable} from '../../src/align/keys.js'
import {getDefaultLexicon} from '../../src/align/lexicon.js'
import {lengthCost, normalCdf} from '../../src/align/length.js'
import {numberReadings} from '../../src/align/numbers.js'
import {spanishCandidates} from '../../src/align/spanish.js'
import type {Lang} from '../../src/types.js'

/** Keys of each unit of a text, as `text: key key…`. */
function units(text: string, lang: Lang, keys: KeyTable = createKeyTable()): Array<{text: string; keys: string[]}> {
  const features = extractFeatures(text, lang, {keys, lexicon: getDefaultLexicon(), strengths: defaultStrengths})
  return features.units.map((unit) => ({text: text.slice(unit.start, unit.end), keys: unit.keys.map((d) => keys.names[d]!)}))
}

/** Whether a Spanish and an English text share a key of the given prefix. */
function shared(es: string, en: string, prefix: string): string[] {
  const keys = createKeyTable()
  const esKeys = new Set(units(es, 'es', keys).flatMap((d) => d.keys))
  return [...new Set(units(en, 'en', keys).flatMap((d) => d.keys))].filter((d) => esKeys.has(d) && d.startsWith(prefix))
}

describe('fold', () => {
  it('should fold case and accents, composed or decomposed', () => {
    expect(fold('Coordinación')).toBe('coordinacion')
    expect(fold('coordinacio\u0301n')).toBe('coordinacion')
    expect(fold('AÑO')).toBe('ano')
  })
})

describe('stemEnglish', () => {
  it('should meet base forms and inflected forms', () => {
    expect(stemEnglish('clarified')).toBe(stemEnglish('clarify'))
    expect(stemEnglish('agents')).toBe(stemEnglish('agent'))
    expect(stemEnglish('dismantled')).toBe(stemEnglish('dismantling'))
    expect(stemEnglish('said')).toBe('say')
    expect(stemEnglish("prosecutor's")).toBe('prosecutor')
    expect(stemEnglish('stopped')).toBe('stop')
  })

  it('should know function and attribution words', () => {
    expect(isEnglishStopword('The')).toBe(true)
    expect(isEnglishStopword('embassy')).toBe(false)
    expect(isEnglishFrameWord('said')).toBe(true)
    expect(isEnglishFrameWord('labs')).toBe(false)
  })
})

describe('spanishCandidates', () => {
  it('should propose lemmas of plural, gender, enclitic and verb forms', () => {
    expect(spanishCandidates('agentes')).toContain('agente')
    expect(spanishCandidates('certificada')).toContain('certificado')
    expect(spanishCandidates('aclaro')).toContain('aclarar')
    expect(spanishCandidates('participen')).toContain('participar')
    expect(spanishCandidates('decirlo')).toContain('decir')
    expect(spanishCandidates('veces')).toContain('vez')
    expect(spanishCandidates('agentes')).not.toContain('agentes')
  })
})

describe('cognateKeys', () => {
  it('should give cognates a shared key', () => {
    const same = (es: string, en: string) => cognateKeys(es, 'es').some((d) => cognateKeys(en, 'en').includes(d))
    expect(same('coordinación', 'coordination')).toBe(true)
    expect(same('subordinación', 'subordination')).toBe(true)
    expect(same('teléfono', 'telephone')).toBe(true)
    expect(same('sistema', 'system')).toBe(true)
    expect(same('elección', 'election')).toBe(true)
    expect(same('desmantelamiento', 'dismantled')).toBe(true)
    expect(same('especial', 'special')).toBe(true)
    expect(same('perro', 'dog')).toBe(false)
  })

  it('should ignore very short words', () => {
    expect(cognateKeys('el', 'es')).toEqual([])
  })
})

describe('numberReadings', () => {
  it('should read every separator convention', () => {
    expect(numberReadings('16,096')).toEqual([16_096, 16.096])
    expect(numberReadings('2,5')).toEqual([2.5])
    expect(numberReadings('3.1')).toEqual([3.1])
    expect(numberReadings('1.234.567')).toEqual([1_234_567])
    expect(numberReadings('1,234.5')).toEqual([1234.5])
    expect(numberReadings('1.234,5')).toEqual([1234.5])
    expect(numberReadings('50%')).toEqual([50])
    expect(numberReadings('096')).toEqual([96])
    expect(numberReadings('10:30')).toEqual([])
  })
})

describe('extractFeatures', () => {
  it('should match numbers across conventions and scale words', () => {
    expect(shared('16 mil 096 detenidos', '16,096 detainees', '#')).toContain('#16096')
    expect(shared('una tasa de 2,5 por ciento', 'a rate of 2.5 percent', '#')).toContain('#2.5')
    expect(shared('400 millones de euros', '400 million euros', '#')).toEqual(['#400', '#400000000'])
    expect(shared('US$ 20', '$20', 'w:')).toContain('w:dollar')
  })

  it('should match dates as one unit', () => {
    expect(shared('el 15 de mayo de 2025', 'on May 15, 2025', 'd:')).toEqual(['d:5-15'])
    expect(units('el 15 de mayo de 2025', 'es').map((d) => d.text)).toEqual(['15 de mayo de 2025'])
    expect(shared('el 4 de febrero', 'on 4 February', 'd:')).toEqual(['d:2-4'])
  })

  it('should split handles into names and words', () => {
    expect(shared('La @FGRMexico informó', 'The FGR said', 'n:')).toContain('n:fgr')
    expect(shared('La @USEmbassyMEX aclaró', 'The U.S. embassy in Mexico', 'w:')).toContain('w:embassy')
    expect(shared('La presidenta @Claudiashein', 'President Claudia Sheinbaum', 'g:')).toEqual(['g:claud', 'g:shein'])
  })

  it('should read dotted acronyms and flags', () => {
    expect(shared('agentes de EE. UU.', 'U.S. agents', 'n:')).toContain('n:us')
    expect(shared('agentes de EU', 'U.S. agents', 'n:')).toContain('n:us')
    expect(shared('operativos en 🇲🇽', 'operations in Mexico', 'n:')).toContain('n:mexico')
  })

  it('should translate through the lexicon and lemmatiser', () => {
    expect(shared('aclaró', 'clarified', 'w:')).toEqual(['w:clarify'])
    expect(shared('narcolaboratorios', 'drug labs', 'w:')).toEqual(['w:drug', 'w:lab'])
  })

  it('should skip function words and punctuation', () => {
    expect(units('de la que, y en el.', 'es')).toEqual([])
    expect(units('the of and, to.', 'en')).toEqual([])
  })

  it('should merge the words of a glossary term into one unit', () => {
    const keys = createKeyTable()
    const text = "the Attorney General's Office said"
    const features = extractFeatures(text, 'en', {keys, lexicon: undefined, strengths: defaultStrengths}, [
      {start: 4, end: 29, entries: ['mx-fgr']}
    ])
    expect(features.units.map((d) => text.slice(d.start, d.end))).toEqual(["Attorney General's Office", 'said'])
    expect(features.units[0]!.keys.map((d) => keys.names[d])).toContain('t:mx-fgr')
  })

  it('should not be fooled by prototype names or odd text', () => {
    expect(() => units('__proto__ constructor CONSTRUCTOR toString', 'es')).not.toThrow()
    expect(() => units('\u0000 \uD800 x\r\n🇲🇽🏳️‍🌈 <script>', 'en')).not.toThrow()
  })
})

describe('lengthCost', () => {
  it('should be 0 for the expected ratio and grow with the deviation', () => {
    expect(lengthCost(107, 100, 1.07)).toBeCloseTo(0, 6)
    expect(lengthCost(200, 100, 1.07)).toBeGreaterThan(lengthCost(150, 100, 1.07))
    expect(lengthCost(0, 0, 1.07)).toBe(0)
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3)
  })
})
