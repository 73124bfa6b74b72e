/**
 * Map string offsets to 1-indexed lines and columns.
 */

/** A 1-indexed line and column. */
export interface Place {
  line: number
  column: number
}

/**
 * Create a function that turns an offset of `value` into a line and column.
 *
 * Line breaks are `\n`, `\r\n` and a lone `\r` (as XML and CSV read them);
 * columns count UTF-16 code units.
 *
 * @param value
 *   Text.
 * @returns
 *   Function from a UTF-16 offset to a place (offsets past the end are clamped).
 *
 * @example
 *   createLocator('a\nbc')(3) // => {line: 2, column: 2}
 */
export function createLocator(value: string): (offset: number) => Place {
  const starts = [0]
  let index = 0

  while (index < value.length) {
    const code = value.charCodeAt(index)
    index++
    if (code === 13 /* `\r` */ && value.charCodeAt(index) === 10) index++
    if (code === 10 || code === 13) starts.push(index)
  }

  return function (offset) {
    const clamped = Math.max(0, Math.min(offset, value.length))
    let low = 0
    let high = starts.length - 1

    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] ?? 0) <= clamped) low = middle
      else high = middle - 1
    }

    return {line: low + 1, column: clamped - (starts[low] ?? 0) + 1}
  }
}
