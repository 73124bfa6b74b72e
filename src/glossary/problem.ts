/**
 * Problems found in glossary data, and the error that lists them all.
 *
 * A problem says what is wrong (`reason`), which rule found it (`ruleId`),
 * and where: the index of the concept in the input, its id when known, and
 * the path inside the concept (`['terms', 2, 'status']`). Readers of files
 * (`glosa/node`) add `file`, `line` and `column`.
 */

/** A step of a path into a concept: a field name or a list index. */
export type PathSegment = string | number

/** One problem in glossary data. */
export interface GlossaryProblem {
  /** Kebab-case name of the check (`unexpected-field`, `duplicate-id`). */
  ruleId: string
  /** What is wrong, without a trailing period. */
  reason: string
  /** Index of the concept in the input (optional: absent for problems of the whole input). */
  index?: number
  /** Id of the concept, when it has a valid one (optional). */
  id?: string
  /** Path of the culprit inside the concept (`['terms', 2, 'status']`; `[]` is the concept). */
  path: PathSegment[]
  /** Whether the culprit is the field name at `path` rather than its value (optional). */
  key?: boolean
  /** File the concept comes from (optional). */
  file?: string
  /** 1-indexed line in `file` (optional). */
  line?: number
  /** 1-indexed column in `file` (optional). */
  column?: number
}

/**
 * Format a path as in JavaScript: `terms[2].status`.
 *
 * @param path
 *   Path segments.
 * @returns
 *   Readable path; `'concept'` for the empty path.
 *
 * @example
 *   formatPath(['terms', 2, 'status']) // => 'terms[2].status'
 */
export function formatPath(path: readonly PathSegment[]): string {
  let result = ''
  for (const segment of path) {
    result += typeof segment === 'number' ? '[' + segment + ']' : (result ? '.' : '') + segment
  }

  return result || 'concept'
}

/**
 * Format where a problem is: `file:line:column`, else the concept and path.
 *
 * @param problem
 *   Problem.
 * @returns
 *   Place (`glossary/mx/fgr.yaml:12:5`, `mx-fgr: terms[2].status`, `concepts[3]`).
 */
export function formatPlace(problem: GlossaryProblem): string {
  if (problem.file !== undefined) {
    return problem.file + (problem.line === undefined ? '' : ':' + problem.line + ':' + (problem.column ?? 1))
  }

  const concept =
    problem.id === undefined ? (problem.index === undefined ? 'glossary' : 'concepts[' + problem.index + ']') : problem.id
  return problem.path.length === 0 ? concept : concept + ': ' + formatPath(problem.path)
}

/**
 * Error thrown when glossary data is invalid; `problems` lists every problem.
 */
export class GlossaryError extends Error {
  override name = 'GlossaryError'
  /** Every problem found, in input order. */
  readonly problems: readonly GlossaryProblem[]

  /**
   * @param problems
   *   Problems (at least one).
   */
  constructor(problems: readonly GlossaryProblem[]) {
    const count = problems.length
    const lines = problems.map((problem) => '  ' + formatPlace(problem) + ': ' + problem.reason + ' (' + problem.ruleId + ')')
    super('Invalid glossary, ' + count + (count === 1 ? ' problem' : ' problems') + ':\n' + lines.join('\n'))
    this.problems = Object.freeze([...problems])
  }
}
