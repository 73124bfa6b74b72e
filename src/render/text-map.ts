/**
 * Where each code unit of a text node's value comes from in the source.
 *
 * A text node's value differs from its source slice where markdown syntax
 * was consumed: backslash escapes, character references, blockquote and list
 * prefixes of continuation lines, indentation, spaces before a line ending.
 * The walk matches each value unit to the next equal source unit, taking
 * escapes and references whole. Lookahead is bounded, so time is linear.
 */

/** Source range of every code unit of a value. */
export interface TextMap {
  /** Source offset where unit `i` starts. */
  starts: Int32Array
  /** Source offset where unit `i` ends. */
  ends: Int32Array
}

const lookahead = 64
/** A character reference (`&amp;`, `&#233;`, `&#xE9;`), sticky; decimal and hex digits captured. */
export const referenceExpression = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|[A-Za-z][A-Za-z\d]{1,31});/y

/**
 * Map a value to its source.
 *
 * @param value
 *   Node value (unescaped, prefixes removed).
 * @param markdown
 *   Whole source.
 * @param from
 *   Source start of the node.
 * @param to
 *   Source end of the node.
 * @returns
 *   Source range of every unit of `value`.
 *
 * @example
 *   mapText('a*b', 'a\\*b', 0, 4).starts // => Int32Array [0, 1, 3]
 */
export function mapText(value: string, markdown: string, from: number, to: number): TextMap {
  const starts = new Int32Array(value.length)
  const ends = new Int32Array(value.length)
  let p = from
  let index = 0

  while (index < value.length) {
    const found = locate(markdown, p, to, value, index)
    for (let offset = 0; offset < found.units; offset++) {
      starts[index + offset] = found.start
      ends[index + offset] = found.end
    }

    p = found.end
    index += found.units
  }

  return {starts, ends}
}

/** Find the source of the value unit(s) at `index`, at or after `p`. */
function locate(
  markdown: string,
  p: number,
  to: number,
  value: string,
  index: number
): {start: number; end: number; units: number} {
  const unit = value[index]!
  const limit = Math.min(to, p + lookahead)

  for (let q = p; q < limit; q++) {
    const code = markdown[q]
    if (code === '&') {
      const found = reference(markdown, q, to, value, index)
      if (found) return found
    }

    // Note: escapes first, as two backslashes are an escaped backslash.
    if (code === '\\' && markdown[q + 1] === unit && q + 1 < to && isPunctuation(unit)) return {start: q, end: q + 2, units: 1}
    if (code === unit) return {start: q, end: q + 1, units: 1}
  }

  return {start: p, end: p, units: 1}
}

/** A character reference at `q` that the value holds decoded, or `undefined`. */
function reference(
  markdown: string,
  q: number,
  to: number,
  value: string,
  index: number
): {start: number; end: number; units: number} | undefined {
  referenceExpression.lastIndex = q
  const match = referenceExpression.exec(markdown)
  if (!match || q + match[0].length > to || value.slice(index, index + match[0].length) === match[0]) return undefined
  const code = match[1] ? Number(match[1]) : match[2] ? Number.parseInt(match[2], 16) : 0
  const units = code > 0xff_ff && code <= 0x10_ff_ff ? 2 : 1
  return {start: q, end: q + match[0].length, units: Math.min(units, value.length - index)}
}

/** Whether `unit` is ASCII punctuation (what a backslash can escape). */
function isPunctuation(unit: string): boolean {
  return /^[!-/:-@[-`{-~]$/.test(unit)
}
