import {describe, expect, it} from 'vitest'
import {ExchangeError, exportGlossary, importGlossary} from '../../src/node/exchange/index.js'
import type {Concept} from '../../src/types.js'

const header =
  'id,lang,text,type,status,case,gender,forms,matchIn,requiresContext,notes,tests.match,tests.noMatch,kind,jurisdiction,parent,subjectField,validFrom,validUntil,replacedBy,historicalContexts,definition.en,definition.es,concept.notes,sources'

const fgr: Concept = {
  id: 'mx-fgr',
  kind: 'prosecutor',
  jurisdiction: 'mx-federal',
  validFrom: '2018-12-20',
  definition: {es: 'Órgano autónomo, "el MP".'},
  terms: [
    {
      text: 'Fiscalía General de la República',
      lang: 'es',
      type: 'fullForm',
      status: 'preferred',
      tests: {match: ['la FGR, dijo', 'Fiscalía General\nde la República']}
    },
    {text: '@FGRMexico', lang: 'es', type: 'handle', status: 'preferred', notes: '=HYPERLINK("x")'},
    {text: 'Attorney General’s Office', lang: 'en', type: 'fullForm', status: 'preferred', forms: ['a\\b', "'=c"]}
  ],
  sources: [{url: 'https://www.gob.mx/fgr', tier: 'official', accessed: '2026-11-29'}, {url: 'https://a.org/x', tier: 'news'}]
}

/**
 * Get the problems of a failing import.
 *
 * @param input
 *   CSV.
 * @returns
 *   Problems as `line:column ruleId`.
 */
function problems(input: string): string[] {
  try {
    importGlossary(input, {format: 'csv'})
  } catch (error) {
    expect(error).toBeInstanceOf(ExchangeError)
    return (error as ExchangeError).problems.map((d) => d.line + ':' + d.column + ' ' + d.ruleId)
  }

  throw new Error('Expected the import to fail')
}

describe('exportGlossary (CSV)', () => {
  it('should write one row per term, concept fields repeated, CRLF, RFC 4180 quoting, formula guard', () => {
    const csv = exportGlossary([fgr], 'csv') as string
    const shared =
      ',prosecutor,mx-federal,,,2018-12-20,,,,,"Órgano autónomo, ""el MP"".",,"https://www.gob.mx/fgr official 2026-11-29\nhttps://a.org/x news"'
    expect(csv).toBe(
      header + '\r\n' +
        'mx-fgr,es,Fiscalía General de la República,fullForm,preferred,,,,,,,"la FGR, dijo\nFiscalía General\\nde la República",' + shared + '\r\n' +
        "mx-fgr,es,'@FGRMexico,handle,preferred,,,,,,\"'=HYPERLINK(\"\"x\"\")\",," + shared + '\r\n' +
        "mx-fgr,en,Attorney General’s Office,fullForm,preferred,,,\"a\\\\b\n'=c\",,,,," + shared + '\r\n'
    )
    expect(importGlossary(csv)).toEqual([fgr])
  })

  it('should keep a concept without terms as a row without term cells', () => {
    const empty: Concept = {id: 'mx-empty', kind: 'other', jurisdiction: 'mx-state', terms: [], sources: []}
    const csv = exportGlossary([empty], 'csv') as string
    expect(csv.split('\r\n')[1]).toBe('mx-empty,,,,,,,,,,,,,other,mx-state,,,,,,,,,,')
    expect(importGlossary(csv)).toEqual([empty])
  })

  it('should start with a BOM only when asked', () => {
    expect((exportGlossary([fgr], 'csv', {bom: true}) as string).startsWith('\uFEFFid,lang,')).toBe(true)
    expect((exportGlossary([fgr], 'csv') as string).startsWith('id,lang,')).toBe(true)
  })

  it('should guard every formula starter and strip exactly one apostrophe on import', () => {
    const texts = ['=1+1', '+52', '-x', '@x', "'=x", "''+x", "'plain", '\tx', '=']
    const concept: Concept = {
      id: 'mx-guard',
      kind: 'other',
      jurisdiction: 'mx-state',
      terms: texts.map((notes) => ({text: 'x', lang: 'es' as const, type: 'variant' as const, status: 'admitted' as const, notes})),
      sources: []
    }
    const csv = exportGlossary([concept], 'csv') as string
    const cells = csv
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(',')[10])
    expect(cells).toEqual(["'=1+1", "'+52", "'-x", "'@x", "''=x", "'''+x", "'plain", "'\tx", "'="])
    expect(importGlossary(csv)).toEqual([concept])
  })
})

