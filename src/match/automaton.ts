/**
 * An Aho–Corasick automaton over sequences of symbols (small integers that
 * stand for string keys).
 *
 * Patterns are inserted *reversed* and the text is scanned from its end, so
 * the state reached at unit `i` lists, through its dictionary links, every
 * pattern that *starts* at `i`, longest first. One scan gives the candidates
 * at every position in time linear in the text (plus the matches looked at),
 * whatever the number of patterns; leftmost-longest selection then walks the
 * positions forward. Building is linear in the total length of the patterns.
 *
 * Everything lives in typed arrays allocated once, sized by the total length
 * of the patterns: transitions are one open-addressing hash table keyed by
 * (node, symbol), and the patterns ending at a node are a linked list of
 * pattern indices, so neither building nor scanning allocates per node.
 * Failure and output links are computed on first use (see {@link failOf}):
 * a scan visits few of the states of a large glossary.
 */

import {addWord, createWordTable, findWord, hashOf, type WordTable} from './word-table.js'

/** Patterns to compile: their symbols, flat, and where each one ends. */
export interface Patterns {
  /**
   * Keys by symbol id (callers may add other strings: an id that no pattern
   * uses is a symbol that matches nothing).
   */
  symbols: WordTable
  /** Symbols of all patterns, one after the other, in reading order. */
  keys: Int32Array
  /** End (exclusive) in `keys` of each pattern; a pattern starts where the previous one ends. */
  ends: Int32Array
  /** Number of patterns. */
  size: number
  /** Number of symbols written, those of an unfinished pattern included. */
  length: number
}

/** A compiled automaton; patterns are known by their index. */
export interface Automaton {
  /** Keys by symbol id (see {@link symbolAt}). */
  readonly symbols: WordTable
  /** Transitions: slots of three (node + 1, symbol, child); node 0 marks an empty slot. */
  readonly table: Int32Array
  /** Number of slots minus one (a power of two minus one). */
  readonly mask: number
  /** Failure link of each node (-1: not computed yet, see {@link failOf}). */
  readonly fail: Int32Array
  /** Nearest node on the failure chain (itself included) that ends a pattern, or -1 (-2: not computed yet, see {@link outputOf}). */
  readonly output: Int32Array
  /** Parent of each node. */
  readonly parent: Int32Array
  /** Symbol from the parent to each node. */
  readonly via: Int32Array
  /** Number of keys from the root to each node. */
  readonly depth: Int32Array
  /** First pattern that ends at each node, or -1. */
  readonly head: Int32Array
  /** Next pattern that ends at the same node, or -1 (patterns keep their order). */
  readonly next: Int32Array
}

/**
 * Start an empty list of patterns.
 *
 * @param size
 *   Expected number of patterns (default: `256`).
 * @returns
 *   Patterns to fill with {@link symbolOf} and {@link addPattern}.
 */
export function createPatterns(size = 256): Patterns {
  return {
    symbols: createWordTable(size),
    keys: new Int32Array(size * 4),
    ends: new Int32Array(size),
    size: 0,
    length: 0
  }
}

/**
 * Symbol of a key, made on first use.
 *
 * @param patterns
 *   Patterns being collected.
 * @param key
 *   Folded key.
 * @returns
 *   Symbol id.
 */
export function symbolOf(patterns: Patterns, key: string): number {
  const code = hashOf(key)
  const symbol = findWord(patterns.symbols, key, 0, key.length, code)
  return symbol === -1 ? addWord(patterns.symbols, key, code) : symbol
}

/**
 * Symbol of a key in an automaton.
 *
 * @param automaton
 *   Automaton from {@link buildAutomaton}.
 * @param key
 *   Folded key.
 * @returns
 *   Symbol id, or -1 when no pattern has the key.
 */
export function symbolAt(automaton: Automaton, key: string): number {
  return findWord(automaton.symbols, key, 0, key.length, hashOf(key))
}

/**
 * Append one symbol to the pattern being written (call {@link addPattern}
 * to finish it, or {@link dropPattern} to discard it).
 *
 * @param patterns
 *   Patterns being collected.
 * @param symbol
 *   Symbol id.
 */
