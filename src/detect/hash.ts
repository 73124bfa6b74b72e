/**
 * String hashing shared by the model builder and the detector.
 *
 * The build script and the runtime must agree bit for bit, so both import
 * this module. FNV-1a over UTF-16 code units, then a murmur3 finaliser for
 * well-mixed bits.
 */

/**
 * Hash a string to an unsigned 32-bit integer.
 *
 * @param value
 *   String to hash.
 * @param seed
 *   Seed (default: `0`).
 * @returns
 *   Unsigned 32-bit hash.
 */
export function hashString(value: string, seed = 0): number {
  return hashRange(value, 0, value.length, -1, seed)
}

/**
 * Hash `value.slice(start, end)`, plus one more code unit when `extra >= 0`,
 * without building the string (the n-gram scorer's hot path).
 *
 * @param value
 *   String.
 * @param start
 *   Start index.
 * @param end
 *   End index (exclusive).
 * @param extra
 *   Code unit appended to the range, or `-1` for none.
 * @param seed
 *   Seed (default: `0`).
 * @returns
 *   Unsigned 32-bit hash, equal to `hashString(slice + extra char, seed)`.
 */
export function hashRange(value: string, start: number, end: number, extra: number, seed = 0): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0

  for (let index = start; index < end; index++) {
    hash ^= value.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }

  if (extra >= 0) {
    hash ^= extra
    hash = Math.imul(hash, 0x01000193)
  }

  return mix(hash)
}

/**
 * Mix the bits of a 32-bit integer (murmur3 `fmix32`).
 *
 * @param value
 *   Integer.
 * @returns
 *   Unsigned 32-bit integer.
 */
export function mix(value: number): number {
  let hash = value
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}
