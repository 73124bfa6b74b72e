/**
 * Place source ranges on an mdast tree: split text nodes at range boundaries
 * and wrap the phrasing content of a range in a new `glosaMark` node.
 *
 * A range lands in one phrasing container (paragraph, heading, table cell),
 * as a run of sibling nodes: its ends may fall inside text nodes (which are
 * split) or on the edges of inline nodes (so `*Guardia* Nacional` wraps the
 * whole emphasis). A range that cuts across inline markup (half of an
 * emphasis) cannot be one node: `wrap` refuses it, `wrapFragments` wraps each
 * piece. Every walk is a loop (no recursion), so deep trees are fine.
 */
import type {Point} from '../types.js'
import {repairPositions} from './repair-positions.js'
import {mapText, type TextMap} from './text-map.js'

/** An mdast node, loosely typed (the placer works on any node type). */
export interface AnyNode {
  type: string
  value?: string
  children?: AnyNode[]
  position?: {start: Point; end: Point} | undefined
  data?: Record<string, unknown>
}

/** A node that wraps a placed range. */
export interface MarkNode<T> extends AnyNode {
  type: 'glosaMark'
  children: AnyNode[]
  position: {start: Point; end: Point}
  data: {hName: string; hProperties: Record<string, string>}
  /** What the mark is about (set by the caller). */
  mark: T
}

/** Configuration of a placer. */
export interface PlacerOptions {
  /** Whether to place ranges inside an inline node of this type (`glosaMark`, `emphasis`, `strong`, `delete` always are). */
  descend: (type: string) => boolean
  /**
   * Final say on a wrap, given the source offsets where the mark would open
   * and close, the first and last node it would hold, and the phrasing
   * container it is in (optional).
   */
  accept?: ((open: number, close: number, first: AnyNode, last: AnyNode, block: AnyNode) => boolean) | undefined
  /**
   * Merge a mark into a mark node of exactly the same range, or refuse (then
   * the new mark goes inside it) (optional: refuse).
   */
  merge?: ((existing: MarkNode<unknown>, mark: unknown) => boolean) | undefined
}

/** Places ranges on one tree. */
export interface Placer {
  /**
   * Wrap `[start, end)` in one mark node.
   *
   * @param strict
   *   Refuse ranges whose ends fall inside a leaf other than text (image alt).
   */
  wrap<T>(start: number, end: number, mark: T, strict: boolean): MarkNode<T> | undefined
  /** Wrap `[start, end)` in as few mark nodes as the markup allows. */
  wrapFragments<T>(start: number, end: number, mark: () => T): Array<MarkNode<T>>
  /** The phrasing container (paragraph, heading, table cell) holding `[start, end)`. */
  container(start: number, end: number): AnyNode | undefined
  /** The parent of a block node (found by walking down from the root). */
  parentOf(node: AnyNode): AnyNode | undefined
}

const flow = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'footnoteDefinition', 'containerDirective'])
const phrasing = new Set(['paragraph', 'heading', 'tableCell'])
const inline = new Set(['glosaMark', 'emphasis', 'strong', 'delete'])

/** Where a range starts or ends among the children of a node. */
interface Edge {
  /** Index of the child. */
  index: number
  /** Value index to split a text child at (`undefined`: the edge is at the child's border). */
  split?: number | undefined
}

/**
 * Create a placer.
 *
 * @param markdown
 *   Source of `tree`.
 * @param tree
 *   mdast root with positions; changed in place by `wrap`.
 * @param locate
 *   Offset to point (for the positions of new nodes).
 * @param options
 *   Configuration.
 * @returns
 *   Placer.
 */
