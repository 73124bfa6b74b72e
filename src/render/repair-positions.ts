/**
 * Give positions to nodes that lack them.
 *
 * Note: remark-gfm's autolink literals are made by splitting text nodes
 * (mdast-util-find-and-replace), and the pieces of a text before a bare URL
 * can come out without positions (remarkjs/remark-gfm#16). Offsets cannot be
 * placed on such nodes; this finds their source between their positioned
 * siblings, unit by unit, as text nodes are mapped.
 */
import type {AnyNode} from './place.js'
import type {Point} from '../types.js'
import {mapText} from './text-map.js'

/**
 * Fill in missing positions in a tree (in place, iterative).
 *
 * @param markdown
 *   Source of `tree`.
 * @param tree
 *   mdast tree.
 * @param locate
 *   Offset to point.
 */
export function repairPositions(markdown: string, tree: AnyNode, locate: (offset: number) => Point): void {
  const stack: AnyNode[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    const children = node.children
    if (!children || !node.position) continue
    if (children.some((child) => !child.position)) fill(markdown, node, locate)
    for (const child of children) stack.push(child)
  }
}

/** Position the children of `parent` that lack one, between their neighbours. */
function fill(markdown: string, parent: AnyNode, locate: (offset: number) => Point): void {
  const children = parent.children!
  let cursor = parent.position!.start.offset!

  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.position) {
      cursor = child.position.end.offset!
      continue
    }

    const limit = nextStart(children, index + 1) ?? parent.position!.end.offset!
    const end = place(markdown, child, cursor, limit, locate)
    cursor = end
  }
}

/** Start of the first positioned node from `index` on. */
function nextStart(children: AnyNode[], index: number): number | undefined {
  for (let at = index; at < children.length; at++) {
    const position = children[at]!.position
    if (position) return position.start.offset!
  }

  return undefined
}

/** Position one node (and its position-less descendants) from `from`; returns where it ends. */
function place(markdown: string, node: AnyNode, from: number, to: number, locate: (offset: number) => Point): number {
  let start = from
  let end = from

  if (typeof node.value === 'string' && node.value.length > 0) {
    const map = mapText(node.value, markdown, from, to)
    start = map.starts[0]!
    end = Math.max(start, map.ends[map.ends.length - 1]!)
  } else if (node.children && node.children.length > 0) {
    let cursor = from
    for (const [index, child] of node.children.entries()) {
      const childEnd = child.position ? child.position.end.offset! : place(markdown, child, cursor, to, locate)
      if (index === 0) start = child.position ? child.position.start.offset! : Math.min(cursor, childEnd)
      cursor = childEnd
    }

    start = node.children[0]!.position!.start.offset!
    end = cursor
  }

  node.position = {start: locate(start), end: locate(end)}
  return end
}
