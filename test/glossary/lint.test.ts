import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {caseCompatible, fold} from '../../src/glossary/lint-collisions.js'
import {lintGlossary, type SpecMatcher} from '../../src/glossary/lint.js'
import {lintGlossaryDirectory} from '../../src/node/glossary-dir.js'
import type {Concept} from '../../src/types.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/glossary-lint')

/** A stand-in matcher: every case-sensitive occurrence of a term's text. */
const substrings: SpecMatcher = (text, glossary) =>
  glossary.terms.flatMap((term) => {
    const found = []
    for (let index = text.indexOf(term.text); index !== -1; index = text.indexOf(term.text, index + 1)) {
      found.push({entry: term.concept, start: index, end: index + term.text.length})
    }

    return found
  })

async function lintFixture(name: string): Promise<string[]> {
  const messages = await lintGlossaryDirectory(name, {cwd: fixtures, match: substrings})
  return messages.map((message) => {
    expect(message.source).toBe('glosa')
    return `${message.file}:${message.line}:${message.column} ${message.severity} ${message.ruleId}`
  })
}

async function reasonsOf(name: string): Promise<string[]> {
  return (await lintGlossaryDirectory(name, {cwd: fixtures, match: substrings})).map((message) => message.reason)
}

describe('lintGlossary rules (fixtures in test/fixtures/glossary-lint/)', () => {
  it('should find nothing in a valid glossary', async () => {
    expect(await lintFixture('valid')).toEqual([])
  })

  it('should report schema errors with places, then skip the concept', async () => {
    expect(await lintFixture('schema')).toEqual([
      'schema/bad.yaml:2:7 error unexpected-value',
      'schema/bad.yaml:5:5 error missing-field',
      'schema/bad.yaml:8:5 error unexpected-field',
      'schema/bad.yaml:9:11 error wrong-type',
      'schema/bad.yaml:10:11 error unexpected-value'
    ])
    expect((await reasonsOf('schema'))[2]).toBe('Unexpected field `staus` in `terms[0]`, expected `status`')
  })

  it('should report duplicate ids', async () => {
    expect(await lintFixture('duplicate-id')).toEqual(['duplicate-id/b.yaml:1:5 error duplicate-id'])
    expect(await reasonsOf('duplicate-id')).toEqual(['Unexpected duplicate id `us-ice`, also used by `us-ice` (duplicate-id/a.yaml)'])
  })

  it('should report colliding terms (accents and case folded by the case rules)', async () => {
    expect(await lintFixture('collision')).toEqual(['collision/b.yaml:5:5 error term-collision'])
    expect(await reasonsOf('collision')).toEqual([
      'Unexpected term `Fiscalia especializada`, also `Fiscalía Especializada` in `mx-fiscalia-a` (collision/a.yaml), expected `matchIn`, `requiresContext` or a case rule to tell them apart'
    ])
  })

  it('should accept collisions disambiguated by `matchIn`, `requiresContext` or case rules', async () => {
    expect(await lintFixture('disambiguated')).toEqual([])
    // `Fiscalía` is in `mx-fgr` (requiresContext) and `mx-fiscalia-estatal`.
    expect(await lintFixture('valid')).toEqual([])
  })

  it('should report acronym collisions, ignoring periods', async () => {
    expect(await lintFixture('acronym-collision')).toEqual(['acronym-collision/cni-mx.yaml:6:5 error acronym-collision'])
  })

  it('should report a language without a preferred term, except in replaced concepts', async () => {
    expect(await lintFixture('missing-preferred')).toEqual(['missing-preferred/femdo.yaml:4:1 error missing-preferred-term'])
    expect(await reasonsOf('missing-preferred')).toEqual([
      'Missing preferred English term, expected a term with `lang: en` and `status: preferred`'
    ])
  })

  it('should report superseded concepts without replacement or date', async () => {
    expect(await lintFixture('superseded')).toEqual([
      'superseded/afi.yaml:1:1 warning superseded-without-date',
      'superseded/afi.yaml:1:1 error superseded-without-replacement',
      'superseded/afi.yaml:4:1 error missing-preferred-term',
      'superseded/afi.yaml:4:1 error missing-preferred-term',
      'superseded/pf.yaml:1:1 warning superseded-without-date',
      'superseded/pf.yaml:6:63 warning superseded-term-status'
    ])
  })

  it('should report dangling references (with the nearest id) and cycles', async () => {
    expect(await lintFixture('dangling')).toEqual([
      'dangling/aic.yaml:4:9 error dangling-reference',
      'dangling/fgr.yaml:4:9 error reference-cycle',
      'dangling/unidad.yaml:5:13 error dangling-reference'
    ])
    expect(await reasonsOf('dangling')).toEqual([
      'Unexpected `parent` `mx-fgrr`, which is no concept, expected `mx-fgr`',
      'Unexpected cycle in `parent`: `mx-fgr` → `mx-unidad` → `mx-fgr`',
      'Unexpected `replacedBy` `mx-nowhere`, which is no concept, expected the id of a concept'
    ])
  })

  it('should run specs with the given matcher', async () => {
    expect(await lintFixture('specs')).toEqual([
      'specs/ice.yaml:11:37 error failing-spec',
      'specs/ice.yaml:12:17 error failing-spec'
    ])
    expect(await reasonsOf('specs')).toEqual([
      'Expected `us-ice` in `the ice melted` (spec of `ICE`), found nothing',
      'Unexpected `us-ice` in `ICE ICE baby` at `ICE` (spec of `ICE`)'
    ])
  })

  it('should report acronyms that are ordinary words without `case: exact`', async () => {
    expect(await lintFixture('acronym-case')).toEqual([
      'acronym-case/sat.yaml:6:5 warning acronym-case',
      'acronym-case/sat.yaml:8:66 error acronym-case'
    ])
    expect(await reasonsOf('acronym-case')).toEqual([
      'Missing `case: exact` on `SAT`, which is also the word `sat`',
      'Unexpected `case: insensitive` on `ICE`, which is also the word `ice`, expected `case: exact`'
    ])
  })

  it('should report missing sources', async () => {
    expect(await lintFixture('missing-source')).toEqual(['missing-source/sspc.yaml:7:10 error missing-source'])
  })

  it('should report dates not in the calendar and validity out of order', async () => {
    expect(await lintFixture('dates')).toEqual([
      'dates/gn.yaml:4:12 error invalid-date',
      'dates/gn.yaml:5:13 error invalid-validity',
      'dates/gn.yaml:10:73 error invalid-date'
    ])
  })
})