export function createPlacer(
  markdown: string,
  tree: AnyNode,
  locate: (offset: number) => Point,
  options: PlacerOptions
): Placer {
  const ranges = new WeakMap<AnyNode, [number, number]>()
  const maps = new WeakMap<AnyNode, TextMap>()
  repairPositions(markdown, tree, locate)

  return {wrap, wrapFragments, container, parentOf}

  function wrap<T>(start: number, end: number, mark: T, strict: boolean): MarkNode<T> | undefined {
    const found = findLevel(start, end)
    if (!found) return undefined
    const first = edgeAt(found.level, start, 'start', strict)
    const last = edgeAt(found.level, end, 'end', strict)
    if (!first || !last) return undefined
    return wrapBetween(found.level, found.block, first, last, mark)
  }

  function wrapFragments<T>(start: number, end: number, mark: () => T): Array<MarkNode<T>> {
    const found = findLevel(start, end)
    if (!found) return []
    const marks: Array<MarkNode<T>> = []
    const stack: Array<[AnyNode, number, number]> = [[found.level, start, end]]

    while (stack.length > 0) {
      const [node, from, to] = stack.pop()!
      const first = edgeAt(node, from, 'start', false)
      const last = edgeAt(node, to, 'end', false)
      const children = node.children!
      let low = first ? first.index : firstAfter(children, from)
      let high = last ? last.index : lastBefore(children, to)
      if (low === -1 || high === -1 || low > high) continue

      // Note: a crossed inline node is entered, and its covered part wrapped inside it.
      const crossed = new Set<AnyNode>()
      if (!first) crossed.add(children[low++]!)
      if (!last) crossed.add(children[high--]!)
      for (const child of crossed) if (child.children) stack.push([child, from, to])
      if (low > high) continue
      const made = wrapBetween(node, found.block, first ?? {index: low}, last ?? {index: high}, mark())
      if (made) marks.push(made)
    }

    return marks
  }

  function container(start: number, end: number): AnyNode | undefined {
    let node: AnyNode = tree
    while (flow.has(node.type)) {
      const child = childAround(node, start, end)
      if (!child) return undefined
      node = child
    }

    return phrasing.has(node.type) ? node : undefined
  }

  function parentOf(target: AnyNode): AnyNode | undefined {
    const start = target.position!.start.offset!
    const end = target.position!.end.offset!
    let node: AnyNode = tree
    while (flow.has(node.type)) {
      const child = childAround(node, start, end)
      if (!child) return undefined
      if (child === target) return node
      node = child
    }

    return undefined
  }

  /** The node whose children the range is a run of, and its phrasing container. */
  function findLevel(start: number, end: number): {level: AnyNode; block: AnyNode} | undefined {
    if (!(start < end)) return undefined
    const block = container(start, end)
    if (!block) return undefined
    let node = block

    while (true) {
      const index = firstAfter(node.children!, start)
      if (index === -1) return undefined
      const child = node.children![index]!
      if (!child.children) return {level: node, block}
      const [from, to] = contentOf(child)
      const position = child.position!
      const within = start >= position.start.offset! && end <= position.end.offset!
      if (!within || (start <= from && end >= to)) return {level: node, block}
      if (!inline.has(child.type) && !options.descend(child.type)) return undefined
      node = child
    }
  }

  /** Where `offset` falls among the children of `node`: at a border, or inside a text child. */
  function edgeAt(node: AnyNode, offset: number, side: 'start' | 'end', strict: boolean): Edge | undefined {
    const children = node.children!
    const index = side === 'start' ? firstAfter(children, offset) : lastBefore(children, offset)
    if (index === -1) return undefined
    const child = children[index]!
    const [from, to] = contentOf(child)
    if (side === 'start' ? offset <= from : offset >= to) return {index}
    if (child.type === 'text') return textEdge(child, index, offset, side)
    if (child.children || strict) return undefined
    return {index}
  }

  /** Edge inside a text child, at the nearest unit border inward of `offset` (binary search). */
  function textEdge(child: AnyNode, index: number, offset: number, side: 'start' | 'end'): Edge | undefined {
    const {starts, ends} = textMap(child)
    const size = starts.length
    let low = 0
    let high = size

    if (side === 'start') {
      // First unit starting at or after `offset`.
      while (low < high) {
        const middle = (low + high) >> 1
        if (starts[middle]! < offset) low = middle + 1
        else high = middle
      }

      if (low === 0) return {index}
      // Note: a unit of unknown source (zero width) is no place to split.
      return low === size || starts[low] === ends[low] ? undefined : {index, split: low}
    }

    // Number of units ending at or before `offset`.
    while (low < high) {
      const middle = (low + high) >> 1
      if (ends[middle]! <= offset) low = middle + 1
      else high = middle
    }

    if (low === size) return {index}
    return low === 0 || starts[low - 1] === ends[low - 1] ? undefined : {index, split: low}
  }

  /** Wrap the children between two edges (splitting text children first). */
  function wrapBetween<T>(node: AnyNode, block: AnyNode, first: Edge, last: Edge, mark: T): MarkNode<T> | undefined {
    const children = node.children!
    let low = first.index
    let high = last.index
    if (low > high || (low === high && first.split !== undefined && last.split !== undefined && first.split >= last.split)) {
      return undefined
    }

    const only = children[low]!
    if (low === high && first.split === undefined && last.split === undefined && only.type === 'glosaMark') {
      return sameRange(only as MarkNode<unknown>, mark) as MarkNode<T> | undefined
    }

    const open = first.split === undefined ? children[low]!.position!.start.offset! : textMap(children[low]!).starts[first.split]!
    const close = last.split === undefined ? children[high]!.position!.end.offset! : textMap(children[high]!).ends[last.split - 1]!
    if (!(open < close) || (options.accept && !options.accept(open, close, children[low]!, children[high]!, block))) {
      return undefined
    }

    // Split the end first so indices before it stay valid.
    if (last.split !== undefined) splitText(children, high, last.split)
    if (first.split !== undefined) {
      splitText(children, low, first.split)
      low++
      high++
    }

    const wrapped = children.slice(low, high + 1)
    const made: MarkNode<T> = {
      type: 'glosaMark',
      children: wrapped,
      position: {start: locate(open), end: locate(close)},
      data: {hName: 'span', hProperties: {}},
      mark
    }
    children.splice(low, wrapped.length, made)
    return made
  }

  /** A mark on exactly the range of a mark node: merged into it, or put inside it. */
  function sameRange<T>(existing: MarkNode<unknown>, mark: T): MarkNode<unknown> | MarkNode<T> | undefined {
    if (options.merge?.(existing, mark)) return existing
    const {start, end} = existing.position
    if (options.accept && !options.accept(start.offset!, end.offset!, existing.children[0]!, existing.children.at(-1)!, existing)) {
      return undefined
    }

    const made: MarkNode<T> = {
      type: 'glosaMark',
      children: existing.children,
      position: {start, end},
      data: {hName: 'span', hProperties: {}},
      mark
    }
    existing.children = [made]
    return made
  }

  /** Split the text child at `index` into two at value index `at`. */
  function splitText(children: AnyNode[], index: number, at: number): void {
    const child = children[index]!
    const map = textMap(child)
    const value = child.value!
    const left: AnyNode = {
      type: 'text',
      value: value.slice(0, at),
      position: {start: child.position!.start, end: locate(map.ends[at - 1]!)}
    }
    const right: AnyNode = {
      type: 'text',
      value: value.slice(at),
      position: {start: locate(map.starts[at]!), end: child.position!.end}
    }
    maps.set(left, {starts: map.starts.subarray(0, at), ends: map.ends.subarray(0, at)})
    maps.set(right, {starts: map.starts.subarray(at), ends: map.ends.subarray(at)})
    children.splice(index, 1, left, right)
  }

  function textMap(node: AnyNode): TextMap {
    let map = maps.get(node)
    if (!map) {
      map = mapText(node.value!, markdown, node.position!.start.offset!, node.position!.end.offset!)
      maps.set(node, map)
    }

    return map
  }

  /** First and last source offset of the content of a node (its leaves), cached. */
  function contentOf(node: AnyNode): [number, number] {
    const cached = ranges.get(node)
    if (cached) return cached
    let first = node
    while (first.children && first.children.length > 0) first = first.children[0]!
    let last = node
    while (last.children && last.children.length > 0) last = last.children[last.children.length - 1]!
    const range: [number, number] =
      first === node && node.children
        ? [node.position!.end.offset!, node.position!.end.offset!]
        : [first.position!.start.offset!, last.position!.end.offset!]
    ranges.set(node, range)
    return range
  }

  /** Index of the first child whose content ends after `offset` (binary search). */
  function firstAfter(children: AnyNode[], offset: number): number {
    let low = 0
    let high = children.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (contentOf(children[middle]!)[1] > offset) high = middle
      else low = middle + 1
    }

    return low < children.length ? low : -1
  }

  /** Index of the last child whose content starts before `offset` (binary search). */
  function lastBefore(children: AnyNode[], offset: number): number {
    let low = -1
    let high = children.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (contentOf(children[middle]!)[0] < offset) low = middle
      else high = middle - 1
    }

    return low
  }

  /** The child of a flow node whose position holds `[start, end)` (binary search). */
  function childAround(node: AnyNode, start: number, end: number): AnyNode | undefined {
    const children = node.children ?? []
    let low = 0
    let high = children.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (children[middle]!.position!.end.offset! > start) high = middle
      else low = middle + 1
    }

    const child = children[low]
    const position = child?.position
    return position && position.start.offset! <= start && end <= position.end.offset! ? child : undefined
  }
}
