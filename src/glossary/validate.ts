/**
 * Validate concepts against `glossary/schema.json`, and ids across concepts.
 */
import type {GlossaryProblem, PathSegment} from './problem.js'
import {checkValue, conceptNode, own, typeOf} from './schema.js'

/** Options of `validateConcepts`. */
export interface ValidateOptions {
  /**
   * Name the concept at an index in reasons about another one (default:
   * `` `concepts[0]` ``); readers of files pass the file name.
   */
  name?: ((index: number) => string) | null | undefined
}

/**
 * Check one concept against the schema.
 *
 * @param value
 *   Parsed concept (any value; never modified, getters never run).
 * @param index
 *   Index of the concept in its glossary (optional).
 * @returns
 *   Every problem, in document order of the fields; empty when valid.
 *
 * @example
 *   validateConcept({id: 'mx-fgr', kind: 'prosecutor'})[0]?.reason
 *   // => 'Missing required field `jurisdiction`'
 */
export function validateConcept(value: unknown, index?: number): GlossaryProblem[] {
  const problems: GlossaryProblem[] = []
  const id = conceptId(value)
  const path: PathSegment[] = []

  checkValue(conceptNode(), value, path, (problem) => {
    const full: GlossaryProblem = problem
    if (index !== undefined) full.index = index
    if (id !== undefined) full.id = id
    problems.push(full)
  })

  return problems
}

/**
 * Check concepts against the schema and for duplicate ids.
 *
 * @param values
 *   Parsed concepts.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Every problem, by concept; empty when all are valid.
 */
export function validateConcepts(values: readonly unknown[], options?: ValidateOptions | null | undefined): GlossaryProblem[] {
  const name = options?.name ?? ((index: number) => '`concepts[' + index + ']`')
  const problems: GlossaryProblem[] = []
  const seen = new Map<string, number>()

  for (let index = 0; index < values.length; index++) {
    const value = values[index]
    problems.push(...validateConcept(value, index))
    const id = conceptId(value)
    if (id === undefined) continue
    const first = seen.get(id)

    if (first === undefined) {
      seen.set(id, index)
    } else {
      problems.push({
        ruleId: 'duplicate-id',
        reason: 'Unexpected duplicate id `' + id + '`, also used by ' + name(first),
        index,
        id,
        path: ['id']
      })
    }
  }

  return problems
}

/**
 * Get the id of a parsed concept, when it is a string matching the id pattern.
 *
 * @param value
 *   Parsed concept.
 * @returns
 *   Id, or `undefined`.
 */
export function conceptId(value: unknown): string | undefined {
  if (typeOf(value) !== 'object') return undefined
  const id = own(value as object, 'id')
  const node = conceptNode().properties?.get('id')
  return typeof id === 'string' && (!node?.pattern || node.pattern.test(id)) ? id : undefined
}