describe('lintGlossary', () => {
  const concept = (id: string, text: string, extra?: Partial<Concept>): Concept => ({
    id,
    kind: 'agency',
    jurisdiction: 'mx-federal',
    terms: [
      {text, lang: 'es', type: 'fullForm', status: 'preferred'},
      {text: text + ' (en)', lang: 'en', type: 'fullForm', status: 'preferred'}
    ],
    sources: [{url: 'https://www.gob.mx', tier: 'official'}],
    ...extra
  })

  it('should work on plain data, with entry and path instead of places', () => {
    expect(lintGlossary([concept('mx-a', 'Uno'), concept('mx-b', 'Uno', {parent: 'mx-c'})])).toEqual([
      {
        ruleId: 'dangling-reference',
        reason: 'Unexpected `parent` `mx-c`, which is no concept, expected `mx-a`',
        severity: 'error',
        source: 'glosa',
        entry: 'mx-b',
        index: 1,
        path: ['parent']
      },
      {
        ruleId: 'term-collision',
        reason: 'Unexpected term `Uno`, also `Uno` in `mx-a`, expected `matchIn`, `requiresContext` or a case rule to tell them apart',
        severity: 'error',
        source: 'glosa',
        entry: 'mx-b',
        index: 1,
        path: ['terms', 0]
      },
      {
        ruleId: 'term-collision',
        reason: 'Unexpected term `Uno (en)`, also `Uno (en)` in `mx-a`, expected `matchIn`, `requiresContext` or a case rule to tell them apart',
        severity: 'error',
        source: 'glosa',
        entry: 'mx-b',
        index: 1,
        path: ['terms', 1]
      }
    ])
  })

  it('should report a matcher that throws as a failing spec', () => {
    const withSpec = concept('mx-a', 'Uno')
    withSpec.terms[0]!.tests = {match: ['Uno']}
    const messages = lintGlossary([withSpec], {
      match() {
        throw new Error('boom')
      }
    })
    expect(messages.map((message) => message.reason)).toEqual(['Unexpected error matching `Uno`: boom'])
  })

  it('should skip specs without a matcher', () => {
    const withSpec = concept('mx-a', 'Uno')
    withSpec.terms[0]!.tests = {match: ['nothing here']}
    expect(lintGlossary([withSpec])).toEqual([])
  })

  it('should take extra words for `acronym-case`', () => {
    const acronym = concept('mx-a', 'Uno')
    acronym.terms.push({text: 'FGR', lang: 'es', type: 'acronym', status: 'admitted'})
    expect(lintGlossary([acronym], {words: ['fgr']}).map((message) => message.ruleId)).toEqual(['acronym-case'])
    expect(lintGlossary([acronym])).toEqual([])
  })

  it('should not crash on any input', () => {
    expect(lintGlossary([null, 1, 'x', [], {}, {id: 'mx-a'}]).every((message) => message.severity === 'error')).toBe(true)
  })
})

describe('collision helpers', () => {
  it('should fold accents, case and punctuation', () => {
    expect(fold('E.E. U.U.')).toBe('eeuu')
    expect(fold('Fiscalía')).toBe(fold('FISCALIA'))
  })

  it('should compare by case rules', () => {
    expect(caseCompatible('ICE', 'exact', 'ice', 'exact')).toBe(false)
    expect(caseCompatible('ICE', 'exact', 'ice', 'permissive')).toBe(true)
    expect(caseCompatible('ICE', 'exact', 'Ice', 'permissive')).toBe(true)
    expect(caseCompatible('ice', 'exact', 'Ice', 'permissive')).toBe(false)
    expect(caseCompatible('ICE', 'exact', 'ice', 'insensitive')).toBe(true)
    expect(caseCompatible('Fiscalía', 'permissive', 'fiscalia', 'permissive')).toBe(true)
    expect(caseCompatible('E.U.', 'exact', 'EU', 'exact')).toBe(true)
  })
})
