import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createGlossary} from '../../src/glossary/create.js'
import {GlossaryError} from '../../src/glossary/problem.js'
import {validateConcept, validateConcepts} from '../../src/glossary/validate.js'
import type {Concept} from '../../src/types.js'

function fgr(): Concept {
  return {
    id: 'mx-fgr',
    kind: 'prosecutor',
    jurisdiction: 'mx-federal',
    validFrom: '2018-12-20',
    terms: [
      {text: 'Fiscalía General de la República', lang: 'es', type: 'fullForm', status: 'preferred', forms: ['Fiscalías']},
      {text: 'FGR', lang: 'es', type: 'acronym', status: 'preferred'},
      {text: '@FGRMexico', lang: 'es', type: 'handle', status: 'preferred'},
      {text: "Attorney General's Office", lang: 'en', type: 'fullForm', status: 'preferred', case: 'insensitive'}
    ],
    sources: [{url: 'https://www.fgr.org.mx', tier: 'official'}]
  }
}

function reasons(value: unknown): string[] {
  return validateConcept(value).map((problem) => problem.reason)
}

describe('validateConcept', () => {
  it('should accept a valid concept', () => {
    expect(validateConcept(fgr())).toEqual([])
  })

  it('should report every problem at once, with paths', () => {
    const concept = {
      id: 'MX_FGR',
      kind: 'prosecuter',
      jurisdiction: 'mx-federal',
      terms: [{text: 'FGR', lang: 'es', type: 'acronym', staus: 'preferred'}, {text: 911, lang: 'fr', type: 'acronym', status: 'preferred'}],
      sources: 'https://www.fgr.org.mx'
    }
    expect(validateConcept(concept).map((problem) => [problem.ruleId, problem.path.join('.')])).toEqual([
      ['unexpected-value', 'id'],
      ['unexpected-value', 'kind'],
      ['unexpected-field', 'terms.0.staus'],
      ['missing-field', 'terms.0'],
      ['wrong-type', 'terms.1.text'],
      ['unexpected-value', 'terms.1.lang'],
      ['wrong-type', 'sources']
    ])
    expect(reasons(concept)).toEqual([
      'Unexpected `id` value `MX_FGR`, expected kebab-case, prefixed by a jurisdiction family (`mx-fgr`)',
      'Unexpected `kind` value `prosecuter`, expected `prosecutor`',
      'Unexpected field `staus` in `terms[0]`, expected `status`',
      'Missing required field `status` in `terms[0]`',
      'Unexpected number `911` for `terms[1].text`, expected a string',
      'Unexpected `terms[1].lang` value `fr`, expected `es` or `en`',
      'Unexpected string `https://www.fgr.org.mx` for `sources`, expected a list'
    ])
  })

  it('should name the nearest field, or list the valid ones', () => {
    expect(reasons({...fgr(), defintion: {en: 'x'}})).toEqual(['Unexpected field `defintion`, expected `definition`'])
    expect(reasons({...fgr(), replaced_by: 'mx-pgr'})).toEqual(['Unexpected field `replaced_by`, expected `replacedBy`'])
    expect(reasons({...fgr(), sources: [{url: 'https://a.mx', tier: 'official', acessed: '2020-01-01'}]})).toEqual([
      'Unexpected field `acessed` in `sources[0]`, expected `accessed`'
    ])
    expect(reasons({...fgr(), zzz: 1})[0]).toMatch(/^Unexpected field `zzz`, expected one of `id`, `kind`, .*, or `notes`$/)
  })

  it('should reject `__proto__`, `constructor` and `prototype` keys without polluting prototypes', () => {
    const hostile = JSON.parse(
      '{"id": "mx-x", "kind": "agency", "jurisdiction": "mx-federal", "__proto__": {"polluted": 1},' +
        '"terms": [{"text": "X", "lang": "es", "type": "fullForm", "status": "preferred", "constructor": {"prototype": {"polluted": 1}}}],' +
        '"sources": [], "definition": {"prototype": "x"}}'
    ) as unknown
    expect(validateConcept(hostile).map((problem) => [problem.ruleId, problem.path.join('.')])).toEqual([
      ['forbidden-field', '__proto__'],
      ['forbidden-field', 'terms.0.constructor'],
      ['forbidden-field', 'definition.prototype']
    ])
    expect(() => createGlossary([hostile as Concept])).toThrow(GlossaryError)
    expect(({} as Record<string, unknown>)['polluted']).toBe(undefined)
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('should reject values JSON cannot hold, without running getters', () => {
    let ran = false
    const concept = {...fgr(), validFrom: new Date('2018-12-20'), notes: Symbol('x')} as unknown as Record<string, unknown>
    Object.defineProperty(concept, 'subjectField', {enumerable: true, get: () => (ran = true)})
    expect(reasons(concept)).toEqual([
      'Unexpected date (quote it) for `validFrom`, expected a string',
      'Unexpected symbol for `notes`, expected a string'
    ])
    expect(ran).toBe(false)
    expect(reasons(null)).toEqual(['Unexpected empty value for `concept`, expected a map'])
    expect(reasons([fgr()])).toEqual(['Unexpected list for `concept`, expected a map'])
  })

  it('should report duplicate list items, comparing in NFC', () => {
    const concept = fgr()
    concept.terms[0]!.forms = ['Fiscalías', 'Fiscali\u0301as']
    expect(validateConcept(concept).map((problem) => [problem.ruleId, problem.path.join('.')])).toEqual([
      ['duplicate-item', 'terms.0.forms.1']
    ])
  })
})

describe('validateConcepts', () => {
  it('should report duplicate ids at the second concept', () => {
    const problems = validateConcepts([fgr(), {...fgr(), kind: 'court'}, fgr()])
    expect(problems.map((problem) => [problem.ruleId, problem.index, problem.reason])).toEqual([
      ['duplicate-id', 1, 'Unexpected duplicate id `mx-fgr`, also used by `concepts[0]`'],
      ['duplicate-id', 2, 'Unexpected duplicate id `mx-fgr`, also used by `concepts[0]`']
    ])
  })
})

describe('createGlossary', () => {
  it('should compile concepts, filling in case rules', () => {
    const glossary = createGlossary([fgr()])
    expect(glossary.concepts).toHaveLength(1)
    expect(glossary.terms.map((term) => [term.text, term.case, term.concept])).toEqual([
      ['Fiscalía General de la República', 'permissive', 'mx-fgr'],
      ['FGR', 'exact', 'mx-fgr'],
      ['@FGRMexico', 'exact', 'mx-fgr'],
      ["Attorney General's Office", 'insensitive', 'mx-fgr']
    ])
    expect(glossary.get('mx-fgr')?.terms[1]?.case).toBe('exact')
    expect(glossary.get('mx-pgr')).toBe(undefined)
    expect(glossary.get('__proto__')).toBe(undefined)
  })

  it('should accept `{concepts}`', () => {
    expect(createGlossary({concepts: [fgr()]}).get('mx-fgr')?.id).toBe('mx-fgr')
  })

  it('should throw a `TypeError` for data that is not concepts', () => {
    expect(() => createGlossary('x' as unknown as Concept[])).toThrow(
      'Unexpected glossary data `string`, expected `Concept[]` or `{concepts: Concept[]}`'
    )
    expect(() => createGlossary({} as unknown as Concept[])).toThrow(TypeError)
  })

  it('should throw a `GlossaryError` listing every problem', () => {
    const bad = {...fgr(), id: 'mx-bad', kind: 'nope', terms: []} as unknown as Concept
    let error: unknown
    try {
      createGlossary([fgr(), bad, fgr()])
    } catch (error_) {
      error = error_
    }

    expect(error).toBeInstanceOf(GlossaryError)
    const glossaryError = error as GlossaryError
    expect(glossaryError.problems.map((problem) => problem.ruleId)).toEqual(['unexpected-value', 'empty-list', 'duplicate-id'])
    expect(glossaryError.message).toBe(
      'Invalid glossary, 3 problems:\n' +
        '  mx-bad: kind: Unexpected `kind` value `nope`, expected one of `prosecutor`, `police`, `military`, `ministry`, `agency`, `court`, `embassy`, `program`, `criminal-organization`, `title`, `legislature`, `international`, `place`, `legal`, or `other` (unexpected-value)\n' +
        '  mx-bad: terms: Unexpected empty list `terms`, expected at least 1 item (empty-list)\n' +
        '  mx-fgr: id: Unexpected duplicate id `mx-fgr`, also used by `concepts[0]` (duplicate-id)'
    )
  })

  it('should be immutable, and keep no reference to its input', () => {
    const input = fgr()
    const glossary = createGlossary([input])
    const concept = glossary.get('mx-fgr')!
    expect(Object.isFrozen(glossary)).toBe(true)
    expect(Object.isFrozen(glossary.concepts)).toBe(true)
    expect(Object.isFrozen(glossary.terms)).toBe(true)
    expect(Object.isFrozen(concept)).toBe(true)
    expect(Object.isFrozen(concept.terms[0]!.forms)).toBe(true)
    expect(Object.isFrozen(concept.sources[0])).toBe(true)
    expect(Object.isFrozen(glossary.terms[0])).toBe(true)
    expect(() => {
      ;(concept as {id: string}).id = 'x'
    }).toThrow(TypeError)

    input.terms[0]!.text = 'changed'
    input.terms.push({text: 'x', lang: 'en', type: 'variant', status: 'admitted'})
    expect(concept.terms[0]?.text).toBe('Fiscalía General de la República')
    expect(concept.terms).toHaveLength(4)
    expect(input.terms[1]!.case).toBe(undefined)
  })

  it('should normalise text to NFC', () => {
    const input = fgr()
    input.terms[0]!.text = 'Fiscali\u0301a General de la Repu\u0301blica'
    input.definition = {es: 'O\u0301rgano'}
    const concept = createGlossary([input]).get('mx-fgr')!
    expect(concept.terms[0]!.text).toBe('Fiscalía General de la República')
    expect(concept.definition?.es).toBe('Órgano')
  })

  it('should put fields in schema order and drop `undefined` fields', () => {
    const input = {sources: [], terms: fgr().terms, notes: undefined, jurisdiction: 'mx-federal', kind: 'prosecutor', id: 'mx-fgr'}
    expect(Object.keys(createGlossary([input as unknown as Concept]).get('mx-fgr')!)).toEqual([
      'id',
      'kind',
      'jurisdiction',
      'terms',
      'sources'
    ])
  })

  it('never throws anything but a `GlossaryError` or `TypeError` on any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.array(fc.anything())), (value) => {
        try {
          createGlossary(value as Concept[])
        } catch (error) {
          expect(error instanceof GlossaryError || error instanceof TypeError).toBe(true)
        }
      })
    )
  })
})

describe('nfc', () => {
  it('should equal `normalize(\'NFC\')` on any text', async () => {
    const {nfc} = await import('../../src/glossary/nfc.js')
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (value) => {
        expect(nfc(value)).toBe(value.normalize('NFC'))
      }),
      {numRuns: 2000}
    )
    for (let code = 0; code < 0x300; code++) {
      expect(String.fromCharCode(code).normalize('NFC')).toBe(String.fromCharCode(code))
    }
  })
})
