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

/** Interns keys; one per alignment call. */
export interface KeyTable {
  /** Key → id. */
  ids: Map<string, number>
  /** Id → key. */
  names: string[]
  /** Scratch: last tag that saw each key (to deduplicate without sorting). */
  seen: Int32Array
  /** Scratch: last tag handed out. */
  tag: number
}

/**
 * Create an empty key table.
 *
 * @returns
 *   A key table.
 */
export function createKeyTable(): KeyTable {
  return {ids: new Map(), names: [], seen: new Int32Array(0), tag: 0}
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
  let id = table.ids.get(key)
  if (id === undefined) {
    id = table.names.length
    table.ids.set(key, id)
    table.names.push(key)
  }

  return id
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
