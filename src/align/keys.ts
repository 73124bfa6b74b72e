/**
 * Interned evidence keys and their channels.
 *
 * Every piece of evidence is a string key with a one-character channel prefix
 * (`w:agent`, `4:coor`, `#16096`, `t:mx-fgr`); a key table turns them into
 * small integers so sentences can be compared with integer sets.
 */

/** Evidence channels, in link priority order (see `PairLink.kind`). */
export const channels = ['term', 'number', 'name', 'lexicon', 'cognate'] as const

/** An evidence channel. */
export type Channel = (typeof channels)[number]

/**
 * Interns keys; one per alignment call.
 *
 * Ids are small and dense per table (arrays indexed by them stay small), but
 * the table reads them through a process-wide registry of every key seen, so
 * interning a key the process knows costs two array reads, not a hash lookup.
 */
export interface KeyTable {
  /** Id → key. */
  names: string[]
  /** Registry generation this table owns while it is the newest table. */
  generation: number
  /**
   * Key → id, built only if the table interns after a newer table was created
   * (the registry's id map then belongs to the newer one).
   */
  ids: Map<string, number> | undefined
  /** Scratch: last tag that saw each key (to deduplicate without sorting). */
  seen: Int32Array
  /** Scratch: last tag handed out. */
  tag: number
}

/** Every key the process has interned, with the newest table's ids. */
interface Registry {
  /** Key → registry id. */
  ids: Map<string, number>
  /** Registry id → key. */
  names: string[]
  /** Registry id → id in the table of generation `stamp[id]`. */
  local: Int32Array
  stamp: Int32Array
  /** Generation of the newest table. */
  generation: number
  /** Bumped when the registry starts over (registry ids change). */
  epoch: number
}

/** Most keys the registry holds before it starts over (when a table is created). */
const registrySize = 1_000_000

const registry: Registry = {ids: new Map(), names: [], local: new Int32Array(1024), stamp: new Int32Array(1024), generation: 0, epoch: 0}

/**
 * Create an empty key table.
 *
 * @returns
 *   A key table.
 */
export function createKeyTable(): KeyTable {
  if (registry.names.length > registrySize) {
    registry.ids = new Map()
    registry.names = []
    registry.local = new Int32Array(1024)
    registry.stamp = new Int32Array(1024)
    registry.epoch++
  }

  return {names: [], generation: ++registry.generation, ids: undefined, seen: new Int32Array(0), tag: 0}
}

/**
 * Intern `key`.
 *
 * @param table
 *   Key table.
 * @param key
 *   Key string.
 * @returns
 *   Its id.
 */
export function intern(table: KeyTable, key: string): number {
  return internRegistered(table, register(key))
}

/**
 * Registry id of `key` (stable until `registryEpoch()` changes), to cache
 * keys across calls.
 *
 * @param key
 *   Key string.
 * @returns
 *   Registry id.
 */
export function register(key: string): number {
  let id = registry.ids.get(key)
  if (id === undefined) {
    id = registry.names.length
    registry.ids.set(key, id)
    registry.names.push(key)
    if (id >= registry.stamp.length) {
      const local = new Int32Array(registry.stamp.length * 2)
      const stamp = new Int32Array(registry.stamp.length * 2)
      local.set(registry.local)
      stamp.set(registry.stamp)
      registry.local = local
      registry.stamp = stamp
    }
  }

  return id
}

/**
 * Epoch of registry ids: ids from `register` are valid while it is unchanged.
 *
 * @returns
 *   Epoch.
 */
export function registryEpoch(): number {
  return registry.epoch
}

/**
 * Intern a key by its registry id.
 *
 * @param table
 *   Key table.
 * @param id
 *   Registry id of the current epoch.
 * @returns
 *   Its id in `table`.
 */
export function internRegistered(table: KeyTable, id: number): number {
  if (table.generation !== registry.generation) return internStale(table, registry.names[id]!)
  if (registry.stamp[id] === table.generation) return registry.local[id]!
  const local = table.names.length
  table.names.push(registry.names[id]!)
  registry.stamp[id] = table.generation
  registry.local[id] = local
  return local
}

/**
 * Intern `key` in a table that is no longer the newest, through its own map.
 */
function internStale(table: KeyTable, key: string): number {
  if (!table.ids) table.ids = new Map(table.names.map((name, index) => [name, index]))
  let id = table.ids.get(key)
  if (id === undefined) {
    id = table.names.length
    table.ids.set(key, id)
    table.names.push(key)
  }

  return id
}

/**
 * Start a new round of marks in the table's scratch (`seen`), grown to hold
 * every interned key.
 *
 * @param table
 *   Key table.
 * @returns
 *   The round's tag: a key is marked when `table.seen[key] === tag`.
 */
export function nextTag(table: KeyTable): number {
  if (table.seen.length < table.names.length) {
    const grown = new Int32Array(Math.max(1024, table.names.length * 2))
    grown.set(table.seen)
    table.seen = grown
  }

  return ++table.tag
}

/**
 * Channel of a key string from its prefix.
 *
 * @param key
 *   Key string.
 * @param viaLexicon
 *   Whether a `w:` key came from a lexicon translation (otherwise it is the
 *   word itself: a cognate).
 * @returns
 *   Channel.
 */
export function channelOf(key: string, viaLexicon: boolean): Channel {
  switch (key.charAt(0)) {
    case 't': {
      return 'term'
    }

    case '#':
    case 'd':
    case 'm': {
      return 'number'
    }

    case 'n':
    case 'g': {
      return 'name'
    }

    case 'w': {
      return viaLexicon ? 'lexicon' : 'cognate'
    }

    default: {
      return 'cognate'
    }
  }
}
