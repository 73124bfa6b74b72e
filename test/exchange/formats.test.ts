import i18next from 'i18next'
import {describe, expect, it} from 'vitest'
import {exportGlossary, toI18nextBundles} from '../../src/node/exchange/index.js'
import type {Concept} from '../../src/types.js'

const concepts: Concept[] = [
  {
    id: 'mx-fgr',
    kind: 'prosecutor',
    jurisdiction: 'mx-federal',
    definition: {en: 'Mexico’s federal prosecution service.', es: 'Órgano autónomo.'},
    terms: [
      {text: 'Fiscalía General de la República', lang: 'es', type: 'fullForm', status: 'preferred'},
      {text: 'FGR', lang: 'es', type: 'acronym', status: 'preferred'},
      {text: '@FGRMexico', lang: 'es', type: 'handle', status: 'preferred'},
      {text: 'Fiscalía', lang: 'es', type: 'shortForm', status: 'admitted', requiresContext: true},
      {text: "Attorney General's Office", lang: 'en', type: 'fullForm', status: 'preferred'}
    ],
    sources: []
  },
  {
    id: 'mx-pgr',
    kind: 'prosecutor',
    jurisdiction: 'mx-federal',
    replacedBy: 'mx-fgr',
    terms: [
      {text: 'Procuraduría General de la República', lang: 'es', type: 'fullForm', status: 'superseded'},
      {text: 'PGR', lang: 'es', type: 'acronym', status: 'superseded'},
      {text: 'Office of the Attorney General of the Republic', lang: 'en', type: 'fullForm', status: 'superseded'}
    ],
    sources: []
  },
  {
    id: 'us-ice',
    kind: 'agency',
    jurisdiction: 'us-federal',
    terms: [
      {text: 'Immigration and Customs Enforcement', lang: 'en', type: 'fullForm', status: 'preferred'},
      {text: 'ICE', lang: 'en', type: 'acronym', status: 'preferred'},
      {text: 'Servicio de Inmigración y Control de Aduanas', lang: 'es', type: 'fullForm', status: 'preferred'},
      {text: 'ICE', lang: 'es', type: 'acronym', status: 'preferred'}
    ],
    sources: []
  },
  {
    id: 'us-usa',
    kind: 'place',
    jurisdiction: 'us-federal',
    terms: [
      {text: 'Estados Unidos', lang: 'es', type: 'fullForm', status: 'preferred'},
      {text: 'EU', lang: 'es', type: 'acronym', status: 'preferred', matchIn: ['es']},
      {text: 'EE. UU.', lang: 'es', type: 'acronym', status: 'admitted'},
      {text: 'United States', lang: 'en', type: 'fullForm', status: 'preferred'},
      {text: 'US', lang: 'en', type: 'acronym', status: 'preferred'}
    ],
    sources: []
  },
  {
    id: 'intl-eu',
    kind: 'international',
    jurisdiction: 'international',
    terms: [
      {text: 'Unión Europea', lang: 'es', type: 'fullForm', status: 'preferred'},
      {text: 'UE', lang: 'es', type: 'acronym', status: 'preferred'},
      {text: 'European Union', lang: 'en', type: 'fullForm', status: 'preferred'},
      {text: 'EU', lang: 'en', type: 'acronym', status: 'preferred', matchIn: ['en']}
    ],
    sources: []
  },
  {
    id: 'mx-fiscalia-estatal',
    kind: 'prosecutor',
    jurisdiction: 'mx-state',
    terms: [
      {text: 'Fiscalía', lang: 'es', type: 'fullForm', status: 'preferred'},
      {text: 'state prosecutor’s office', lang: 'en', type: 'fullForm', status: 'preferred'}
    ],
    sources: []
  },
  {
    id: 'mx-tab',
    kind: 'other',
    jurisdiction: 'mx-state',
    terms: [
      {text: 'Tab\there', lang: 'es', type: 'fullForm', status: 'preferred'},
      {text: 'Tab there', lang: 'en', type: 'fullForm', status: 'preferred'}
    ],
    sources: []
  }
]

describe('exportGlossary (DeepL)', () => {
  it('should write one TSV per direction with unambiguous preferred names', () => {
    expect(exportGlossary(concepts, 'deepl')).toEqual({
      'glossary.es-en.tsv':
        "Fiscalía General de la República\tAttorney General's Office\n" +
        'Procuraduría General de la República\tOffice of the Attorney General of the Republic\n' +
        'Servicio de Inmigración y Control de Aduanas\tImmigration and Customs Enforcement\n' +
        'ICE\tICE\n' +
        'Estados Unidos\tUnited States\n' +
        'Unión Europea\tEuropean Union\n' +
        // The source is unambiguous; the target is what the Spanish side prefers.
        'UE\tEU\n',
      'glossary.en-es.tsv':
        "Attorney General's Office\tFiscalía General de la República\n" +
        'Office of the Attorney General of the Republic\tProcuraduría General de la República\n' +
        'Immigration and Customs Enforcement\tServicio de Inmigración y Control de Aduanas\n' +
        'ICE\tICE\n' +
        'United States\tEstados Unidos\n' +
        'US\tEU\n' +
        'European Union\tUnión Europea\n' +
        'state prosecutor’s office\tFiscalía\n'
    })
  })

  it('should leave out homographs as sources: `Fiscalía` (two concepts), `EU` (matchIn), acronyms without a counterpart, tabs', () => {
    const files = exportGlossary(concepts, 'deepl') as Record<string, string>
    const sources = Object.values(files).flatMap((d) => d.split('\n').map((line) => line.split('\t')[0]))
    expect(sources).not.toContain('Fiscalía')
    expect(sources).not.toContain('EU')
    expect(sources).not.toContain('FGR')
    expect(sources).not.toContain('Tab\there')
  })
})

