/**
 * What a text can reach of a glossary.
 *
 * Compiling a large glossary costs more than reading an article, and most of
 * its terms cannot occur in any one article. A *reach* records, in one bit
 * set, a hash of every word key of a text and of every pair of neighbouring
 * keys. A term made of plain words (letters, marks and digits, separated by
 * single spaces) can occur only if each pair of neighbours is there (or its
 * one word, for a one-word term), so the index compiles the others only when
 * another text needs them (see `getIndex`).
 *
 * The check never drops a term that occurs:
 *
 * - term words are folded as the text's keys are (`foldKey`), one code unit
 *   at a time, which is exact below U+0180; a term with any other character
 *   is let through, as is anything the check cannot read;
 * - plurals: each text key also adds the singulars it may come from
 *   (`singularsOf`), so `policías ministeriales` lets `policía ministerial`
 *   through, and with it every variant of the term;
 * - hashtags add the words they spell (`#GuardiaNacional`);
 * - a hash collision only lets a term through.
 */

import type {GlossaryTerm} from '../types.js'
import {foldKey} from './fold.js'
import {singularsOf} from './plural.js'
import type {Unit} from './units.js'
import {hashOf, hashStart, hashStep} from './word-table.js'

/** Hashes of the words and neighbouring pairs of a text (see `reachOf`). */
export interface Reach {
  /** Bit set. */
  bits: Int32Array
  /** Number of bits minus one (a power of two minus one). */
  mask: number
}

const camelCase = /\p{Lu}+(?![\p{Ll}])|\p{Lu}?[\p{Ll}\p{M}]+|\p{N}+/gu
/** Key code unit of each code unit below U+0180 that is a letter or a digit folding to one code unit, else 0. */
const keyCodes = new Uint16Array(0x1_80)
/** 1: that code unit is a letter; 2: a digit. */
const classes = new Uint8Array(0x1_80)

for (let code = 0; code < keyCodes.length; code++) {
  const character = String.fromCharCode(code)
  const key = foldKey(character)
  const kind = /\p{L}/u.test(character) ? 1 : /\p{N}/u.test(character) ? 2 : 0
  if (kind !== 0 && key.length === 1) {
    keyCodes[code] = key.charCodeAt(0)
    classes[code] = kind
  }
}

/**
 * Record the words and neighbouring word pairs of a text.
 *
 * @param units
 *   Units of the text (see `toUnits`).
 * @returns
 *   Its reach.
 */
export function reachOf(units: readonly Unit[]): Reach {
  let size = 4096
  while (size < units.length * 32 && size < 1 << 24) size *= 2
  const reach: Reach = {bits: new Int32Array(size >>> 5), mask: size - 1}
  const plurals = new Map<string, number[]>()
  let previous: number[] | number | undefined

  for (const unit of units) {
    const {key, kind} = unit
    if (kind === 'break') {
      previous = undefined
      continue
    }

    // Note: only a key that ends in `s` may be a plural (see `singularsOf`).
    let current: number[] | number | undefined = key.endsWith('s') ? plurals.get(key) : hashOf(key)
    if (current === undefined) {
      current = singularsOf(key).map(hashOf)
      plurals.set(key, current)
    }

    if (typeof current === 'number') addWord(reach, previous, current)
    else for (const hash of current) addWord(reach, previous, hash)
    if (kind === 'hashtag') addHashtag(reach, unit.surface.slice(1))
    previous = current
  }

  return reach
}

/**
 * Add a word, and its pairs with the word before (one hash, or several).
 */
function addWord(reach: Reach, previous: number[] | number | undefined, hash: number): void {
  add(reach, wordBit(hash))
  if (typeof previous === 'number') add(reach, pairBit(previous, hash))
  else if (previous) for (const before of previous) add(reach, pairBit(before, hash))
}

/**
 * Whether a term may occur in the text of a reach: its text or one of its
 * forms may.
 *
 * @param reach
 *   Reach of a text.
 * @param term
 *   Glossary term.
 * @returns
 *   `false` only when the term cannot occur.
 */
export function mayReach(reach: Reach, term: GlossaryTerm): boolean {
  if (mayOccur(reach, term.text)) return true
  return term.forms ? term.forms.some((form) => mayOccur(reach, form)) : false
}

/**
 * Ways to read the body of a hashtag as words, in lower case: the whole body
 * (`#FGR`), and its words split at capitals when they spell it all
 * (`#GuardiaNacional` → `guardia`, `nacional`).
 *
 * @param body
 *   Case-keeping fold of the hashtag without `#`.
 * @returns
 *   Readings.
 */
export function hashtagReadings(body: string): string[][] {
  const words = body.match(camelCase) ?? []
  const readings = [[body.toLowerCase()]]
  if (words.length > 1 && words.join('') === body) readings.push(words.map((word) => word.toLowerCase()))
  return readings
}

/**
 * Whether a text of a term may occur: `false` when it is plain words and a
 * pair of neighbours (or its one word) is missing.
 */
function mayOccur(reach: Reach, text: unknown): boolean {
  if (typeof text !== 'string' || text.length === 0) return true
  let hash = hashStart
  let previous = 0
  let words = 0
  let kinds = 0

  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 32

    if (code === 32) {
      // Note: a word with no letter is plain only when it is all digits.
      if (!(kinds & 1) && kinds !== 2) return true
      if (words > 0 && !has(reach, pairBit(previous, hash))) return false
      previous = hash
      hash = hashStart
      kinds = 0
      words++
    } else if (code >= 97 && code <= 122) {
      hash = hashStep(hash, code)
      kinds |= 1
    } else if (code < 0x1_80 && classes[code] !== 0) {
      hash = hashStep(hash, keyCodes[code]!)
      kinds |= classes[code]!
    } else if (code >= 0x3_00 && code < 0x3_70) {
      kinds |= 4
    } else {
      return true
    }
  }

  return words > 1 || has(reach, wordBit(previous))
}

/**
 * Add the words a hashtag spells, and their neighbouring pairs.
 */
function addHashtag(reach: Reach, body: string): void {
  for (const reading of hashtagReadings(body)) {
    let previous: number | undefined
    for (const word of reading) {
      const hash = hashOf(word)
      add(reach, wordBit(hash))
      if (previous !== undefined) add(reach, pairBit(previous, hash))
      previous = hash
    }
  }
}

function wordBit(hash: number): number {
  return mix(hash)
}

function pairBit(before: number, after: number): number {
  return mix((Math.imul(before, 0x9e_37_79_b1) ^ after) + 0x5b_d1_e9_95)
}

function mix(hash: number): number {
  let value = Math.imul(hash ^ (hash >>> 16), 0x85_eb_ca_6b)
  value = Math.imul(value ^ (value >>> 13), 0xc2_b2_ae_35)
  return value ^ (value >>> 16)
}

function add(reach: Reach, bit: number): void {
  const at = bit & reach.mask
  reach.bits[at >>> 5]! |= 1 << (at & 31)
}

function has(reach: Reach, bit: number): boolean {
  const at = bit & reach.mask
  return (reach.bits[at >>> 5]! & (1 << (at & 31))) !== 0
}
