/**
 * Format lists of values for messages.
 */

/**
 * Format a list of values: `` `a`, `b` or `c` ``.
 *
 * @param values
 *   Values.
 * @returns
 *   Readable list.
 */
export function list(values: readonly string[]): string {
  const quoted = values.map((d) => '`' + d + '`')
  if (quoted.length < 2) return quoted.join('')
  return quoted.slice(0, -1).join(', ') + ' or ' + quoted.at(-1)
}
