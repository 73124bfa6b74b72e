/**
 * A table of words with small integer ids, looked up by a range of a longer
 * string.
 *
 * Building an index reads every word of every term; most words repeat
 * (`de`, `la`, `office`), and slicing each one out of its term only to look
 * it up in a `Map` costs an allocation and a hash per word. This table hashes
 * the range as the caller scans it (FNV-1a over UTF-16 code units) and
 * compares candidates in place, so a word seen before costs no allocation.
 */

/** A word table (open addressing, grows at half load). */
export interface WordTable {
  /** Word id + 1 in each slot; 0 is empty. */
  slots: Int32Array
  /** Words by id. */
  words: string[]
  /** Hash of each word, by id. */
  hashes: number[]
}

/** Initial value of {@link hashStep}. */
export const hashStart = 0x81_1c_9d_c5 | 0

/**
 * Create an empty table.
 *
 * @param size
 *   Expected number of words (default: `512`).
 * @returns
 *   Word table.
 */
export function createWordTable(size = 512): WordTable {
  let slots = 1024
  while (slots < size * 2) slots *= 2
  return {slots: new Int32Array(slots), words: [], hashes: []}
}

/**
 * Mix one UTF-16 code unit into a hash (start from {@link hashStart}).
 *
 * @param hash
 *   Hash so far.
 * @param code
 *   Code unit.
 * @returns
 *   New hash.
 */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01_00_01_93)
}

/**
 * Id of the word `text.slice(start, end)`, if it was added.
 *
 * @param table
 *   Word table.
 * @param text
 *   String holding the word.
 * @param start
 *   Start of the word.
 * @param end
 *   End of the word (exclusive).
 * @param hash
 *   Hash of the word (see {@link hashStep}).
 * @returns
 *   Its id, or -1.
 */
export function findWord(table: WordTable, text: string, start: number, end: number, hash: number): number {
  const {slots, words, hashes} = table
  const mask = slots.length - 1
  let slot = (hash ^ (hash >>> 16)) & mask

  while (true) {
    const id = slots[slot]! - 1
    if (id === -1) return -1
    if (hashes[id] === hash && isSame(words[id]!, text, start, end)) return id
    slot = (slot + 1) & mask
  }
}

/**
 * Add a word that is not in the table yet.
 *
 * @param table
 *   Word table.
 * @param word
 *   Word.
 * @param hash
 *   Its hash (see {@link hashStep}).
 * @returns
 *   Its id (ids count up from 0).
 */
export function addWord(table: WordTable, word: string, hash: number): number {
  table.words.push(word)
  table.hashes.push(hash)
  if (table.words.length * 2 > table.slots.length) rehash(table, table.slots.length * 2)
  else place(table.slots, hash, table.words.length)
  return table.words.length - 1
}

/**
 * Hash of a whole string (see {@link hashStep}).
 *
 * @param value
 *   String.
 * @returns
 *   Hash.
 */
export function hashOf(value: string): number {
  let hash = hashStart
  for (let index = 0; index < value.length; index++) hash = hashStep(hash, value.charCodeAt(index))
  return hash
}

/**
 * Place word id + 1 in the first free slot for `hash`.
 */
function place(slots: Int32Array, hash: number, idPlusOne: number): void {
  const mask = slots.length - 1
  let slot = (hash ^ (hash >>> 16)) & mask
  while (slots[slot] !== 0) slot = (slot + 1) & mask
  slots[slot] = idPlusOne
}

/**
 * Grow the slots and place every word again.
 */
function rehash(table: WordTable, size: number): void {
  table.slots = new Int32Array(size)
  for (let id = 0; id < table.words.length; id++) place(table.slots, table.hashes[id]!, id + 1)
}

/**
 * Whether `word` equals `text.slice(start, end)`.
 */
function isSame(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let index = 0; index < word.length; index++) {
    if (word.charCodeAt(index) !== text.charCodeAt(start + index)) return false
  }

  return true
}
