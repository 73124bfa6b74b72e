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
 */

/** Patterns to compile: their symbols, flat, and where each one ends. */
export interface Patterns<T> {
  /** Symbol id of each key. */
  symbols: Map<string, number>
  /** Symbols of all patterns, one after the other, in reading order. */
  keys: Int32Array
  /** End (exclusive) in `keys` of each pattern; a pattern starts where the previous one ends. */
  ends: Int32Array
  /** Number of patterns. */
  size: number
  /** Number of symbols written, those of an unfinished pattern included. */
  length: number
  /** Value of each pattern. */
  values: T[]
}

/** A compiled automaton; `T` is what a pattern carries. */
export interface Automaton<T> {
  /** Symbol id of each key. */
  readonly symbols: ReadonlyMap<string, number>
  /** Transitions: slots of three (node + 1, symbol, child); node 0 marks an empty slot. */
  readonly table: Int32Array
  /** Number of slots minus one (a power of two minus one). */
  readonly mask: number
  /** Failure link of each node. */
  readonly fail: Int32Array
  /** Nearest node on the failure chain (itself included) that ends a pattern, or -1. */
  readonly output: Int32Array
  /** Number of keys from the root to each node. */
  readonly depth: Int32Array
  /** First pattern that ends at each node, or -1. */
  readonly head: Int32Array
  /** Next pattern that ends at the same node, or -1 (patterns keep their order). */
  readonly next: Int32Array
  /** Value of each pattern. */
  readonly values: readonly T[]
}

/**
 * Start an empty list of patterns.
 *
 * @returns
 *   Patterns to fill with {@link symbolOf} and {@link addPattern}.
 */
export function createPatterns<T>(): Patterns<T> {
  return {symbols: new Map(), keys: new Int32Array(1024), ends: new Int32Array(256), size: 0, length: 0, values: []}
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
export function symbolOf<T>(patterns: Patterns<T>, key: string): number {
  let symbol = patterns.symbols.get(key)
  if (symbol === undefined) {
    symbol = patterns.symbols.size
    patterns.symbols.set(key, symbol)
  }

  return symbol
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
export function pushSymbol<T>(patterns: Patterns<T>, symbol: number): void {
  if (patterns.length === patterns.keys.length) patterns.keys = grow(patterns.keys)
  patterns.keys[patterns.length++] = symbol
}

/**
 * Discard the symbols pushed since the last finished pattern.
 *
 * @param patterns
 *   Patterns being collected.
 */
export function dropPattern<T>(patterns: Patterns<T>): void {
  patterns.length = lastEnd(patterns)
}

/**
 * Finish the pattern made of the symbols pushed since the last one.
 *
 * @param patterns
 *   Patterns being collected.
 * @param value
 *   What the pattern carries.
 * @returns
 *   Whether a pattern was added (empty ones are not).
 */
export function addPattern<T>(patterns: Patterns<T>, value: T): boolean {
  if (patterns.length === lastEnd(patterns)) return false
  if (patterns.size === patterns.ends.length) patterns.ends = grow(patterns.ends)
  patterns.ends[patterns.size++] = patterns.length
  patterns.values.push(value)
  return true
}

/**
 * Build an automaton whose states report patterns starting at a position.
 *
 * @param patterns
 *   Patterns from {@link createPatterns}.
 * @returns
 *   Automaton for {@link scanBackward}.
 */
export function buildAutomaton<T>(patterns: Patterns<T>): Automaton<T> {
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

  const depth = trie.depth.subarray(0, trie.size)
  const {fail, output} = link(trie, head)
  return {symbols: patterns.symbols, table: trie.table, mask: trie.mask, fail, output, depth, head, next, values: patterns.values}
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
function child(transitions: Transitions, node: number, symbol: number, create: true): number
function child(transitions: Transitions, node: number, symbol: number, create?: false): number
function child(transitions: Transitions, node: number, symbol: number, create?: boolean): number {
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
 * Compute failure and output links in breadth-first order.
 */
function link(trie: Trie, head: Int32Array): {fail: Int32Array; output: Int32Array} {
  const {size, parent, via} = trie
  const fail = new Int32Array(size)
  const output = new Int32Array(size).fill(-1)

  const order = breadthFirst(trie.depth.subarray(0, size))

  for (let index = 0; index < order.length; index++) {
    const node = order[index]!
    const from = parent[node]!
    const symbol = via[node]!
    let target = 0

    if (from !== 0) {
      let state = fail[from]!
      target = child(trie, state, symbol)
      while (target === -1 && state !== 0) {
        state = fail[state]!
        target = child(trie, state, symbol)
      }

      if (target === -1) target = 0
    }

    fail[node] = target
    output[node] = head[node] === -1 ? output[target]! : node
  }

  return {fail, output}
}

/**
 * Nodes other than the root, ordered by depth (counting sort).
 */
function breadthFirst(depths: Int32Array): Int32Array {
  const size = depths.length
  let deepest = 0
  for (let node = 0; node < size; node++) if (depths[node]! > deepest) deepest = depths[node]!
  const starts = new Int32Array(deepest + 2)
  for (let node = 0; node < size; node++) starts[depths[node]! + 1]!++
  for (let depth = 1; depth < starts.length; depth++) starts[depth]! += starts[depth - 1]!
  const order = new Int32Array(size)
  for (let node = 0; node < size; node++) order[starts[depths[node]!]!++] = node
  return order.subarray(1)
}

/**
 * Values of the patterns that end exactly at `node`, in insertion order.
 *
 * @param automaton
 *   Automaton from {@link buildAutomaton}.
 * @param node
 *   Node.
 * @returns
 *   Values (empty when no pattern ends there).
 */
export function valuesAt<T>(automaton: Automaton<T>, node: number): T[] {
  const result: T[] = []
  for (let pattern = automaton.head[node]!; pattern !== -1; pattern = automaton.next[pattern]!) {
    result.push(automaton.values[pattern]!)
  }

  return result
}

/**
 * The node that ends exactly the pattern `keys`, if any.
 *
 * @param automaton
 *   Automaton from {@link buildAutomaton}.
 * @param keys
 *   Keys in reading order.
 * @returns
 *   Node (see {@link valuesAt}), or `undefined`.
 */
export function exactNode<T>(automaton: Automaton<T>, keys: readonly string[]): number | undefined {
  let node = 0
  for (let index = keys.length - 1; index >= 0 && node !== -1; index--) {
    const symbol = automaton.symbols.get(keys[index]!)
    node = symbol === undefined ? -1 : child(automaton, node, symbol)
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
export function scanBackward<T>(
  automaton: Automaton<T>,
  keys: ReadonlyArray<string | undefined>
): Int32Array {
  const {symbols, fail} = automaton
  const states = new Int32Array(keys.length)
  let state = 0

  for (let index = keys.length - 1; index >= 0; index--) {
    const key = keys[index]
    const symbol = key === undefined ? undefined : symbols.get(key)

    if (symbol === undefined) {
      state = 0
    } else {
      let next = child(automaton, state, symbol)
      while (next === -1 && state !== 0) {
        state = fail[state]!
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
function lastEnd<T>(patterns: Patterns<T>): number {
  return patterns.size === 0 ? 0 : patterns.ends[patterns.size - 1]!
}

/**
 * Double a typed array.
 */
function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2)
  bigger.set(array)
  return bigger
}
