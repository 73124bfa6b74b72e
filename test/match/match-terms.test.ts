import {describe, expect, it} from 'vitest'
import {getIndex} from '../../src/match/build-index.js'
import {matchTerms, termKey} from '../../src/match/index.js'
import type {Concept, Glossary} from '../../src/types.js'
import {concept, makeGlossary, testConcepts, testGlossary as glossary} from './glossary.js'

function pairs(text: string, options: Omit<Parameters<typeof matchTerms>[1], 'glossary'> & {glossary?: Glossary} = {}) {
  return matchTerms(text, {glossary, ...options}).map((match) => [match.text, match.entry])
}

function simple(id: string, ...texts: string[]): Concept {
  return concept(
    id,
    'other',
    texts.map((text) => ({text, lang: 'en', type: 'fullForm', status: 'preferred'}))
  )
}

describe('matchTerms', () => {
  it('should throw on a missing glossary', () => {
    // @ts-expect-error: misuse.
    expect(() => matchTerms('FGR', {})).toThrow(/Unexpected missing `glossary` option/)
    // @ts-expect-error: misuse.
    expect(() => matchTerms('FGR')).toThrow(/`glossary`/)
  })

  it('should throw on a bad `lang` or `text`', () => {
    // @ts-expect-error: misuse.
    expect(() => matchTerms('FGR', {glossary, lang: 'fr'})).toThrow("Unexpected `lang` value `fr`, expected `'en'` or `'es'`")
    // @ts-expect-error: misuse.
    expect(() => matchTerms(42, {glossary})).toThrow('Unexpected `text` value `number`, expected a string')
  })

  it('should return nothing for empty or blank text', () => {
    expect(matchTerms('', {glossary})).toEqual([])
    expect(matchTerms(' \n\n\t ', {glossary})).toEqual([])
  })

  it('should return the full match shape', () => {
    expect(matchTerms('la Fiscalia General de la Republica', {glossary})).toEqual([
      {
        start: 3,
        end: 35,
        text: 'Fiscalia General de la Republica',
        entry: 'mx-fgr',
        lang: 'es',
        form: 'Fiscalía General de la República',
        status: 'preferred'
      }
    ])
  })

  it('should prefer the longest match and never overlap', () => {
    expect(pairs('la Policía Federal Ministerial')).toEqual([['Policía Federal Ministerial', 'mx-pfm']])
    expect(pairs('la Policía Federal')).toEqual([['Policía Federal', 'mx-policia-federal']])
    expect(pairs('the Attorney General said')).toEqual([['Attorney General', 'mx-fiscal-general']])
    expect(pairs("the Attorney General's Office said")).toEqual([["Attorney General's Office", 'mx-fgr']])
  })

  it('should apply case rules (permissive names, exact acronyms)', () => {
    expect(pairs('GUARDIA NACIONAL')).toEqual([['GUARDIA NACIONAL', 'mx-guardia-nacional']])
    expect(pairs('una guardia nacional')).toEqual([])
    expect(pairs('Guardia nacional')).toEqual([])
    expect(pairs('ice and Ice and ICE')).toEqual([['ICE', 'us-ice']])
    expect(pairs('la sedena y la SEDENA')).toEqual([['SEDENA', 'mx-sedena']])
  })

  it('should compare handles in any case, as Twitter does', () => {
    expect(pairs('@FGRMEXICO @fgrmexico @FgrMexico')).toHaveLength(3)
  })

  it('should match `insensitive` terms in any case', () => {
    const custom = makeGlossary([
      concept('x-gran-jurado', 'legal', [
        {text: 'gran jurado', lang: 'es', type: 'fullForm', status: 'preferred', case: 'insensitive'}
      ])
    ])
    expect(pairs('El Gran Jurado y el GRAN JURADO y el gran jurado', {glossary: custom})).toHaveLength(3)
  })

  it('should read `EU` by the language of the span', () => {
    const text = 'EU dijo. EU said.'
    const spans = [
      {start: 0, end: 8, lang: 'es' as const},
      {start: 9, end: 17, lang: 'en' as const}
    ]
    expect(pairs(text, {spans})).toEqual([
      ['EU', 'place-us'],
      ['EU', 'intl-eu']
    ])
    expect(pairs('EU', {lang: 'es'})).toEqual([['EU', 'place-us']])
    expect(pairs('EU', {lang: 'en'})).toEqual([['EU', 'intl-eu']])
  })

  it('should let spans win over `lang`', () => {
    expect(pairs('EU', {lang: 'en', spans: [{start: 0, end: 2, lang: 'es'}]})).toEqual([['EU', 'place-us']])
  })

  it('should let function words decide in mixed spans', () => {
    const text = 'agentes de EU en México; the EU said'
    expect(pairs(text, {spans: [{start: 0, end: text.length, lang: 'mixed'}]})).toEqual([
      ['EU', 'place-us'],
      ['EU', 'intl-eu']
    ])
  })

  it('should resolve a bare `Fiscalía` by context', () => {
    expect(pairs('La Fiscalía informó')).toEqual([['Fiscalía', 'mx-fiscalia-estatal']])
    expect(pairs('La FGR atrajo el caso. La Fiscalía informó')).toEqual([
      ['FGR', 'mx-fgr'],
      ['Fiscalía', 'mx-fgr']
    ])
    expect(pairs('La @FGRMexico informó. La Fiscalía dijo')).toEqual([
      ['@FGRMexico', 'mx-fgr'],
      ['Fiscalía', 'mx-fgr']
    ])
  })

  it('should not resolve `Fiscalía` to the FGR when it starts a longer name', () => {
    expect(pairs('La FGR y la Fiscalía de Jalisco')).toEqual([
      ['FGR', 'mx-fgr'],
      ['Fiscalía', 'mx-fiscalia-estatal']
    ])
    expect(pairs('La FGR y la Fiscalía Anticorrupción')).toEqual([
      ['FGR', 'mx-fgr'],
      ['Fiscalía', 'mx-fiscalia-estatal']
    ])
  })

  it('should drop a term that requires context when no other concept has it', () => {
    const fgrOnly = makeGlossary(testConcepts.filter((item) => item.id === 'mx-fgr'))
    expect(pairs('La Fiscalía informó', {glossary: fgrOnly})).toEqual([])
    expect(pairs('La FGR. La Fiscalía informó', {glossary: fgrOnly})).toEqual([
      ['FGR', 'mx-fgr'],
      ['Fiscalía', 'mx-fgr']
    ])
  })

  it('should let a nearby mention’s country decide between terms that need context', () => {
    const custom = makeGlossary([
      concept('mx-gn', 'military', [
        {text: 'Guardia Nacional', lang: 'es', type: 'fullForm', status: 'preferred'},
        {text: 'National Guard', lang: 'en', type: 'fullForm', status: 'preferred', requiresContext: true}
      ], {parent: 'mx-sedena'}),
      concept('us-ng', 'military', [
        {text: 'U.S. National Guard', lang: 'en', type: 'fullForm', status: 'preferred'},
        {text: 'National Guard', lang: 'en', type: 'shortForm', status: 'admitted', requiresContext: true}
      ]),
      concept('mx-fgr', 'prosecutor', [{text: 'FGR', lang: 'es', type: 'acronym', status: 'preferred'}]),
      concept('us-cbp', 'agency', [{text: 'CBP', lang: 'en', type: 'acronym', status: 'preferred'}])
    ])
    expect(pairs('The FGR and the National Guard.', {glossary: custom})).toEqual([
      ['FGR', 'mx-fgr'],
      ['National Guard', 'mx-gn']
    ])
    expect(pairs('The National Guard helped CBP.', {glossary: custom})).toEqual([
      ['National Guard', 'us-ng'],
      ['CBP', 'us-cbp']
    ])
    expect(pairs('The National Guard arrived.', {glossary: custom})).toEqual([])
    const far = 'The FGR acted. ' + 'Nothing else happened here. '.repeat(20) + 'The National Guard arrived.'
    expect(pairs(far, {glossary: custom})).toEqual([['FGR', 'mx-fgr']])
  })

  it('should not take a place inside a longer capitalised name', () => {
    expect(pairs('En Ciudad de Estados Unidos y en Estados Unidos', {lang: 'es'})).toEqual([['Estados Unidos', 'place-us']])
    expect(pairs('Agentes de EU llegaron', {lang: 'es'})).toEqual([['EU', 'place-us']])
  })

  it('should qualify English names of US institutions with `U.S.`', () => {
    expect(pairs('the U.S. Immigration and Customs Enforcement agency')).toEqual([
      ['U.S. Immigration and Customs Enforcement', 'us-ice']
    ])
    expect(pairs('the U.S. Homeland Security Investigations unit')).toEqual([['U.S. Homeland Security Investigations', 'us-hsi']])
  })

  it('should keep offsets into NFD text', () => {
    const text = 'la Fiscali\u0301a General de la Repu\u0301blica.'
    const [match] = matchTerms(text, {glossary})
    expect(match?.text).toBe('Fiscali\u0301a General de la Repu\u0301blica')
    expect(text.slice(match!.start, match!.end)).toBe(match!.text)
  })

  it('should match fullwidth and compatibility forms', () => {
    expect(pairs('la ＦＧＲ dijo')).toEqual([['ＦＧＲ', 'mx-fgr']])
  })

  it('should not match inside URLs or email addresses', () => {
    expect(pairs('https://fgr.org.mx/FGR prensa@FGR.org.mx')).toEqual([])
  })

  it('should match terms of regex metacharacters literally', () => {
    const custom = makeGlossary([simple('x-a', '.*'), simple('x-b', '(a)'), simple('x-c', '^$'), simple('x-d', 'a+b')])
    expect(pairs('ab .* (a) ^$ a+b aab', {glossary: custom})).toEqual([
      ['.*', 'x-a'],
      ['(a)', 'x-b'],
      ['^$', 'x-c'],
      ['a+b', 'x-d']
    ])
  })

  it('should ignore empty and whitespace-only terms', () => {
    const custom = makeGlossary([simple('x-empty', ''), simple('x-blank', ' \n '), simple('x-word', 'word')])
    expect(pairs(' word  ', {glossary: custom})).toEqual([['word', 'x-word']])
  })

  it('should pick leftmost-longest among nested and overlapping terms', () => {
    const custom = makeGlossary([simple('x-1', 'a b'), simple('x-2', 'b c d'), simple('x-3', 'a'), simple('x-4', 'a b c d e')])
    expect(pairs('a b c d x a b c d e', {glossary: custom})).toEqual([
      ['a b', 'x-1'],
      ['c', 'x-0'].slice(0, 0) as never,
      ['a b c d e', 'x-4']
    ].filter((item) => item.length > 0))
  })

  it('should match a 1 MB term', () => {
    const long = Array.from({length: 150_000}, (_, index) => 'w' + (index % 97)).join(' ')
    expect(long.length).toBeGreaterThan(500_000)
    const custom = makeGlossary([simple('x-long', long), simple('x-short', 'w0 w1')])
    const text = 'before ' + long + ' after w0 w1'
    const result = matchTerms(text, {glossary: custom})
    expect(result.map((match) => match.entry)).toEqual(['x-long', 'x-short'])
    expect(result[0]!.text).toBe(long)
  })

  it('should handle many terms sharing a prefix', () => {
    const terms = Array.from({length: 20_000}, (_, index) => simple('x-' + index, 'shared prefix ' + index))
    const custom = makeGlossary(terms)
    expect(pairs('the shared prefix 19999 and shared prefix 7 and shared prefix', {glossary: custom})).toEqual([
      ['shared prefix 19999', 'x-19999'],
      ['shared prefix 7', 'x-7']
    ])
  })

  it('should build the index once per glossary', () => {
    matchTerms('FGR', {glossary})
    expect(getIndex(glossary)).toBe(getIndex(glossary))
    expect(getIndex(makeGlossary(testConcepts))).not.toBe(getIndex(glossary))
  })

  it('should not throw on hostile input', () => {
    const inputs = ['\u0000FGR\u0000', '\uD800FGR\uDC00', '__proto__ constructor FGR', '<script>FGR</script>', '🇲🇽FGR👍🏽', 'F.'.repeat(1000)]
    for (const input of inputs) expect(() => matchTerms(input, {glossary})).not.toThrow()
    expect(pairs('<script>FGR</script>')).toEqual([['FGR', 'mx-fgr']])
  })
})

