import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {ExchangeError, importGlossary} from '../../src/node/exchange/index.js'
import type {ExchangeProblem} from '../../src/node/exchange/index.js'

/**
 * Read a fixture as bytes.
 *
 * @param name
 *   File name in `test/fixtures/tbx/`.
 * @returns
 *   Bytes.
 */
function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL('../fixtures/tbx/' + name, import.meta.url)))
}

/**
 * Get the problems of a failing import.
 *
 * @param run
 *   Import to run.
 * @returns
 *   Problems, without reasons.
 */
function problemsOf(run: () => unknown): Array<Omit<ExchangeProblem, 'reason'>> {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ExchangeError)
    return (error as ExchangeError).problems.map(({line, column, ruleId}) => ({line, column, ruleId}))
  }

  throw new Error('Expected the import to fail')
}

const astronomyLike = [
  {
    id: 'ssp-1',
    kind: 'other',
    jurisdiction: 'international',
    subjectField: 'security',
    definition: {
      en: "Mexico's federal ministry of public security.",
      es: 'Secretaría federal a cargo de la seguridad pública.'
    },
    terms: [
      {
        text: 'Secretaría de Seguridad y Protección Ciudadana',
        lang: 'es',
        type: 'fullForm',
        status: 'preferred',
        gender: 'feminine'
      },
      {text: 'SSPC', lang: 'es', type: 'acronym', status: 'preferred'},
      {
        text: 'Secretaría de Seguridad Pública',
        lang: 'es',
        type: 'variant',
        status: 'superseded',
        notes: 'Name until 2018.'
      },
      {text: 'Security and Civilian Protection Ministry', lang: 'en', type: 'fullForm', status: 'preferred'},
      {text: 'Public Security Ministry', lang: 'en', type: 'shortForm', status: 'deprecated'}
    ],
    sources: [
      {url: 'https://www.gob.mx/sspc', tier: 'other'},
      {url: 'https://example.org/nota', tier: 'other'}
    ],
    notes: 'Federal ministry of public security.'
  },
  {
    id: 'mx-inm',
    kind: 'other',
    jurisdiction: 'international',
    subjectField: 'immigration',
    terms: [
      {text: 'Instituto Nacional de Migración', lang: 'es', type: 'fullForm', status: 'admitted'},
      {text: 'National Migration Institute', lang: 'en', type: 'fullForm', status: 'preferred'}
    ],
    sources: []
  }
]

