import {readFile} from 'node:fs/promises'
import {Ajv2020, type ErrorObject} from 'ajv/dist/2020.js'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {compileSchema, conceptSchema, type SchemaNode} from '../../src/glossary/schema.js'
import {validateConcept} from '../../src/glossary/validate.js'
import type {
  CaseRule,
  Concept,
  ConceptKind,
  Jurisdiction,
  Source,
  Term,
  TermStatus,
  TermTests,
  TermType
} from '../../src/types.js'

// Every field of the types, and no other (`satisfies` fails on a missing or extra key).
const conceptFields = {
  id: 1,
  kind: 1,
  jurisdiction: 1,
  parent: 1,
  subjectField: 1,
  validFrom: 1,
  validUntil: 1,
  replacedBy: 1,
  historicalContexts: 1,
  definition: 1,
  terms: 1,
  sources: 1,
  notes: 1
} satisfies Record<keyof Concept, 1>
const termFields = {
  text: 1,
  lang: 1,
  type: 1,
  status: 1,
  case: 1,
  forms: 1,
  gender: 1,
  matchIn: 1,
  requiresContext: 1,
  notes: 1,
  tests: 1
} satisfies Record<keyof Term, 1>
const sourceFields = {url: 1, tier: 1, accessed: 1} satisfies Record<keyof Source, 1>
const testsFields = {match: 1, noMatch: 1} satisfies Record<keyof TermTests, 1>

// Every value of the unions (`satisfies` fails on an extra value; `Exhaustive` on a missing one).
type Exhaustive<Union, List extends readonly unknown[]> = [Exclude<Union, List[number]>] extends [never] ? List : never
const kinds = ['prosecutor', 'police', 'military', 'ministry', 'agency', 'court', 'embassy', 'program', 'criminal-organization', 'title', 'legislature', 'international', 'place', 'legal', 'other'] as const satisfies readonly ConceptKind[]
const jurisdictions = ['mx-federal', 'mx-state', 'mx-municipal', 'us-federal', 'us-state', 'binational', 'international'] as const satisfies readonly Jurisdiction[]
const types = ['fullForm', 'acronym', 'shortForm', 'handle', 'variant', 'title'] as const satisfies readonly TermType[]
const statuses = ['preferred', 'admitted', 'deprecated', 'superseded'] as const satisfies readonly TermStatus[]
const cases = ['exact', 'permissive', 'insensitive'] as const satisfies readonly CaseRule[]
const genders = ['masculine', 'feminine', 'neuter', 'other'] as const satisfies ReadonlyArray<NonNullable<Term['gender']>>
const tiers = ['official', 'wikipedia', 'news', 'other'] as const satisfies ReadonlyArray<Source['tier']>
const checks: [
  Exhaustive<ConceptKind, typeof kinds>,
  Exhaustive<Jurisdiction, typeof jurisdictions>,
  Exhaustive<TermType, typeof types>,
  Exhaustive<TermStatus, typeof statuses>,
  Exhaustive<CaseRule, typeof cases>,
  Exhaustive<NonNullable<Term['gender']>, typeof genders>,
  Exhaustive<Source['tier'], typeof tiers>
] = [kinds, jurisdictions, types, statuses, cases, genders, tiers]

const defs = conceptSchema.$defs!
const term = defs['term']!
const source = defs['source']!

function resolve(node: SchemaNode): SchemaNode {
  return node.$ref ? defs[node.$ref.slice('#/$defs/'.length)]! : node
}