describe('termKey', () => {
  it('should fold accents, case, apostrophes, hyphens, dots and line breaks', () => {
    expect(termKey('FISCALÍA General\nde la República')).toBe('fiscalia general de la republica')
    expect(termKey('F.G.R.')).toBe(termKey('FGR'))
    expect(termKey('EE. UU.')).toBe(termKey('EEUU'))
    expect(termKey('EE.UU.')).toBe(termKey('EEUU'))
    expect(termKey('Attorney General’s Office')).toBe(termKey("Attorney General's Office"))
    expect(termKey('Jalisco-Nueva')).toBe(termKey('Jalisco Nueva'))
    expect(termKey('*Guardia* Nacional')).toBe(termKey('Guardia Nacional'))
    expect(termKey('ICE’s')).toBe('ice \'s')
  })

  it('should keep paragraph breaks and intraword underscores', () => {
    expect(termKey('Guardia\n\nNacional')).toBe('guardia ¶ nacional')
    expect(termKey('Guardia\r\n\r\nNacional')).toBe('guardia ¶ nacional')
    expect(termKey('Guardia_Nacional')).toBe('guardia _ nacional')
  })

  it('should not merge sentence-final capitals with the next word', () => {
    expect(termKey('EE. UU. Y MÉXICO')).toBe('eeuu y mexico')
    expect(termKey('Plan B. A new')).toBe('plan b . a new')
  })
})