describe('exportGlossary (Google)', () => {
  it('should write an equivalent term set CSV with language-code header', () => {
    expect(exportGlossary(concepts, 'google')).toBe(
      'en,es,pos,description\r\n' +
        "Attorney General's Office,Fiscalía General de la República,noun,Mexico’s federal prosecution service.\r\n" +
        'Office of the Attorney General of the Republic,Procuraduría General de la República,noun,mx-pgr\r\n' +
        'Immigration and Customs Enforcement,Servicio de Inmigración y Control de Aduanas,noun,us-ice\r\n' +
        'ICE,ICE,noun,us-ice\r\n' +
        'United States,Estados Unidos,noun,us-usa\r\n' +
        'European Union,Unión Europea,noun,intl-eu\r\n'
    )
  })

  it('should add a BOM when asked', () => {
    expect((exportGlossary(concepts, 'google', {bom: true}) as string).startsWith('\uFEFFen,es,')).toBe(true)
  })
})

describe('exportGlossary (i18next)', () => {
  it('should write bundles keyed by concept id', () => {
    const bundles = JSON.parse(exportGlossary(concepts, 'i18next') as string) as Record<string, Record<string, unknown>>
    expect(bundles['es']?.['mx-fgr']).toEqual({
      name: 'Fiscalía General de la República',
      acronym: 'FGR',
      handle: '@FGRMexico',
      definition: 'Órgano autónomo.'
    })
    expect(bundles['en']?.['mx-pgr']).toEqual({name: 'Office of the Attorney General of the Republic'})
    expect(Object.keys(bundles['en'] ?? {})).toHaveLength(7)
  })

  it('should work with a real i18next instance through `addResourceBundle`', async () => {
    const instance = i18next.createInstance()
    await instance.init({lng: 'es', fallbackLng: 'en', resources: {}})
    const bundles = toI18nextBundles(concepts)
    instance.addResourceBundle('es', 'glossary', bundles.es)
    instance.addResourceBundle('en', 'glossary', bundles.en)

    expect(instance.t('mx-fgr.name', {ns: 'glossary'})).toBe('Fiscalía General de la República')
    expect(instance.t('mx-fgr.acronym', {ns: 'glossary'})).toBe('FGR')
    expect(instance.t('glossary:us-usa.acronym', {lng: 'en'})).toBe('US')
    // The PGR has no English acronym: i18next gives the key back.
    expect(instance.t('mx-pgr.acronym', {ns: 'glossary', lng: 'en'})).toBe('mx-pgr.acronym')
    expect(instance.t('intl-eu.acronym', {ns: 'glossary', lng: 'en'})).toBe('EU')
  })
})

describe('toI18nextBundles', () => {
  it('should keep hostile ids as plain keys, without prototype pollution', () => {
    const hostile: Concept[] = [
      {id: '__proto__', kind: 'other', jurisdiction: 'mx-state', terms: [{text: 'x', lang: 'en', type: 'fullForm', status: 'preferred'}], sources: []}
    ]
    const bundles = toI18nextBundles(hostile)
    expect(Object.keys(bundles.en)).toEqual(['__proto__'])
    expect(JSON.parse(exportGlossary(hostile, 'i18next') as string)).toEqual({en: JSON.parse('{"__proto__": {"name": "x"}}'), es: {}})
    expect(({} as Record<string, unknown>)['name']).toBe(undefined)
  })
})

describe('exportGlossary (abbr)', () => {
  it('should write one abbreviation block per language, leaving out ambiguous acronyms', () => {
    expect(exportGlossary(concepts, 'abbr')).toEqual({
      'abbr.es.md':
        '*[EE. UU.]: Estados Unidos\n' +
        '*[EU]: Estados Unidos\n' +
        '*[FGR]: Fiscalía General de la República\n' +
        '*[ICE]: Servicio de Inmigración y Control de Aduanas\n' +
        '*[PGR]: Procuraduría General de la República\n' +
        '*[UE]: Unión Europea\n',
      'abbr.en.md':
        '*[EU]: European Union\n' +
        '*[ICE]: Immigration and Customs Enforcement\n' +
        '*[US]: United States\n'
    })
  })

  it('should leave out an acronym two concepts expand differently', () => {
    const clash: Concept[] = [
      {id: 'mx-a', kind: 'other', jurisdiction: 'mx-state', terms: [{text: 'SSP', lang: 'es', type: 'acronym', status: 'preferred'}, {text: 'Secretaría A', lang: 'es', type: 'fullForm', status: 'preferred'}], sources: []},
      {id: 'mx-b', kind: 'other', jurisdiction: 'mx-state', terms: [{text: 'SSP', lang: 'es', type: 'acronym', status: 'preferred'}, {text: 'Secretaría B', lang: 'es', type: 'fullForm', status: 'preferred'}], sources: []}
    ]
    expect(exportGlossary(clash, 'abbr')).toEqual({'abbr.es.md': '', 'abbr.en.md': ''})
  })
})