describe('schema.json', () => {
  it('should be the file that ships in `glossary/`', async () => {
    const file = JSON.parse(await readFile(new URL('../../glossary/schema.json', import.meta.url), 'utf8')) as unknown
    expect(conceptSchema).toEqual(file)
    expect(conceptSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  it('should have the fields of `Concept`, `Term`, `Source` and `TermTests`, closed', () => {
    expect(Object.keys(conceptSchema.properties!)).toEqual(Object.keys(conceptFields))
    expect(Object.keys(term.properties!)).toEqual(Object.keys(termFields))
    expect(Object.keys(source.properties!)).toEqual(Object.keys(sourceFields))
    expect(Object.keys(term.properties!['tests']!.properties!)).toEqual(Object.keys(testsFields))
    for (const node of [conceptSchema, term, source, term.properties!['tests']!, conceptSchema.properties!['definition']!]) {
      expect(node.additionalProperties).toBe(false)
    }

    expect(conceptSchema.required).toEqual(['id', 'kind', 'jurisdiction', 'terms', 'sources'])
    expect(term.required).toEqual(['text', 'lang', 'type', 'status'])
    expect(source.required).toEqual(['url', 'tier'])
  })

  it('should have the values of the unions of `types.ts` as enums', () => {
    expect(checks).toHaveLength(7)
    expect(conceptSchema.properties!['kind']!.enum).toEqual(kinds)
    expect(conceptSchema.properties!['jurisdiction']!.enum).toEqual(jurisdictions)
    expect(term.properties!['type']!.enum).toEqual(types)
    expect(term.properties!['status']!.enum).toEqual(statuses)
    expect(term.properties!['case']!.enum).toEqual(cases)
    expect(term.properties!['gender']!.enum).toEqual(genders)
    expect(resolve(term.properties!['lang']!).enum).toEqual(['es', 'en'])
    expect(source.properties!['tier']!.enum).toEqual(tiers)
  })

  it('should refuse to compile a keyword the interpreter does not implement', () => {
    expect(() => compileSchema({type: 'string', maxLength: 3} as SchemaNode)).toThrow(
      /Unexpected schema keyword `maxLength` at `#`/
    )
    expect(() => compileSchema({$ref: '#/$defs/x'})).toThrow(/Unexpected `\$ref` `#\/\$defs\/x`/)
    expect(() => compileSchema({$defs: {a: {type: 'string'}}, properties: {a: {$ref: '#/$defs/a', type: 'string'}}})).toThrow(
      /beside `\$ref`/
    )
  })
})

describe('validator and JSON Schema agree', () => {
  const ajv = new Ajv2020({allErrors: true})
  ajv.addVocabulary(['patternErrorMessage', 'markdownDescription'])
  const reference = ajv.compile(conceptSchema)

  const often = <T>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<T>) => fc.oneof({arbitrary: valid, weight: 40}, {arbitrary: other, weight: 1})
  const id = often(fc.constantFrom('mx-fgr', 'us-ice', 'binational-merida', 'mx-fiscalia-2'), fc.string({maxLength: 12}))
  const line = often(fc.constantFrom('Fiscalía', 'FGR', 'Attorney General’s Office', '@FGRMexico'), fc.oneof(fc.constantFrom(' x', 'a  b', ''), fc.string({maxLength: 8})))
  const date = often(fc.constantFrom('2018-12-20', '2026-11-29'), fc.oneof(fc.constant('2018-13-01'), fc.string({maxLength: 11})))
  const list = <T>(item: fc.Arbitrary<T>, unique = false) =>
    often(unique ? fc.uniqueArray(item, {minLength: 1, maxLength: 3}) : fc.array(item, {minLength: 1, maxLength: 3}), fc.array(item, {maxLength: 3}))
  const junk = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.string({maxLength: 4}), fc.constant([]), fc.constant({}))
  const sometimes = <T>(valid: fc.Arbitrary<T>) => often<unknown>(valid, junk)
  const pick = <T>(values: readonly T[]) => sometimes(often<unknown>(fc.constantFrom(...values), fc.string({maxLength: 6})))
  const extra = often<string | undefined>(fc.constant(undefined), fc.constantFrom('staus', '__proto__', 'constructor', 'lang', 'foo'))

  function record<T extends Record<string, fc.Arbitrary<unknown>>>(model: T, required: Array<keyof T & string>) {
    return fc
      .tuple(fc.record(model, {requiredKeys: required}), required.length === 0 ? fc.constant(undefined) : often<string | undefined>(fc.constant(undefined), fc.constantFrom(...required)), extra, junk)
      .map(([value, drop, key, junkValue]) => {
        const result = {...value} as Record<string, unknown>
        if (drop) delete result[drop]
        // Note: an own `__proto__` key, as YAML and JSON readers make.
        if (key !== undefined) Object.defineProperty(result, key, {value: junkValue, enumerable: true, configurable: true, writable: true})
        return result
      })
  }

  const termArbitrary = record(
    {
      text: sometimes(line),
      lang: pick(['es', 'en']),
      type: pick(types),
      status: pick(statuses),
      case: pick(cases),
      forms: sometimes(list(line, true)),
      gender: pick(genders),
      matchIn: sometimes(list(often(fc.constantFrom('es', 'en'), fc.constant('fr')), true)),
      requiresContext: sometimes(fc.boolean()),
      notes: sometimes(line),
      tests: sometimes(record({match: sometimes(list(line)), noMatch: sometimes(list(line))}, []))
    },
    ['text', 'lang', 'type', 'status']
  )
  const conceptArbitrary = record(
    {
      id: sometimes(id),
      kind: pick(kinds),
      jurisdiction: pick(jurisdictions),
      parent: sometimes(id),
      subjectField: sometimes(line),
      validFrom: sometimes(date),
      validUntil: sometimes(date),
      replacedBy: sometimes(id),
      historicalContexts: sometimes(list(line, true)),
      definition: sometimes(record({en: sometimes(line), es: sometimes(line)}, [])),
      terms: sometimes(list(termArbitrary)),
      sources: sometimes(fc.array(record({url: sometimes(often(fc.constant('https://www.gob.mx/fgr'), fc.constantFrom('ftp://x', 'https://a'))), tier: pick(tiers), accessed: sometimes(date)}, ['url', 'tier']), {maxLength: 2})),
      notes: sometimes(line)
    },
    ['id', 'kind', 'jurisdiction', 'terms', 'sources']
  )

  it('should accept and reject the same concepts as a reference implementation (ajv)', () => {
    let valid = 0
    fc.assert(
      fc.property(conceptArbitrary, (concept) => {
        const ours = validateConcept(concept).length === 0
        if (ours) valid++
        expect(ours).toBe(reference(concept))
      }),
      {numRuns: 3000}
    )
    // Note: make sure both sides were exercised.
    expect(valid).toBeGreaterThan(300)
  })

  it('should report problems at the same places as a reference implementation (ajv)', () => {
    fc.assert(
      fc.property(conceptArbitrary, (concept) => {
        reference(concept)
        const theirs = new Set((reference.errors ?? []).map((error: ErrorObject) => error.instancePath))
        const ours = new Set(
          validateConcept(concept).map((problem) => {
            // Note: ajv reports unknown keys and duplicates at the parent.
            const parent = problem.key || problem.ruleId === 'duplicate-item'
            const path = parent ? problem.path.slice(0, -1) : problem.path
            return path.map((segment) => '/' + segment).join('')
          })
        )
        expect([...ours].sort()).toEqual([...theirs].sort())
      }),
      {numRuns: 2000}
    )
  })
})
