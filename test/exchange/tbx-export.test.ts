import {describe, expect, it} from 'vitest'
import {exportGlossary, importGlossary} from '../../src/node/exchange/index.js'
import type {Concept} from '../../src/types.js'

const pgr: Concept = {
  id: 'mx-pgr',
  kind: 'prosecutor',
  jurisdiction: 'mx-federal',
  parent: 'mx-segob',
  subjectField: 'justice',
  validFrom: '1900-01-01',
  validUntil: '2018-12-20',
  replacedBy: 'mx-fgr',
  historicalContexts: ['extinta', 'former'],
  definition: {en: 'Former federal prosecution service.', es: 'Antigua procuraduría federal.'},
  terms: [
    {
      text: 'Procuraduría General de la República',
      lang: 'es',
      type: 'fullForm',
      status: 'superseded',
      case: 'permissive',
      forms: ['Procuradurías'],
      gender: 'feminine',
      matchIn: ['es', 'en'],
      requiresContext: false,
      notes: 'Correct in historical text.',
      tests: {match: ['la extinta PGR'], noMatch: ['la Procuraduría estatal']}
    },
    {text: '@PGR_mx', lang: 'es', type: 'handle', status: 'superseded'}
  ],
  sources: [{url: 'https://sidof.segob.gob.mx/a?b=1&c=2', tier: 'official', accessed: '2026-11-29'}],
  notes: 'Replaced by the FGR.'
}

describe('exportGlossary (TBX)', () => {
  it('should write a TBX-Basic v3 root in DCA style with glosa’s namespace', () => {
    const tbx = exportGlossary([pgr], 'tbx') as string
    expect(tbx.split('\n').slice(0, 2)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:glosa="urn:glosa:tbx:1">'
    ])
  })

  it('should map every field to a data category', () => {
    const lines = (exportGlossary([pgr], 'tbx') as string).split('\n').map((d) => d.trim())
    const entry = lines.slice(lines.indexOf('<conceptEntry id="mx-pgr">'), lines.indexOf('</conceptEntry>') + 1)
    expect(entry).toEqual([
      '<conceptEntry id="mx-pgr">',
      '<descrip type="subjectField">justice</descrip>',
      '<descrip type="glosa:kind">prosecutor</descrip>',
      '<descrip type="glosa:jurisdiction">mx-federal</descrip>',
      '<descrip type="glosa:validFrom">1900-01-01</descrip>',
      '<descrip type="glosa:validUntil">2018-12-20</descrip>',
      '<descrip type="glosa:historicalContext">extinta</descrip>',
      '<descrip type="glosa:historicalContext">former</descrip>',
      '<ref type="crossReference" target="mx-segob">parent</ref>',
      '<ref type="crossReference" target="mx-fgr">replacedBy</ref>',
      '<xref type="externalCrossReference" target="https://sidof.segob.gob.mx/a?b=1&amp;c=2">official, accessed 2026-11-29</xref>',
      '<note>Replaced by the FGR.</note>',
      '<langSec xml:lang="es">',
      '<descrip type="definition">Antigua procuraduría federal.</descrip>',
      '<termSec>',
      '<term>Procuraduría General de la República</term>',
      '<termNote type="termType">fullForm</termNote>',
      '<termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>',
      '<termNote type="grammaticalGender">feminine</termNote>',
      '<termNote type="glosa:case">permissive</termNote>',
      '<termNote type="glosa:form">Procuradurías</termNote>',
      '<termNote type="glosa:matchIn">es</termNote>',
      '<termNote type="glosa:matchIn">en</termNote>',
      '<termNote type="glosa:requiresContext">false</termNote>',
      '<descrip type="glosa:match">la extinta PGR</descrip>',
      '<descrip type="glosa:noMatch">la Procuraduría estatal</descrip>',
      '<note>Correct in historical text.</note>',
      '</termSec>',
      '<termSec>',
      '<term>@PGR_mx</term>',
      '<termNote type="glosa:termType">handle</termNote>',
      '<termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>',
      '</termSec>',
      '</langSec>',
      // No English terms: the English definition gets its own section.
      '<langSec xml:lang="en">',
      '<descrip type="definition">Former federal prosecution service.</descrip>',
      '</langSec>',
      '</conceptEntry>'
    ])
    expect(importGlossary(lines.join('\n'))).toEqual([pgr])
  })

  it('should escape text so that a parser gives it back', () => {
    const concept: Concept = {
      id: 'mx-x',
      kind: 'other',
      jurisdiction: 'mx-state',
      terms: [{text: 'A & <B> ]]> "q"', lang: 'es', type: 'fullForm', status: 'preferred', notes: 'line\r\nnext\r'}],
      sources: [{url: 'https://a.org/"x"<y>\t', tier: 'news'}]
    }
    const tbx = exportGlossary([concept], 'tbx') as string
    expect(tbx).toContain('<term>A &amp; &lt;B&gt; ]]&gt; "q"</term>')
    expect(tbx).toContain('<note>line&#13;\nnext&#13;</note>')
    expect(tbx).toContain('target="https://a.org/&quot;x&quot;&lt;y&gt;&#9;"')
    expect(importGlossary(tbx)).toEqual([concept])
  })

  it('should keep the order of terms when languages alternate', () => {
    const concept: Concept = {
      id: 'us-ice',
      kind: 'agency',
      jurisdiction: 'us-federal',
      terms: [
        {text: 'ICE', lang: 'en', type: 'acronym', status: 'preferred'},
        {text: 'ICE', lang: 'es', type: 'acronym', status: 'preferred'},
        {text: 'Immigration and Customs Enforcement', lang: 'en', type: 'fullForm', status: 'preferred'}
      ],
      sources: []
    }
    const tbx = exportGlossary([concept], 'tbx') as string
    expect(tbx.match(/<langSec xml:lang="(..)">/g)).toEqual([
      '<langSec xml:lang="en">',
      '<langSec xml:lang="es">',
      '<langSec xml:lang="en">'
    ])
    expect(importGlossary(tbx)).toEqual([concept])
  })

  it('should refuse characters XML cannot hold, naming the concept', () => {
    const concept: Concept = {
      id: 'mx-nul',
      kind: 'other',
      jurisdiction: 'mx-state',
      terms: [{text: 'a\u0000b', lang: 'es', type: 'fullForm', status: 'preferred'}],
      sources: []
    }
    expect(() => exportGlossary([concept], 'tbx')).toThrow(
      'Unexpected character U+0000 in concept `mx-nul` at index 1 of "a\\u0000b", expected characters that XML 1.0 can represent'
    )
  })

  it('should throw on an unknown format', () => {
    expect(() => exportGlossary([], 'xlsx')).toThrow(
      "Unexpected `format` value `xlsx`, expected `'tbx'`, `'csv'`, `'deepl'`, `'google'`, `'i18next'`, `'abbr'`"
    )
  })

  it('should write an empty glossary as a valid, empty TBX file', () => {
    expect(importGlossary(exportGlossary([], 'tbx') as string)).toEqual([])
  })
})