describe('importGlossary (TBX)', () => {
  it('should read TBX v3 DCA: es/en only, white space collapsed, foreign ids kept when valid', () => {
    expect(importGlossary(fixture('v3-dca.tbx'))).toEqual(astronomyLike)
  })

  it('should read DCT style as the same glossary as DCA', () => {
    expect(importGlossary(fixture('v3-dct.tbx'))).toEqual(astronomyLike)
  })

  it('should read the older `urn:iso:std:iso:30042:ed:3.0` namespace', () => {
    expect(importGlossary(fixture('v3-ed3-namespace.tbx'))).toEqual(astronomyLike)
  })

  it('should keep the keys of imported concepts in glosa’s order', () => {
    const [first] = importGlossary(fixture('v3-dca.tbx'))
    expect(Object.keys(first ?? {})).toEqual([
      'id',
      'kind',
      'jurisdiction',
      'subjectField',
      'definition',
      'terms',
      'sources',
      'notes'
    ])
  })

  it('should read a TBX v2 vendor export and map its picklist values', () => {
    expect(importGlossary(fixture('v2-martif.tbx'))).toEqual([
      {
        id: 'international-te-0001',
        kind: 'other',
        jurisdiction: 'international',
        subjectField: 'justice',
        definition: {en: 'Federal prosecution service of Mexico, autonomous since 2018.'},
        terms: [
          // `entryTerm` → fullForm; `f` → feminine; no stated status, no other
          // preferred term → preferred.
          {text: 'Fiscalía General de la República', lang: 'es', type: 'fullForm', status: 'preferred', gender: 'feminine'},
          // `synonym` → variant; `obsolete` → superseded.
          {text: 'Procuraduría General de la República', lang: 'es', type: 'variant', status: 'superseded'},
          {
            text: "Attorney General's Office",
            lang: 'en',
            type: 'fullForm',
            status: 'preferred',
            notes: 'Add "of Mexico" when needed.'
          },
          // `forbidden` → deprecated; the empty `<term/>` is skipped.
          {text: 'Attorney General', lang: 'en', type: 'fullForm', status: 'deprecated'}
        ],
        sources: []
      },
      {
        // No entry id: slug of the first term.
        id: 'international-arrest-warrant',
        kind: 'other',
        jurisdiction: 'international',
        terms: [
          {text: 'arrest warrant', lang: 'en', type: 'fullForm', status: 'preferred'},
          {text: 'warrant', lang: 'en', type: 'acronym', status: 'admitted'},
          {text: 'orden de aprehensión', lang: 'es', type: 'fullForm', status: 'preferred'}
        ],
        sources: []
      }
    ])
  })

  it('should use the `jurisdiction` and `kind` options for concepts whose file does not say', () => {
    const concepts = importGlossary(fixture('v2-martif.tbx'), {jurisdiction: 'mx-federal', kind: 'prosecutor'})
    expect(concepts.map((d) => [d.id, d.kind, d.jurisdiction])).toEqual([
      ['mx-te-0001', 'prosecutor', 'mx-federal'],
      ['mx-arrest-warrant', 'prosecutor', 'mx-federal']
    ])
  })

  it('should make derived ids unique and follow them in cross-references', () => {
    const tbx = `<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="C 1"><langSec xml:lang="en"><termSec><term>one</term></termSec></langSec></conceptEntry>
<conceptEntry id="c-1!"><ref type="crossReference" target="C 1">parent</ref><ref type="crossReference" target="elsewhere">see also</ref><langSec xml:lang="en"><termSec><term>two</term></termSec></langSec></conceptEntry>
<conceptEntry id="x"><ref type="crossReference" target="c-1!">replacedBy</ref><langSec xml:lang="es"><termSec><term>tres</term></termSec></langSec></conceptEntry>
</body></text></tbx>`
    expect(importGlossary(tbx).map((d) => [d.id, d.parent, d.replacedBy])).toEqual([
      ['international-c-1', undefined, undefined],
      ['international-c-1-2', 'international-c-1', undefined],
      ['international-x', undefined, 'international-c-1-2']
    ])
  })

  it('should honour a windows-1252 encoding declaration', () => {
    const [concept] = importGlossary(fixture('windows-1252.tbx'))
    expect(concept?.terms.map((d) => d.text)).toEqual([
      'Fiscalía de Niñas, Niños y Adolescentes',
      'Children’s Prosecutor’s Office – €'
    ])
  })

  it('should read UTF-16 LE with a BOM', () => {
    const [concept] = importGlossary(fixture('utf-16le-bom.tbx'))
    expect(concept?.terms.map((d) => d.text)).toEqual([
      'Immigration and Customs Enforcement',
      'Servicio de Inmigración y Control de Aduanas 😀'
    ])
  })

  it('should read UTF-16 BE with a BOM', () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><martif><text><body><termEntry><langSet xml:lang="es"><tig><term>año</term></tig></langSet></termEntry></body></text></martif>'
    const bytes = new Uint8Array(2 + text.length * 2)
    bytes.set([0xfe, 0xff])
    for (let index = 0; index < text.length; index++) bytes[3 + index * 2] = text.charCodeAt(index)
    expect(importGlossary(bytes)[0]?.terms[0]?.text).toBe('año')
  })

  it('should strip a BOM from string input', () => {
    const text = '\uFEFF<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>x</term></tig></langSet></termEntry></body></text></martif>'
    expect(importGlossary(text)[0]?.terms[0]?.text).toBe('x')
  })

  it('should fail clearly on bytes that are not valid in the declared encoding', () => {
    expect(problemsOf(() => importGlossary(fixture('invalid-utf-8.tbx')))).toEqual([{line: 3, column: 51, ruleId: 'encoding'}])
  })

  it('should fail clearly on an unknown encoding', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0" encoding="x-klingon"?><tbx/>')
    expect(() => importGlossary(bytes)).toThrow(/Unexpected encoding `x-klingon`/)
  })

  it('should fail clearly on a UTF-16 declaration without a byte order mark', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0" encoding="UTF-16"?><tbx/>')
    expect(problemsOf(() => importGlossary(bytes))).toEqual([{line: 1, column: 31, ruleId: 'encoding'}])
  })

  it('should reject external entities (XXE) without resolving them', () => {
    expect(problemsOf(() => importGlossary(fixture('xxe.tbx')))).toEqual([{line: 3, column: 3, ruleId: 'entity-declaration'}])
  })

  it('should reject entity expansion bombs (billion laughs) without expanding them', () => {
    expect(problemsOf(() => importGlossary(fixture('billion-laughs.tbx')))).toEqual([
      {line: 3, column: 3, ruleId: 'entity-declaration'}
    ])
  })

  it('should not fetch or need an external DTD', () => {
    expect(importGlossary(fixture('v2-martif.tbx'))).toHaveLength(2)
  })

  it('should report entities that no DTD declares', () => {
    expect(() => importGlossary('<tbx>&nbsp;</tbx>')).toThrow(/1:6: Unexpected undefined entity `&nbsp;`/)
  })

  it('should report the first well-formedness error with line and column, and nothing else', () => {
    const error = (() => {
      try {
        importGlossary(fixture('not-well-formed.tbx'))
      } catch (error) {
        return error as ExchangeError
      }
    })()
    expect(error?.problems).toEqual([
      {
        line: 9,
        column: 11,
        reason: 'Unexpected closing tag `</termSec>`, expected `</term>` to close `<term>` from 8:13',
        ruleId: 'not-well-formed'
      }
    ])
  })

  it('should report every structural problem at once, in order', () => {
    expect(problemsOf(() => importGlossary(fixture('broken-structure.tbx')))).toEqual([
      {line: 5, column: 7, ruleId: 'header-text-outside-p'},
      {line: 13, column: 13, ruleId: 'term-not-first'},
      {line: 18, column: 13, ruleId: 'multiple-terms'},
      {line: 24, column: 13, ruleId: 'picklist-value'},
      {line: 25, column: 13, ruleId: 'misplaced-definition'},
      {line: 26, column: 13, ruleId: 'missing-type'},
      {line: 30, column: 7, ruleId: 'duplicate-id'}
    ])
  })

  it('should say what is wrong in each structural problem', () => {
    expect(() => importGlossary(fixture('broken-structure.tbx'))).toThrow(
      'Cannot import TBX (7 problems):\n' +
        '  5:7: Unexpected text directly in `<sourceDesc>`, expected header text to be wrapped in `<p>`\n' +
        '  13:13: Unexpected `<termNote>` before `<term>`, expected `<term>` first in `<termSec>`\n' +
        '  18:13: Unexpected second `<term>` in `<termSec>`, expected one term per `<termSec>`\n' +
        '  24:13: Unexpected `administrativeStatus` value `preferred`, expected `preferredTerm-admn-sts`, `admittedTerm-admn-sts`, `deprecatedTerm-admn-sts` or `supersededTerm-admn-sts`\n' +
        '  25:13: Unexpected `definition` at term level, expected it in `<conceptEntry>` or `<langSec>`\n' +
        '  26:13: Missing `type` on `<admin>`, expected the data category it holds\n' +
        '  30:7: Unexpected duplicate id `c1`, expected unique ids (first at 10:7)'
    )
  })

  it('should apply TBX-Min rules to TBX-Min files', () => {
    const tbx = `<tbx type="TBX-Min" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="c1"><admin type="source">x</admin><xref type="externalCrossReference" target="https://a.org">a</xref>
<langSec xml:lang="en"><termSec><term>t</term><termNote type="usageStatus">nope</termNote></termSec></langSec></conceptEntry>
</body></text></tbx>`
    expect(problemsOf(() => importGlossary(tbx))).toEqual([
      {line: 2, column: 23, ruleId: 'unexpected-data-category'},
      {line: 2, column: 53, ruleId: 'unexpected-data-category'},
      {line: 3, column: 47, ruleId: 'picklist-value'}
    ])
  })

  it('should report bad values of glosa’s data categories', () => {
    const tbx = `<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:glosa="urn:glosa:tbx:1"><text><body>
<conceptEntry id="mx-x"><descrip type="glosa:kind">bakery</descrip><descrip type="glosa:case">exact</descrip>
<langSec xml:lang="en"><termSec><term>t</term><termNote type="glosa:case">loud</termNote><termNote type="glosa:matchIn">fr</termNote><termNote type="glosa:requiresContext">yes</termNote></termSec></langSec></conceptEntry>
</body></text></tbx>`
    expect(problemsOf(() => importGlossary(tbx))).toEqual([
      {line: 2, column: 25, ruleId: 'glosa-value'},
      {line: 2, column: 68, ruleId: 'glosa-category'},
      {line: 3, column: 47, ruleId: 'glosa-value'},
      {line: 3, column: 90, ruleId: 'glosa-value'},
      {line: 3, column: 134, ruleId: 'glosa-value'}
    ])
  })

  it('should fail cleanly on bad input', () => {
    expect(problemsOf(() => importGlossary('', {format: 'tbx'}))).toEqual([{line: 1, column: 1, ruleId: 'not-well-formed'}])
    expect(problemsOf(() => importGlossary('<root/>'))).toEqual([{line: 1, column: 1, ruleId: 'unexpected-root'}])
    expect(problemsOf(() => importGlossary('<tbx>\0</tbx>'))).toEqual([{line: 1, column: 6, ruleId: 'not-well-formed'}])
    expect(problemsOf(() => importGlossary(Uint8Array.of(0x3c, 0xff, 0xfe, 0x00, 0x01)))).toEqual([
      {line: 1, column: 2, ruleId: 'encoding'}
    ])
    expect(problemsOf(() => importGlossary('<tbx>' + '<a>'.repeat(300)))).toEqual([
      {line: 1, column: 771, ruleId: 'too-deep'}
    ])
  })

  it('should not be fooled by `__proto__` attributes and ids', () => {
    const tbx = '<martif __proto__="x"><text><body><termEntry id="__proto__"><langSet xml:lang="en"><tig><term>t</term></tig></langSet></termEntry></body></text></martif>'
    const [concept] = importGlossary(tbx)
    expect(concept?.id).toBe('international-proto')
    expect(({} as Record<string, unknown>)['x']).toBe(undefined)
  })

  it('should throw on misuse', () => {
    expect(() => importGlossary('x', {format: 'xlsx'})).toThrow("Unexpected `format` value `xlsx`, expected `'tbx'` or `'csv'`")
    expect(() => importGlossary('x', {jurisdiction: 'mars' as 'binational'})).toThrow(/Unexpected `jurisdiction` value `mars`/)
    expect(() => importGlossary(1 as unknown as string)).toThrow('Unexpected input `number`, expected a string or a `Uint8Array`')
  })

  it('should import a large file', () => {
    let body = ''
    for (let index = 0; index < 5000; index++) {
      body += '<conceptEntry id="c' + index + '"><langSec xml:lang="es"><termSec><term>término ' + index + '</term></termSec></langSec></conceptEntry>'
    }

    const concepts = importGlossary('<tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>' + body + '</body></text></tbx>')
    expect(concepts).toHaveLength(5000)
    expect(concepts[4999]?.id).toBe('international-c4999')
  })
})
