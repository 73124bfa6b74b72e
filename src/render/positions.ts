/**
 * Line and column of UTF-16 offsets, as unist points.
 *
 * A point counts lines from 1 and columns from 1, in UTF-16 code units, the
 * way micromark, mdast and vfile count them: `\r\n`, `\r` and `\n` each end a
 * line, a tab is one column, an astral character two.
 */
import type {Analysis, Message, Point, Position, Segment, TermMatch} from '../types.js'

/** A value with its `position`. */
export type Positioned<T> = T & {position: Position}

/** An analysis whose segments, terms and messages carry a `position`. */
export interface PositionedAnalysis extends Omit<Analysis, 'segments' | 'terms' | 'messages'> {
  segments: Array<Positioned<Segment>>
  terms: Array<Positioned<TermMatch>>
  messages: Array<Positioned<Message>>
}

/**
 * Create a function that turns offsets into points.
 *
 * Finds every line start once (linear), then answers each query with a binary
 * search, so `n` queries on a document of `m` code units cost
 * `O(m + n log m)`. Offsets are clamped to `[0, document.length]`.
 *
 * @param document
 *   The whole document.
 * @returns
 *   A function from offset to point.
 *
 * @example
 *   createLocator('a\r\nb')(3) // => {line: 2, column: 1, offset: 3}
 */
export function createLocator(document: string): (offset: number) => Point {
  const starts = lineStarts(document)

  return function (offset) {
    const value = Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), document.length) : 0
    let low = 0
    let high = starts.length - 1

    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= value) low = middle
      else high = middle - 1
    }

    return {line: low + 1, column: value - starts[low]! + 1, offset: value}
  }
}

/**
 * Add a `position` (start and end points) to every segment, term and message
 * of an analysis.
 *
 * The result is a copy: `analysis` is not changed. Pairs keep their offset
 * tuples.
 *
 * @param markdown
 *   The document the analysis was made of.
 * @param analysis
 *   Analysis of `markdown`.
 * @returns
 *   A copy of `analysis` with positions.
 *
 * @example
 *   withPositions('a\nb', analysis).segments[1].position.start
 *   // => {line: 2, column: 1, offset: 2}
 */
export function withPositions(markdown: string, analysis: Analysis): PositionedAnalysis {
  const locate = createLocator(markdown)
  const place = <T extends {start: number; end: number}>(item: T): Positioned<T> => ({
    ...item,
    position: {start: locate(item.start), end: locate(item.end)}
  })

  return {
    ...analysis,
    segments: analysis.segments.map(place),
    terms: analysis.terms.map(place),
    messages: analysis.messages.map(place)
  }
}

/** Offsets where each line starts (the first is always 0). */
function lineStarts(document: string): Int32Array {
  const starts: number[] = [0]
  let index = 0

  while (index < document.length) {
    const code = document.charCodeAt(index)
    index++
    if (code === 13 /* `\r` */) {
      if (document.charCodeAt(index) === 10 /* `\n` */) index++
      starts.push(index)
    } else if (code === 10) {
      starts.push(index)
    }
  }

  return Int32Array.from(starts)
}
