/**
 * Compact hashed tables of the detection model, read in place.
 *
 * Tables are strings of base64 digits (six bits each) that are read where
 * they are, without decoding, so loading the model costs nothing beyond
 * parsing its module.
 *
 * A hashed table maps string keys to small integers (0–63) without storing
 * the keys: each slot is `slotDigits` digits holding a fingerprint of its key
 * and a 6-bit value. A key may live in either of two buckets of four slots
 * (cuckoo hashing), so a lookup reads at most eight slots. A key that was
 * never stored reads as missing, except with probability about
 * `8 / 2 ** fingerprintBits` (a false hit).
 *
 * A Bloom filter answers membership for the large lexicons.
 */

import {hashRange, mix} from './hash.js'

/** The base64 digits, in value order. */
export const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Slots per bucket. */
export const bucketSize = 4

const digitValues = new Uint8Array(128)
for (let index = 0; index < digits.length; index++) digitValues[digits.charCodeAt(index)] = index

/** Layout of a hashed table. */
export interface TableShape {
  /** Number of buckets. */
  buckets: number
  /** Base64 digits per slot (3: 12-bit fingerprints, 4: 18-bit fingerprints). */
  slotDigits: number
}

/** Layout of a Bloom filter. */
export interface BloomShape {
  /** Number of bits. */
  bits: number
  /** Number of hash functions. */
  hashes: number
}

/**
 * Where a key with hash `hash` may live: its two buckets and its fingerprint.
 *
 * @param hash
 *   Hash of the key (`hashString`).
 * @param shape
 *   Table layout.
 * @returns
 *   Both bucket indices and the fingerprint (never 0: 0 marks an empty slot).
 */
export function locate(hash: number, shape: TableShape): [number, number, number] {
  const fingerprintBits = shape.slotDigits * 6 - 6
  const fingerprint = (mix(hash ^ 0x9e3779b9) % (2 ** fingerprintBits - 1)) + 1
  return [hash % shape.buckets, mix(hash ^ 0x7f4a7c15) % shape.buckets, fingerprint]
}

/** A read-only hashed table over a string of base64 digits. */
export class HashTable {
  readonly data: string
  readonly shape: TableShape

  /**
   * @param data
   *   Digits (`buckets * bucketSize * slotDigits`).
   * @param shape
   *   Table layout.
   */
  constructor(data: string, shape: TableShape) {
    this.data = data
    this.shape = shape
  }

  /**
   * Look up `key.slice(start, end)` plus the code unit `extra` (if `>= 0`).
   *
   * @param key
   *   String holding the key.
   * @param start
   *   Start of the key (default: `0`).
   * @param end
   *   End of the key (default: `key.length`).
   * @param extra
   *   Code unit to append, or `-1` (default).
   * @returns
   *   Stored value (0–63), or -1 when missing.
   */
  get(key: string, start = 0, end = key.length, extra = -1): number {
    const [one, two, fingerprint] = locate(hashRange(key, start, end, extra), this.shape)
    const value = this.find(one, fingerprint)
    return value >= 0 ? value : this.find(two, fingerprint)
  }

  /**
   * Find a fingerprint in a bucket.
   *
   * @param bucket
   *   Bucket index.
   * @param fingerprint
   *   Fingerprint.
   * @returns
   *   Value, or -1.
   */
  private find(bucket: number, fingerprint: number): number {
    const {data} = this
    const size = this.shape.slotDigits
    let offset = bucket * bucketSize * size

    for (let slot = 0; slot < bucketSize; slot++, offset += size) {
      let packed = 0
      for (let index = 0; index < size; index++) {
        packed = packed * 64 + (digitValues[data.charCodeAt(offset + index)] ?? 0)
      }

      if (packed !== 0 && Math.floor(packed / 64) === fingerprint) return packed % 64
    }

    return -1
  }
}

/**
 * Bit positions of a key in a Bloom filter (double hashing).
 *
 * @param key
 *   Key.
 * @param shape
 *   Filter layout.
 * @returns
 *   `shape.hashes` bit indices.
 */
export function bloomPositions(key: string, shape: BloomShape): number[] {
  const first = hashRange(key, 0, key.length, -1, 0x5bd1e995)
  const step = hashRange(key, 0, key.length, -1, 0x27d4eb2f) | 1
  const positions: number[] = []

  for (let index = 0; index < shape.hashes; index++) {
    positions.push(((first + Math.imul(index, step)) >>> 0) % shape.bits)
  }

  return positions
}

/** A read-only Bloom filter over a string of base64 digits (6 bits each). */
export class BloomFilter {
  readonly data: string
  readonly shape: BloomShape

  /**
   * @param data
   *   Digits (`ceil(bits / 6)`).
   * @param shape
   *   Filter layout.
   */
  constructor(data: string, shape: BloomShape) {
    this.data = data
    this.shape = shape
  }

  /**
   * Whether `key` may be in the set (false positives at the design rate).
   *
   * @param key
   *   Key.
   * @returns
   *   Whether all bits of `key` are set.
   */
  has(key: string): boolean {
    for (const position of bloomPositions(key, this.shape)) {
      const digit = digitValues[this.data.charCodeAt(Math.floor(position / 6))] ?? 0
      if ((digit & (1 << position % 6)) === 0) return false
    }

    return true
  }
}
