/**
 * Turn UTF-16 offsets into 1-based lines and columns, as vfile-location does.
 */

/** A place in a text. */
export interface Point {
  /** Line, 1-based. */
  line: number
  /** Column, 1-based, in UTF-16 code units. */
  column: number
}

/**
 * Create a function from offsets to points for one text.
 *
 * Lines end at `\n`, `\r\n` or `\r`. Offsets past the end map to the end.
 *
 * @param value
 *   Text.
 * @returns
 *   Function from an offset to its line and column.
 *
 * @example
 *   createLocator('a\nbc')(3) // => {line: 2, column: 2}
 */
export function createLocator(value: string): (offset: number) => Point {
  const starts = [0]
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }

  return function (offset) {
    const at = Math.min(Math.max(offset, 0), value.length)
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= at) low = middle
      else high = middle - 1
    }

    return {line: low + 1, column: at - starts[low]! + 1}
  }
}