export function pushSymbol(patterns: Patterns, symbol: number): void {
  if (patterns.length === patterns.keys.length) patterns.keys = grow(patterns.keys)
  patterns.keys[patterns.length++] = symbol
}

/**
 * Discard the symbols pushed since the last finished pattern.
 *
 * @param patterns
 *   Patterns being collected.
 */
export function dropPattern(patterns: Patterns): void {
  patterns.length = lastEnd(patterns)
}

/**
 * Finish the pattern made of the symbols pushed since the last one.
 *
 * @param patterns
 *   Patterns being collected.
 * @returns
 *   Index of the pattern, or -1 when nothing was added (empty patterns are
 *   not).
 */
export function addPattern(patterns: Patterns): number {
  if (patterns.length === lastEnd(patterns)) return -1
  if (patterns.size === patterns.ends.length) patterns.ends = grow(patterns.ends)
  patterns.ends[patterns.size] = patterns.length
  return patterns.size++
}

/**
 * Build an automaton whose states report patterns starting at a position.
 *
 * @param patterns
 *   Patterns from {@link createPatterns}.
 * @returns
 *   Automaton for {@link scanBackward}.
 */
export function buildAutomaton(patterns: Patterns): Automaton {
  const {keys, ends, size: count} = patterns
  const total = lastEnd(patterns) + 1
  let slots = 4
  while (slots < total * 1.5) slots *= 2
  const trie: Trie = {
    size: 1,
    table: new Int32Array(slots * 3),
    mask: slots - 1,
    parent: new Int32Array(total),
    via: new Int32Array(total),
    depth: new Int32Array(total)
  }
  const nodes = new Int32Array(count)
  let start = 0

  for (let pattern = 0; pattern < count; pattern++) {
    const end = ends[pattern]!
    let node = 0
    for (let position = end - 1; position >= start; position--) {
      node = child(trie, node, keys[position]!, true)
    }

    nodes[pattern] = node
    start = end
  }

  const head = new Int32Array(trie.size).fill(-1)
  const next = new Int32Array(count)
  for (let pattern = count - 1; pattern >= 0; pattern--) {
    const node = nodes[pattern]!
    next[pattern] = head[node]!
    head[node] = pattern
  }

  const size = trie.size
  const fail = new Int32Array(size).fill(-1)
  const output = new Int32Array(size).fill(-2)
  fail[0] = 0
  output[0] = -1
  return {
    symbols: patterns.symbols,
    table: trie.table,
    mask: trie.mask,
    fail,
    output,
    parent: trie.parent,
    via: trie.via,
    depth: trie.depth.subarray(0, size),
    head,
    next
  }
}

/** A trie while it is built. */
interface Trie {
  size: number
  table: Int32Array
  mask: number
  parent: Int32Array
  via: Int32Array
  depth: Int32Array
}

/** What `child` reads. */
interface Transitions {
  table: Int32Array
  mask: number
}

/**
 * Child of `node` by `symbol`: -1 when there is none, unless `create` is set.
 */
function child(transitions: Transitions, node: number, symbol: number, create = false): number {
  const {table, mask} = transitions
  let hash = Math.imul(node, 0x9e_37_79_b1) ^ symbol
  hash = Math.imul(hash ^ (hash >>> 15), 0x85_eb_ca_6b)
  let slot = (hash ^ (hash >>> 13)) & mask

  while (true) {
    const at = slot * 3
    const stored = table[at]!
    if (stored === 0) return create ? addChild(transitions as Trie, at, node, symbol) : -1
    if (stored === node + 1 && table[at + 1] === symbol) return table[at + 2]!
    slot = (slot + 1) & mask
  }
}

function addChild(trie: Trie, at: number, node: number, symbol: number): number {
  const next = trie.size++
  trie.table[at] = node + 1
  trie.table[at + 1] = symbol
  trie.table[at + 2] = next
  trie.parent[next] = node
  trie.via[next] = symbol
  trie.depth[next] = trie.depth[node]! + 1
  return next
}

