/**
 * Write hashed tables and Bloom filters as strings of base64 digits (see
 * `src/detect/table.ts`).
 */

import {hashString} from '../../src/detect/hash.js'
import {bloomPositions, bucketSize, digits, locate, type BloomShape, type TableShape} from '../../src/detect/table.js'

/** A value to store under a key. */
export interface TableEntry {
  key: string
  value: number
}

/** An encoded table. */
export interface EncodedTable extends TableShape {
  data: string
  /** Entries that found no free slot (dropped). */
  dropped: number
}

/** An encoded Bloom filter. */
export interface EncodedBloom extends BloomShape {
  data: string
}

/**
 * Build a hashed table with cuckoo insertion (two buckets of four slots per
 * key; a full pair evicts a resident to its other bucket). Entries that still
 * find no slot after many evictions are dropped; pass the most important first.
 *
 * @param entries
 *   Entries, most important first; values 0–63; keys unique.
 * @param slotDigits
 *   Base64 digits per slot (3: 12-bit fingerprints, 4: 18-bit fingerprints).
 * @param load
 *   Target load factor.
 * @returns
 *   Encoded table.
 */
export function encodeTable(entries: TableEntry[], slotDigits: number, load: number): EncodedTable {
  const buckets = Math.max(1, Math.ceil(entries.length / load / bucketSize))
  const shape: TableShape = {buckets, slotDigits}
  const slots: Array<TableEntry | undefined> = new Array(buckets * bucketSize)
  let random = 1
  let dropped = 0

  for (const entry of entries) {
    let current: TableEntry = entry
    for (let kick = 0; kick < 500; kick++) {
      const [one, two] = locate(hashString(current.key), shape)
      const free = freeSlot(slots, one) ?? freeSlot(slots, two)
      if (free !== undefined) {
        slots[free] = current
        current = undefined as unknown as TableEntry
        break
      }

      random = (Math.imul(random, 1103515245) + 12345) >>> 0
      const victim = (random % 2 === 0 ? one : two) * bucketSize + ((random >>> 8) % bucketSize)
      const evicted = slots[victim] as TableEntry
      slots[victim] = current
      current = evicted
    }

    if (current) dropped++
  }

  return {buckets, slotDigits, data: packSlots(slots, shape), dropped}
}

/**
 * First free slot of a bucket.
 *
 * @param slots
 *   Slots.
 * @param bucket
 *   Bucket.
 * @returns
 *   Slot index, or `undefined`.
 */
function freeSlot(slots: Array<TableEntry | undefined>, bucket: number): number | undefined {
  for (let index = 0; index < bucketSize; index++) {
    if (slots[bucket * bucketSize + index] === undefined) return bucket * bucketSize + index
  }

  return undefined
}

/**
 * Pack slots into base64 digits (`fingerprint * 64 + value`, most
 * significant digit first; an empty slot is all `A`, that is 0).
 *
 * @param slots
 *   Slots.
 * @param shape
 *   Layout.
 * @returns
 *   Digits.
 */
function packSlots(slots: Array<TableEntry | undefined>, shape: TableShape): string {
  const chunks: string[] = []
  for (let slot = 0; slot < slots.length; slot++) {
    const entry = slots[slot]
    let packed = entry ? locate(hashString(entry.key), shape)[2] * 64 + entry.value : 0
    let chunk = ''
    for (let index = 0; index < shape.slotDigits; index++) {
      chunk = digits.charAt(packed % 64) + chunk
      packed = Math.floor(packed / 64)
    }

    chunks.push(chunk)
  }

  return chunks.join('')
}

/**
 * Build a Bloom filter.
 *
 * @param keys
 *   Keys.
 * @param bitsPerKey
 *   Bits per key (7.2 bits and 5 hashes give about 3% false positives).
 * @param hashes
 *   Hash functions.
 * @returns
 *   Encoded filter.
 */
export function encodeBloom(keys: string[], bitsPerKey: number, hashes: number): EncodedBloom {
  const bits = Math.ceil(keys.length * bitsPerKey)
  const shape: BloomShape = {bits, hashes}
  const sextets = new Uint8Array(Math.ceil(bits / 6))

  for (const key of keys) {
    for (const position of bloomPositions(key, shape)) {
      const index = Math.floor(position / 6)
      sextets[index] = (sextets[index] ?? 0) | (1 << position % 6)
    }
  }

  return {bits, hashes, data: Array.from(sextets, (sextet) => digits.charAt(sextet)).join('')}
}

/**
 * Quantise a natural log-probability to 0–63 (`value = round(-logp / step)`).
 *
 * @param logProbability
 *   Log-probability (≤ offset).
 * @param step
 *   Step in nats.
 * @param offset
 *   Log-probability of value 0 (default: `0`).
 * @returns
 *   Integer 0–63.
 */
export function quantize(logProbability: number, step: number, offset = 0): number {
  return Math.min(63, Math.max(0, Math.round((offset - logProbability) / step)))
}
