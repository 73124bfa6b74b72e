/**
 * The error that importers of exchange files throw: it lists every problem
 * found, each with its line and column, never only the first.
 */

/** One problem in an exchange file. */
export interface ExchangeProblem {
  /** 1-indexed line. */
  line: number
  /** 1-indexed column, in UTF-16 code units (JavaScript string indices). */
  column: number
  /** What is wrong, without a trailing period. */
  reason: string
  /** Kebab-case name of the check (`term-not-first`, `not-well-formed`). */
  ruleId: string
}

/**
 * Error listing all problems of an exchange file.
 *
 * The message names the format and lists each problem as `line:column: reason`.
 */
export class ExchangeError extends Error {
  /** Every problem, in document order. */
  readonly problems: ExchangeProblem[]

  /**
   * @param format
   *   Name of the format (`TBX`, `CSV`).
   * @param problems
   *   Problems (at least one).
   */
  constructor(format: string, problems: ExchangeProblem[]) {
    const sorted = [...problems].sort(
      (a, b) => a.line - b.line || a.column - b.column
    )
    const count = sorted.length === 1 ? '1 problem' : sorted.length + ' problems'
    super(
      'Cannot import ' +
        format +
        ' (' +
        count +
        '):\n' +
        sorted
          .map((d) => '  ' + d.line + ':' + d.column + ': ' + d.reason)
          .join('\n')
    )
    this.name = 'ExchangeError'
    this.problems = sorted
  }
}