/**
 * Failure link of a node: the node of the longest proper suffix of its keys
 * that is in the trie (computed on first use, without recursion: ancestors
 * and failure targets are shallower, so the stack of nodes waiting for them
 * is at most as deep as the trie).
 *
 * @param automaton
 *   Automaton from {@link buildAutomaton}.
 * @param node
 *   Node.
 * @returns
 *   Failure link.
 */
export function failOf(automaton: Automaton, node: number): number {
  const {fail, parent, via} = automaton
  if (fail[node] !== -1) return fail[node]!
  const stack = [node]

  while (stack.length > 0) {
    const top = stack[stack.length - 1]!
    const from = parent[top]!
    let state = fail[from]!
    if (state === -1) {
      stack.push(from)
      continue
    }

    const target = from === 0 ? 0 : follow(automaton, state, via[top]!)
    if (target < -1) {
      stack.push(-target - 2)
      continue
    }

    fail[top] = target === -1 ? 0 : target
    stack.pop()
  }

  return fail[node]!
}

/**
 * Walk the failure chain from `state` to the first node with a child by
 * `symbol`: that child, -1 when there is none, or `-2 - n` when the link of
 * node `n` is needed first.
 */
function follow(automaton: Automaton, state: number, symbol: number): number {
  let target = child(automaton, state, symbol)
  while (target === -1 && state !== 0) {
    const link = automaton.fail[state]!
    if (link === -1) return -2 - state
    state = link
    target = child(automaton, state, symbol)
  }

  return target
}

/**
 * Output link of a node: the nearest node on its failure chain (itself
 * included) that ends a pattern, or -1 (computed on first use).
 *
 * @param automaton
 *   Automaton from {@link buildAutomaton}.
 * @param node
 *   Node.
 * @returns
 *   Node that ends a pattern, or -1.
 */
export function outputOf(automaton: Automaton, node: number): number {
  const {output, head} = automaton
  const chain: number[] = []
  let state = node

  while (output[state] === -2) {
    if (head[state] !== -1) {
      output[state] = state
      break
    }

    chain.push(state)
    state = failOf(automaton, state)
  }

  const value = output[state]!
  for (const item of chain) output[item] = value
  return value
}

/**
 * The node that ends exactly the pattern `keys`, if any.
 *
 * @param automaton
 *   Automaton from {@link buildAutomaton}.
 * @param keys
 *   Keys in reading order.
 * @returns
 *   Node (patterns ending there are listed by `head` and `next`), or `undefined`.
 */
export function exactNode(automaton: Automaton, keys: readonly string[]): number | undefined {
  let node = 0
  for (let index = keys.length - 1; index >= 0 && node !== -1; index--) {
    const symbol = symbolAt(automaton, keys[index]!)
    node = symbol === -1 ? -1 : child(automaton, node, symbol)
  }

  return node <= 0 ? undefined : node
}

/**
 * Scan keys from the last to the first.
 *
 * @param automaton
 *   Automaton from {@link buildAutomaton}.
 * @param keys
 *   Key of each unit; `undefined` is a barrier that no pattern crosses.
 * @returns
 *   State after reading unit `i` (and everything after it): follow
 *   `output` and `fail` from it to list the patterns that start at `i`.
 */
export function scanBackward(
  automaton: Automaton,
  keys: ReadonlyArray<string | undefined>
): Int32Array {
  const states = new Int32Array(keys.length)
  let state = 0

  for (let index = keys.length - 1; index >= 0; index--) {
    const key = keys[index]
    const symbol = key === undefined ? -1 : symbolAt(automaton, key)

    if (symbol === -1) {
      state = 0
    } else {
      let next = child(automaton, state, symbol)
      while (next === -1 && state !== 0) {
        const link = automaton.fail[state]!
        state = link === -1 ? failOf(automaton, state) : link
        next = child(automaton, state, symbol)
      }

      state = next === -1 ? 0 : next
    }

    states[index] = state
  }

  return states
}

/**
 * End of the last finished pattern.
 */
function lastEnd(patterns: Patterns): number {
  return patterns.size === 0 ? 0 : patterns.ends[patterns.size - 1]!
}

/**
 * Double a typed array.
 *
 * @param array
 *   Array.
 * @returns
 *   A copy twice as long.
 */
export function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2)
  bigger.set(array)
  return bigger
}
