/**
 * glosa's key order for concepts, terms and sources — the order of
 * `src/types.ts` and of the files in `glossary/` — so that importers and the
 * YAML writer give stable, diff-friendly output.
 */

import type {Concept, Source, Term, TermTests} from '../../types.js'

/** Keys of a concept, in order. */
export const conceptKeys = [
  'id',
  'kind',
  'jurisdiction',
  'parent',
  'subjectField',
  'validFrom',
  'validUntil',
  'replacedBy',
  'historicalContexts',
  'definition',
  'terms',
  'sources',
  'notes'
] as const

/** Keys of a term, in order. */
export const termKeys = [
  'text',
  'lang',
  'type',
  'status',
  'case',
  'forms',
  'gender',
  'matchIn',
  'requiresContext',
  'notes',
  'tests'
] as const

/**
 * Copy a concept with glosa's key order, leaving out `undefined` fields.
 *
 * @param concept
 *   Concept.
 * @returns
 *   New concept (terms, sources and nested objects copied too).
 */
export function orderConcept(concept: Concept): Concept {
  const result: Record<string, unknown> = {}

  for (const key of conceptKeys) {
    const value = concept[key]
    if (value === undefined) continue
    if (key === 'terms') result[key] = concept.terms.map((d) => orderTerm(d))
    else if (key === 'sources') result[key] = concept.sources.map((d) => orderSource(d))
    else if (key === 'definition') result[key] = ordered(concept.definition ?? {}, ['en', 'es'])
    else if (key === 'historicalContexts') result[key] = [...(concept.historicalContexts ?? [])]
    else result[key] = value
  }

  return result as unknown as Concept
}

/**
 * Copy a term with glosa's key order.
 *
 * @param term
 *   Term.
 * @returns
 *   New term.
 */
export function orderTerm(term: Term): Term {
  const result: Record<string, unknown> = {}

  for (const key of termKeys) {
    const value = term[key]
    if (value === undefined) continue
    if (key === 'tests') result[key] = orderTests(term.tests ?? {})
    else result[key] = Array.isArray(value) ? [...value] : value
  }

  return result as unknown as Term
}

/**
 * Copy tests with glosa's key order.
 *
 * @param tests
 *   Tests.
 * @returns
 *   New tests.
 */
function orderTests(tests: TermTests): TermTests {
  const result: TermTests = {}
  if (tests.match !== undefined) result.match = [...tests.match]
  if (tests.noMatch !== undefined) result.noMatch = [...tests.noMatch]
  return result
}

/**
 * Copy a source with glosa's key order.
 *
 * @param source
 *   Source.
 * @returns
 *   New source.
 */
function orderSource(source: Source): Source {
  return ordered(source, ['url', 'tier', 'accessed']) as unknown as Source
}

/**
 * Copy the given keys of an object, in order, leaving out `undefined` values.
 *
 * @param value
 *   Object.
 * @param keys
 *   Keys.
 * @returns
 *   New object.
 */
function ordered<T extends object>(value: T, keys: ReadonlyArray<keyof T>): T {
  const result: Partial<T> = {}
  for (const key of keys) {
    if (value[key] !== undefined) result[key] = value[key]
  }

  return result as T
}
