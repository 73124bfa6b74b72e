/**
 * Align a text node's value with its source, code unit by code unit.
 *
 * A value differs from its source slice where markdown syntax was consumed:
 * backslash escapes, character references, blockquote and list prefixes on
 * continuation lines, trailing spaces before a line ending. The walk matches
 * each value unit to the next equal source unit, consuming escapes and
 * references whole, and turns every line ending into one space. Lookahead is
 * bounded, so time is linear in the value.
 */

/** Plain text under construction, with the source range of each code unit. */
export interface Builder {
  text: string[]
  starts: number[]
  ends: number[]
}

const lookahead = 64
const reference = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|[A-Za-z][A-Za-z\d]{1,31});/y

/**
 * Append `value`, whose source is `markdown.slice(from, to)`, to `builder`.
 *
 * @param value
 *   Node value (unescaped, prefixes removed).
 * @param markdown
 *   Whole source.
 * @param from
 *   Source start of the node.
 * @param to
 *   Source end of the node.
 * @param builder
 *   Plain text under construction.
 */
export function alignValue(value: string, markdown: string, from: number, to: number, builder: Builder): void {
  let p = from
  let index = 0

  while (index < value.length) {
    const unit = value[index]!

    if (unit === '\n' || unit === '\r') {
      const width = unit === '\r' && value[index + 1] === '\n' ? 2 : 1
      const start = findLineEnding(markdown, p, to)
      const end = Math.min(to, start + (markdown[start] === '\r' && markdown[start + 1] === '\n' ? 2 : 1))
      push(builder, ' ', start, end)
      p = end
      index += width
      continue
    }

    const consumed = consume(markdown, p, to, value, index)
    for (let offset = 0; offset < consumed.units; offset++) {
      push(builder, value[index + offset]!, consumed.start, consumed.end)
    }
    p = consumed.end
    index += consumed.units
  }
}

/** Append one plain-text unit with its source range. */
export function push(builder: Builder, unit: string, start: number, end: number): void {
  builder.text.push(unit)
  builder.starts.push(start)
  builder.ends.push(end)
}

/** Find the source of the value unit(s) at `index`, at or after `p`. */
function consume(
  markdown: string,
  p: number,
  to: number,
  value: string,
  index: number
): {start: number; end: number; units: number} {
  const unit = value[index]!
  if (markdown[p] === '&') {
    reference.lastIndex = p
    const match = reference.exec(markdown)
    if (match && value.slice(index, index + match[0].length) !== match[0]) {
      const code = match[1] ? Number(match[1]) : match[2] ? Number.parseInt(match[2], 16) : 0
      const units = code > 0xff_ff && code <= 0x10_ff_ff ? 2 : 1
      return {start: p, end: p + match[0].length, units: Math.min(units, value.length - index)}
    }
  }

  if (markdown[p] === unit) return {start: p, end: p + 1, units: 1}
  if (markdown[p] === '\\' && markdown[p + 1] === unit) return {start: p, end: p + 2, units: 1}

  const found = markdown.indexOf(unit, p)
  if (found !== -1 && found < to && found - p <= lookahead) {
    return {start: found, end: found + 1, units: 1}
  }

  return {start: p, end: p, units: 1}
}

/** Find the next line ending in the source, at or after `p`. */
function findLineEnding(markdown: string, p: number, to: number): number {
  const limit = Math.min(to, p + lookahead)
  for (let index = p; index < limit; index++) {
    const code = markdown.charCodeAt(index)
    if (code === 10 || code === 13) return index
  }

  return p
}
