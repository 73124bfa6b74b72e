/**
 * Decide what an output marks: which segments carry a language (those whose
 * language differs from the surrounding one, and every paired one), and every
 * term, outer ranges before inner ones.
 */
import type {Analysis, Lang, Pair, Segment, TermMatch} from '../types.js'

/** A segment to mark. */
export interface SegmentMark {
  segment: Segment
  /** Language to mark it with (`undefined`: same as around it, or undetermined). */
  lang: Lang | undefined
  /** The pair it belongs to (optional). */
  pair: Pair | undefined
  /** Ids of the segments on the other side of its pair. */
  counterparts: string[]
}

/** How an output places marks; each returns whether the mark was placed. */
export interface MarkHooks {
  block(mark: SegmentMark): boolean
  segment(mark: SegmentMark): boolean
  term(term: TermMatch): boolean
}

/**
 * Walk the segments of an analysis outer first (blocks, their sentences, their
 * spans), then the terms, and hand each mark to the output.
 *
 * A segment is marked when its language (`es` or `en`) differs from the
 * language around it (the document's, or that of the enclosing marked
 * segment), or when it is part of a pair. When an output cannot place a
 * segment, its children are compared with the language around it instead.
 *
 * @param analysis
 *   Analysis to render.
 * @param lang
 *   Language of the document.
 * @param hooks
 *   Placement by the output.
 */
export function walkMarks(analysis: Analysis, lang: Lang, hooks: MarkHooks): void {
  const children = new Map<string, Segment[]>()
  const roots: Segment[] = []
  const ids = new Set(analysis.segments.map((segment) => segment.id))
  for (const segment of analysis.segments) {
    if (segment.parent !== undefined && ids.has(segment.parent)) {
      const list = children.get(segment.parent)
      if (list) list.push(segment)
      else children.set(segment.parent, [segment])
    } else roots.push(segment)
  }

  const pairs = pairsBySegment(analysis.pairs)
  const stack: Array<{segment: Segment; around: Lang}> = roots.map((segment) => ({segment, around: lang})).reverse()

  while (stack.length > 0) {
    const {segment, around} = stack.pop()!
    const paired = pairs.get(segment.id)
    const own = segment.lang === 'es' || segment.lang === 'en' ? segment.lang : undefined
    const side = paired ? (paired.es.includes(segment.id) ? 'es' : 'en') : undefined
    let inside = around

    if ((own && own !== around) || paired) {
      const mark: SegmentMark = {
        segment,
        lang: own ?? side,
        pair: paired,
        counterparts: paired ? (side === 'es' ? paired.en : paired.es) : []
      }
      const placed = segment.kind === 'block' ? hooks.block(mark) : hooks.segment(mark)
      if (placed && mark.lang) inside = mark.lang
    }

    const list = children.get(segment.id) ?? []
    for (let index = list.length - 1; index >= 0; index--) stack.push({segment: list[index]!, around: inside})
  }

  for (const term of analysis.terms) hooks.term(term)
}

/** The first pair of each segment id. */
function pairsBySegment(pairs: Pair[]): Map<string, Pair> {
  const map = new Map<string, Pair>()
  for (const pair of pairs) {
    for (const id of [...pair.es, ...pair.en]) if (!map.has(id)) map.set(id, pair)
  }

  return map
}
