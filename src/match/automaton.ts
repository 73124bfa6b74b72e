/**
 * An Aho–Corasick automaton over sequences of string keys.
 *
 * Patterns are inserted *reversed* and the text is scanned from its end, so
 * the state reached at unit `i` lists, through its dictionary links, every
 * pattern that *starts* at `i`, longest first. One scan gives the candidates
 * at every position in time linear in the text (plus the matches looked at),
 * whatever the number of patterns; leftmost-longest selection then walks the
 * positions forward. Building is linear in the total length of the patterns.
 *
 * Most trie nodes have one child: it is kept in two typed arrays, and only
 * nodes with more children get a `Map` (symbol → node). Keys stay small
 * integers, so lookups never allocate; node arrays are allocated once, sized
 * by the total length of the patterns.
 */

/** A compiled automaton; `T` is what a pattern carries. */
export interface Automaton<T> {
  /** Symbol id of each key. */
  readonly symbols: ReadonlyMap<string, number>
  /** Symbol of the first child of each node (-1: none). */
  readonly firstSymbol: Int32Array
  /** First child of each node. */
  readonly firstChild: Int32Array
  /** Other children of a node: symbol → node. */
  readonly children: ReadonlyMap<number, Map<number, number>>
  /** Failure link of each node. */
  readonly fail: Int32Array
  /** Nearest node on the failure chain (itself included) that ends a pattern, or -1. */
  readonly output: Int32Array
  /** Number of keys from the root to each node. */
  readonly depth: Int32Array
  /** Values of the patterns that end at each node (sparse). */
  readonly values: ReadonlyArray<T[] | undefined>
}

/**
 * Build an automaton whose states report patterns starting at a position.
 *
 * @param keys
 *   Keys of each pattern, in reading order (empty ones are ignored).
 * @param values
 *   Value of each pattern.
 * @returns
 *   Automaton for {@link scanBackward}.
 */
export function buildAutomaton<T>(keys: ReadonlyArray<readonly string[]>, values: readonly T[]): Automaton<T> {
  let total = 1
  for (const list of keys) total += list.length
  const symbols = new Map<string, number>()
  const trie: Trie<T> = {
    size: 1,
    firstSymbol: new Int32Array(total).fill(-1),
    firstChild: new Int32Array(total),
    children: new Map(),
    parent: new Int32Array(total),
    via: new Int32Array(total).fill(-1),
    depth: new Int32Array(total),
    values: []
  }

  for (const [index, list] of keys.entries()) {
    if (list.length === 0) continue
    let node = 0
    for (let position = list.length - 1; position >= 0; position--) {
      const key = list[position]!
      let symbol = symbols.get(key)
      if (symbol === undefined) {
        symbol = symbols.size
        symbols.set(key, symbol)
      }

      node = child(trie, node, symbol) ?? addChild(trie, node, symbol)
    }

    const existing = trie.values[node]
    if (existing) existing.push(values[index]!)
    else trie.values[node] = [values[index]!]
  }

  const size = trie.size
  const automaton = {
    symbols,
    firstSymbol: trie.firstSymbol.subarray(0, size),
    firstChild: trie.firstChild.subarray(0, size),
    children: trie.children,
    depth: trie.depth.subarray(0, size),
    values: trie.values
  }
  const {fail, output} = link(automaton, trie.parent, trie.via)
  return {...automaton, fail, output}
}

/** A trie while it is built. */
interface Trie<T> {
  size: number
  firstSymbol: Int32Array
  firstChild: Int32Array
  children: Map<number, Map<number, number>>
  parent: Int32Array
  via: Int32Array
  depth: Int32Array
  values: Array<T[] | undefined>
}

/** What `child` reads. */
interface Transitions {
  firstSymbol: ArrayLike<number>
  firstChild: ArrayLike<number>
  children: ReadonlyMap<number, Map<number, number>>
}

/**
 * Child of `node` by `symbol`, if any.
 */
function child(trie: Transitions, node: number, symbol: number): number | undefined {
  if (trie.firstSymbol[node] === symbol) return trie.firstChild[node]
  return trie.children.get(node)?.get(symbol)
}

function addChild<T>(trie: Trie<T>, node: number, symbol: number): number {
  const next = trie.size++
  trie.parent[next] = node
  trie.via[next] = symbol
  trie.depth[next] = trie.depth[node]! + 1

  if (trie.firstSymbol[node] === -1) {
    trie.firstSymbol[node] = symbol
    trie.firstChild[node] = next
  } else {
    let map = trie.children.get(node)
    if (!map) {
      map = new Map()
      trie.children.set(node, map)
    }

    map.set(symbol, next)
  }

  return next
}

/**
 * Compute failure and output links in breadth-first order.
 */
function link<T>(
  automaton: Transitions & {depth: Int32Array; values: ReadonlyArray<T[] | undefined>},
  parent: Int32Array,
  via: Int32Array
): {fail: Int32Array; output: Int32Array} {
  const size = automaton.depth.length
  const fail = new Int32Array(size)
  const output = new Int32Array(size).fill(-1)

  for (const node of breadthFirst(automaton.depth)) {
    const from = parent[node]!
    const symbol = via[node]!
    let target = 0

    if (from !== 0) {
      let state = fail[from]!
      while (state !== 0 && child(automaton, state, symbol) === undefined) state = fail[state]!
      target = child(automaton, state, symbol) ?? 0
    }

    fail[node] = target
    output[node] = automaton.values[node] ? node : output[target]!
  }

  return {fail, output}
}

/**
 * Nodes other than the root, ordered by depth (counting sort).
 */
function breadthFirst(depths: Int32Array): Int32Array {
  let deepest = 0
  for (const depth of depths) if (depth > deepest) deepest = depth
  const starts = new Int32Array(deepest + 2)
  for (const depth of depths) starts[depth + 1]!++
  for (let depth = 1; depth < starts.length; depth++) starts[depth]! += starts[depth - 1]!
  const order = new Int32Array(depths.length)
  for (let node = 0; node < depths.length; node++) order[starts[depths[node]!]!++] = node
  return order.subarray(1)
}

/**
 * The node that ends exactly the pattern `keys`, if any.
 *
 * @param automaton
 *   Automaton from {@link buildAutomaton}.
 * @param keys
 *   Keys in reading order.
 * @returns
 *   Node (its `values` are the patterns equal to `keys`), or `undefined`.
 */
export function exactNode<T>(automaton: Automaton<T>, keys: readonly string[]): number | undefined {
  let node: number | undefined = 0
  for (let index = keys.length - 1; index >= 0 && node !== undefined; index--) {
    const symbol = automaton.symbols.get(keys[index]!)
    node = symbol === undefined ? undefined : child(automaton, node, symbol)
  }

  return node === 0 ? undefined : node
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
      while (next === undefined && state !== 0) {
        state = fail[state]!
        next = child(automaton, state, symbol)
      }

      state = next ?? 0
    }

    states[index] = state
  }

  return states
}
