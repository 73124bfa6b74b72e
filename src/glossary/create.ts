/**
 * Compile glossary data into an immutable, validated `Glossary`.
 */
import type {CaseRule, Concept, Glossary, GlossaryData, GlossaryTerm, TermType} from '../types.js'
import {nfc} from './nfc.js'
import {GlossaryError} from './problem.js'
import {conceptNode, own, typeOf, type CompiledNode} from './schema.js'
import {validateConcepts} from './validate.js'

/**
 * Create a glossary.
 *
 * Validates every concept against `glossary/schema.json` and checks that ids
 * are unique, then copies the data: strings normalised to NFC, fields in
 * schema order, unknown data dropped, each term's `case` filled in (`exact`
 * for acronyms and handles, `permissive` otherwise), and everything frozen.
 * The input is never modified or kept.
 *
 * Cross-concept checks that do not stop a glossary from working (dangling
 * `parent`, colliding terms, specs) are `lintGlossary`'s.
 *
 * @param data
 *   Concepts, or `{concepts}`.
 * @returns
 *   Immutable glossary.
 * @throws {GlossaryError}
 *   When the data is invalid; `error.problems` lists every problem.
 *
 * @example
 *   const glossary = createGlossary([{
 *     id: 'us-ice', kind: 'agency', jurisdiction: 'us-federal',
 *     terms: [{text: 'ICE', lang: 'en', type: 'acronym', status: 'preferred'}],
 *     sources: []
 *   }])
 *   glossary.get('us-ice')?.terms[0]?.case // => 'exact'
 */
export function createGlossary(data: GlossaryData | readonly Concept[]): Glossary {
  const values = conceptsOf(data)
  const problems = validateConcepts(values)
  if (problems.length > 0) throw new GlossaryError(problems)
  return compileGlossary(values.map((value) => normalizeConcept(value as Concept)))
}

/**
 * Compile concepts that are known to be valid and normal (NFC, schema
 * order), without checking or copying them: what `createGlossary` does after
 * validation, and what the default glossary does with its generated data
 * (validated at build time and by the test suite).
 *
 * Takes ownership of `concepts`: fills in case rules and freezes them.
 *
 * @param concepts
 *   Valid, normal concepts, not shared with anything else.
 * @returns
 *   Immutable glossary.
 */
export function compileGlossary(concepts: Concept[]): Glossary {
  const terms: GlossaryTerm[] = []
  const byId = new Map<string, Concept>()

  for (const concept of concepts) {
    for (const term of concept.terms) {
      term.case ??= defaultCase(term.type)
      // Note: one object shape for every term keeps reads fast (spreads give each its own).
      terms.push(Object.assign({}, term, {concept: concept.id}))
    }

    byId.set(concept.id, freeze(concept))
  }

  for (const term of terms) Object.freeze(term)

  return Object.freeze({
    concepts: Object.freeze(concepts),
    terms: Object.freeze(terms),
    get(id: string): Concept | undefined {
      return byId.get(id)
    }
  })
}

/**
 * Copy a valid concept in normal form: known fields only, in schema order,
 * strings in NFC, no defaults filled in, not frozen.
 *
 * @param concept
 *   Valid concept (see `validateConcept`).
 * @returns
 *   Normalised copy.
 */
export function normalizeConcept(concept: Concept): Concept {
  return copy(conceptNode(), concept) as Concept
}

/**
 * The case rule of a term without one.
 *
 * @param type
 *   Type of the term.
 * @returns
 *   `'exact'` for acronyms and handles, `'permissive'` otherwise.
 */
export function defaultCase(type: TermType): CaseRule {
  return type === 'acronym' || type === 'handle' ? 'exact' : 'permissive'
}

/**
 * @param data
 *   Input of `createGlossary`.
 * @returns
 *   The list of concepts.
 */
function conceptsOf(data: GlossaryData | readonly Concept[]): readonly unknown[] {
  if (Array.isArray(data)) return data as readonly unknown[]
  const concepts = typeOf(data) === 'object' ? own(data, 'concepts') : undefined
  if (Array.isArray(concepts)) return concepts as readonly unknown[]
  throw new TypeError('Unexpected glossary data `' + typeOf(data) + '`, expected `Concept[]` or `{concepts: Concept[]}`')
}

/**
 * Copy valid data along the schema: known fields only, in schema order,
 * strings in NFC.
 *
 * @param node
 *   Compiled schema node.
 * @param value
 *   Valid value.
 * @returns
 *   Copy (not frozen yet).
 */
function copy(node: CompiledNode, value: unknown): unknown {
  if (typeof value === 'string') return nfc(value)
  if (Array.isArray(value)) return value.map((item) => (node.items ? copy(node.items, item) : item))
  if (node.properties && typeOf(value) === 'object') {
    const result: Record<string, unknown> = {}
    for (const [key, child] of node.properties) {
      const field = own(value as object, key)
      if (field !== undefined) result[key] = copy(child, field)
    }

    return result
  }

  return value
}

/**
 * Freeze a value and everything in it.
 *
 * @param value
 *   Plain data.
 * @returns
 *   The same value, frozen.
 */
function freeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value
  if (Array.isArray(value)) {
    for (const item of value) freeze(item)
  } else {
    for (const key in value) freeze(value[key])
  }

  return Object.freeze(value)
}
