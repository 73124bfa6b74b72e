/**
 * Lint glossary data: the schema, and the checks across concepts that keep a
 * glossary right (collisions, references, superseded concepts, specs…).
 *
 * Pure: positions come from the `files` option (readers of files in
 * `glosa/node` make them), and specs run with the `match` function passed in,
 * so the core does not depend on the matcher.
 */
import type {Concept, Glossary, Severity} from '../types.js'
import {createGlossary} from './create.js'
import {lintCollisions} from './lint-collisions.js'
import {lintConcept} from './lint-concept.js'
import {lintReferences} from './lint-references.js'
import {lintSpecs} from './lint-specs.js'
import type {GlossaryProblem, PathSegment} from './problem.js'
import {conceptId, validateConcept} from './validate.js'

/** A 1-indexed point in a file. */
export interface Point {
  line: number
  column: number
}

/** Where a concept comes from. */
export interface ConceptLocation {
  /** Path of the file, as it should be reported. */
  file: string
  /**
   * Find the place of a path inside the concept (optional).
   *
   * @param path
   *   Path in the concept (`['terms', 2, 'status']`).
   * @param key
   *   Whether the field name is meant rather than its value.
   * @returns
   *   Point, or `undefined` when unknown.
   */
  locate?: ((path: readonly PathSegment[], key?: boolean) => Point | undefined) | null | undefined
}

/** A match as specs need it (`matchTerms` results fit). */
export interface SpecMatch {
  entry: string
  start: number
  end: number
}

/** Find the concepts in a phrase, for specs (`(text, glossary) => matchTerms(text, {glossary})`). */
export type SpecMatcher = (text: string, glossary: Glossary) => readonly SpecMatch[]

/** Options of `lintGlossary`. */
export interface LintOptions {
  /** Where each concept comes from, by index (optional; messages then carry `file`, `line`, `column`). */
  files?: ReadonlyArray<ConceptLocation | null | undefined> | null | undefined
  /** Matcher to run the specs (`tests`) with (optional; specs are skipped without one). */
  match?: SpecMatcher | null | undefined
  /** Extra lower-case words that acronyms must not be confused with (optional). */
  words?: Iterable<string> | null | undefined
}

/** A lint finding, shaped like a vfile message. */
export interface LintMessage {
  ruleId: string
  reason: string
  severity: Severity
  source: 'glosa'
  /** File (optional: when `files` is given). */
  file?: string
  /** 1-indexed line (optional). */
  line?: number
  /** 1-indexed column (optional). */
  column?: number
  /** Id of the concept (optional). */
  entry?: string
  /** Index of the concept in the input (optional). */
  index?: number
  /** Path inside the concept (optional). */
  path?: PathSegment[]
}

/** A valid concept with its index in the input. */
export interface IndexedConcept {
  index: number
  concept: Concept
}

/** What rules get: valid concepts and a way to report. */
export interface LintContext {
  /** Concepts that passed the schema, first of each id only, in input order. */
  concepts: readonly IndexedConcept[]
  /** Ids of every concept with a valid id, valid or not. */
  ids: ReadonlySet<string>
  /** Name a concept for reasons (`` `mx-fgr` `` or its file). */
  name(index: number): string
  report(severity: Severity, ruleId: string, reason: string, index: number, path: PathSegment[], key?: boolean): void
}

/**
 * Lint glossary data.
 *
 * Every concept is checked against the schema; the concepts that pass (the
 * first of each id) then go through the cross-concept rules:
 * `duplicate-id`, `term-collision`, `acronym-collision`, `duplicate-term`,
 * `missing-preferred-term`, `superseded-without-replacement`,
 * `superseded-without-date`, `superseded-term-status`, `dangling-reference`,
 * `reference-cycle`, `acronym-case`, `missing-source`, `invalid-date`,
 * `invalid-validity`, and `failing-spec` (with `options.match`).
 *
 * @param concepts
 *   Parsed concepts (anything: invalid ones are reported, not thrown).
 * @param options
 *   Configuration (optional).
 * @returns
 *   Messages, sorted by concept and place.
 *
 * @example
 *   lintGlossary([{id: 'mx-x', kind: 'agency', jurisdiction: 'mx-federal', terms: [], sources: []}])
 *     .map((message) => message.ruleId)
 *   // => ['empty-list', …]
 */
export function lintGlossary(concepts: readonly unknown[], options?: LintOptions | null | undefined): LintMessage[] {
  const files = options?.files ?? []
  const messages: LintMessage[] = []
  const valid: IndexedConcept[] = []
  const ids = new Set<string>()
  const firsts = new Map<string, number>()
  const name = (index: number) => {
    const id = conceptId(concepts[index])
    const file = files[index]?.file
    return (id === undefined ? '`concepts[' + index + ']`' : '`' + id + '`') + (file ? ' (' + file + ')' : '')
  }

  const report: LintContext['report'] = (severity, ruleId, reason, index, path, key) => {
    messages.push(message({ruleId, reason, index, path, ...(key ? {key} : {})}, severity))
  }

  for (let index = 0; index < concepts.length; index++) {
    const problems = validateConcept(concepts[index], index)
    for (const problem of problems) messages.push(message(problem, 'error'))
    const id = conceptId(concepts[index])
    if (id === undefined) continue
    ids.add(id)
    const first = firsts.get(id)

    if (first === undefined) {
      firsts.set(id, index)
      if (problems.length === 0) valid.push({index, concept: concepts[index] as Concept})
    } else {
      report('error', 'duplicate-id', 'Unexpected duplicate id `' + id + '`, also used by ' + name(first), index, ['id'])
    }
  }

  const context: LintContext = {concepts: valid, ids, name, report}
  for (const {index, concept} of valid) lintConcept(context, index, concept, options?.words)
  lintReferences(context)
  lintCollisions(context)
  if (options?.match) lintSpecs(context, createGlossary(valid.map((entry) => entry.concept)), options.match)

  return messages.sort(compare)

  function message(problem: Omit<GlossaryProblem, 'id'>, severity: Severity): LintMessage {
    const result: LintMessage = {ruleId: problem.ruleId, reason: problem.reason, severity, source: 'glosa'}
    const index = problem.index
    const location = index === undefined ? undefined : files[index]
    if (location) {
      result.file = location.file
      const point = location.locate?.(problem.path, problem.key)
      if (point) Object.assign(result, point)
    }

    const id = index === undefined ? undefined : conceptId(concepts[index])
    if (id !== undefined) result.entry = id
    if (index !== undefined) result.index = index
    result.path = problem.path
    return result
  }
}

/**
 * Order messages by concept, then place, then rule.
 *
 * @param a
 *   Message.
 * @param b
 *   Other message.
 * @returns
 *   Order.
 */
function compare(a: LintMessage, b: LintMessage): number {
  return (
    (a.index ?? -1) - (b.index ?? -1) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.ruleId.localeCompare(b.ruleId)
  )
}