describe('importGlossary (CSV)', () => {
  it('should read a BOM, CRLF, quoted line breaks, columns in any order, sparse concept cells', () => {
    const csv =
      '\uFEFFtext,id,lang,kind,jurisdiction,requiresContext,notes\r\n' +
      'Guardia Nacional,mx-gn,es,police,mx-federal,,"Línea 1\r\nLínea 2"\r\n' +
      'GN,mx-gn,es,,,TRUE,\r\n' +
      'National Guard,mx-gn,en,,,,\r\n'
    expect(importGlossary(new TextEncoder().encode(csv))).toEqual([
      {
        id: 'mx-gn',
        kind: 'police',
        jurisdiction: 'mx-federal',
        terms: [
          {text: 'Guardia Nacional', lang: 'es', type: 'fullForm', status: 'preferred', notes: 'Línea 1\r\nLínea 2'},
          {text: 'GN', lang: 'es', type: 'fullForm', status: 'admitted', requiresContext: true},
          {text: 'National Guard', lang: 'en', type: 'fullForm', status: 'preferred'}
        ],
        sources: []
      }
    ])
  })

  it('should group rows by id in order of first appearance', () => {
    const csv = 'id,lang,text\nmx-a,es,uno\nmx-b,es,dos\nmx-a,en,one\n'
    expect(importGlossary(csv).map((d) => [d.id, d.terms.map((t) => t.text)])).toEqual([
      ['mx-a', ['uno', 'one']],
      ['mx-b', ['dos']]
    ])
  })

  it('should use defaults for kind and jurisdiction when the file has none', () => {
    const [concept] = importGlossary('id,lang,text\nus-x,en,X\n', {jurisdiction: 'us-state'})
    expect([concept?.kind, concept?.jurisdiction]).toEqual(['other', 'us-state'])
  })

  it('should report every problem at once with line and column', () => {
    const csv =
      'id,lang,text,status,colour,kind\n' +
      'mx-a,es,uno,preferred,red,police\n' +
      'mx-a,fr,un,preferred,,police\n' +
      'mx-a,es,,,,court\n' +
      ',en,x,,,\n' +
      'mx-b,en,two,best,,\n'
    expect(problems(csv)).toEqual([
      '1:21 csv-header',
      '3:6 csv-value',
      '4:1 csv-value',
      '4:12 csv-conflict',
      '5:1 csv-value',
      '6:13 csv-value'
    ])
  })

  it('should say what is wrong', () => {
    expect(() => importGlossary('id,lang,text,colour\nmx-a,es,x,\n', {format: 'csv'})).toThrow(
      'Cannot import CSV (1 problem):\n  1:14: Unexpected column `colour`, expected `id`, `lang`, `text`'
    )
    expect(() => importGlossary('id,lang,text,sources\nmx-a,es,x,https://a.org best\n', {format: 'csv'})).toThrow(
      'Unexpected source "https://a.org best", expected `URL TIER [ACCESSED]` with a tier of `official`, `wikipedia`, `news` or `other`'
    )
  })

  it('should fail on broken CSV syntax with its place', () => {
    expect(problems('id,lang,text\nmx-a,es,"open\n')).toEqual(['2:9 csv-syntax'])
    expect(problems('id,lang,text\nmx-a,es,"a"b\n')).toEqual(['2:12 csv-syntax'])
    expect(problems('')).toEqual(['1:1 csv-header'])
    expect(problems('text\nx\n')).toEqual(['1:1 csv-header', '1:1 csv-header', '2:1 csv-value'])
  })
})
