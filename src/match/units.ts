/**
 * Turn text into match units.
 *
 * Glossary terms and the text are both read as a sequence of units made from
 * the shared tokenizer's tokens, so that whatever normalisation applies to one
 * applies to the other:
 *
 * - words split at inner hyphens (`Jalisco-Nueva` → `Jalisco`, `Nueva`), so a
 *   hyphen and a space compare equal; a hyphen token between two words with
 *   no space around it is skipped for the same reason;
 * - an English possessive is its own unit (`ICE’s` → `ICE`, `'s`), so a term
 *   matches before it and `Attorney General's Office` still matches as a whole;
 * - dotted capitals are one unit (`F.G.R.`, `EE. UU.`, `EE.UU.` → `FGR`,
 *   `EEUU`);
 * - markdown emphasis marks touching a word on one side only (`*Guardia*`)
 *   are skipped;
 * - whitespace is skipped, but whitespace with two or more line breaks (a
 *   paragraph break) is a barrier unit that no term crosses; a single line
 *   break is a space.
 */

import {tokenize, type Token} from '../util/tokenize.js'
import {foldKey, foldSurface} from './fold.js'

/** Kind of a unit: a token kind, or `break` for a paragraph break. */
export type UnitKind = Token['kind'] | 'break'

/** A unit of matching, with UTF-16 offsets into the source. */
export interface Unit {
  start: number
  end: number
  /** Case-insensitive fold (empty for a paragraph break). */
  key: string
  /** Case-keeping fold, for the case rules. */
  surface: string
  kind: UnitKind
}

const emphasis = new Set(['*', '_', '~'])
const hyphens = new Set(['-', '\u2010', '\u2011'])
const shortCapitals = /^\p{Lu}{1,2}$/u
const wordCharacter = /[\p{L}\p{M}\p{N}]/u
const thinSpaces = new Set([' ', '\u00A0', '\u2009', '\u202F'])

/**
 * Split `value` into units.
 *
 * @param value
 *   Plain text (or a glossary term).
 * @returns
 *   Units in order, never overlapping.
 */
export function toUnits(value: string): Unit[] {
  const tokens = tokenize(value)
  const units: Unit[] = []
  let previousEnd = 0
  let index = 0

  while (index < tokens.length) {
    const token = tokens[index]!
    if (isParagraphBreak(value, previousEnd, token.start) && units.length > 0) {
      const last = units[units.length - 1]!
      if (last.kind !== 'break') {
        units.push({start: previousEnd, end: token.start, key: '', surface: '', kind: 'break'})
      }
    }

    const consumed = addToken(value, tokens, index, units)
    previousEnd = tokens[index + consumed - 1]!.end
    index += consumed
  }

  return units
}

/**
 * Add the units of the token at `index`.
 *
 * @returns
 *   Number of tokens consumed.
 */
function addToken(value: string, tokens: Token[], index: number, units: Unit[]): number {
  const token = tokens[index]!

  if (token.kind === 'punct') {
    if (emphasis.has(token.text)) return addEmphasis(value, tokens, index, units)
    if (hyphens.has(token.text) && isJoiningHyphen(tokens, index)) return 1
  }

  if (token.kind === 'word') {
    const consumed = addDottedCapitals(value, tokens, index, units)
    if (consumed > 0) return consumed
    addWord(token, units)
    return 1
  }

  units.push(unit(token.start, token.end, token.text, token.kind))
  return 1
}

/**
 * Skip a run of emphasis marks that touches a word on one side only;
 * otherwise keep each mark as a unit.
 */
function addEmphasis(value: string, tokens: Token[], index: number, units: Unit[]): number {
  let end = index + 1
  while (
    end < tokens.length &&
    emphasis.has(tokens[end]!.text) &&
    tokens[end]!.start === tokens[end - 1]!.end
  ) {
    end++
  }

  const before = isWordCharacterBefore(value, tokens[index]!.start)
  const after = isWordCharacterAt(value, tokens[end - 1]!.end)

  if (before === after) {
    for (let position = index; position < end; position++) {
      const token = tokens[position]!
      units.push(unit(token.start, token.end, token.text, 'punct'))
    }
  }

  return end - index
}

/**
 * Whether a hyphen token joins two words with no space around it.
 */
function isJoiningHyphen(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]
  const next = tokens[index + 1]
  const token = tokens[index]!
  return (
    previous !== undefined &&
    next !== undefined &&
    previous.end === token.start &&
    next.start === token.end &&
    (previous.kind === 'word' || previous.kind === 'number') &&
    (next.kind === 'word' || next.kind === 'number')
  )
}

/**
 * Merge dotted capitals (`F.G.R.`, `EE. UU.`) into one unit.
 *
 * Groups are one or two capitals, each followed by a dot; the next group may
 * follow after one space. A last group without a dot counts only right after
 * a dot (`F.G.R`). At least two groups are needed.
 *
 * @returns
 *   Number of tokens consumed (0 when there is nothing to merge).
 */
function addDottedCapitals(value: string, tokens: Token[], index: number, units: Unit[]): number {
  const first = tokens[index]!
  const dot = tokens[index + 1]
  // Note: cheap test first: every merge starts with a group directly followed by a dot.
  if (!dot || dot.start !== first.end || dot.text !== '.') return 0
  let position = index
  let groups = 0
  let letters = ''
  let end = -1

  while (position < tokens.length) {
    const word = tokens[position]!
    if (word.kind !== 'word' || !shortCapitals.test(word.text)) break
    if (position > index && !isGroupGap(value, tokens[position - 1]!.end, word.start)) break
    const dot = tokens[position + 1]
    if (dot && dot.text === '.' && dot.start === word.end) {
      groups++
      letters += word.text
      end = dot.end
      position += 2
      continue
    }

    if (groups >= 2 && word.start === tokens[position - 1]!.end) {
      groups++
      letters += word.text
      end = word.end
      position++
    }

    break
  }

  if (groups < 2) return 0
  const start = tokens[index]!.start
  units.push({start, end, key: foldKey(letters), surface: foldSurface(letters), kind: 'word'})
  return position - index
}

/**
 * Add a word, split at inner hyphens, with a final possessive as its own unit.
 */
function addWord(token: Token, units: Unit[]): void {
  const text = token.text
  let partStart = 0

  // Note: most words are plain lower case: nothing to split off or fold.
  if (isLowerAlphanumeric(text)) {
    units.push({start: token.start, end: token.end, key: text, surface: text, kind: 'word'})
    return
  }

  while (partStart <= text.length) {
    const hyphen = hyphenAt(text, partStart)
    const offset = hyphen === -1 ? text.length : hyphen
    const part = text.slice(partStart, offset)
    const start = token.start + partStart

    if (hyphen === -1 && isPossessive(part)) {
      const cut = part.length - 2
      units.push(unit(start, start + cut, part.slice(0, cut), 'word'))
      units.push(unit(start + cut, start + part.length, part.slice(cut), 'word'))
    } else if (part.length > 0) {
      units.push(unit(start, start + part.length, part, 'word'))
    }

    partStart = offset + 1
  }
}

/**
 * Index of the first `-` in `text` from `from`, or `-1`.
 */
function hyphenAt(text: string, from: number): number {
  // Note: a plain loop beats `indexOf` on these short strings.
  for (let offset = from; offset < text.length; offset++) {
    if (text.charCodeAt(offset) === 45) return offset
  }

  return -1
}

/**
 * Whether a word part ends in an English possessive (`FGR's`, `ICE’s`).
 */
function isPossessive(part: string): boolean {
  if (part.length < 3) return false
  const apostrophe = part.charAt(part.length - 2)
  const s = part.charAt(part.length - 1)
  return (apostrophe === "'" || apostrophe === '\u2019') && (s === 's' || s === 'S')
}

/**
 * Whether whitespace between `start` and `end` holds a paragraph break.
 */
function isParagraphBreak(value: string, start: number, end: number): boolean {
  // Note: most gaps are one space (or none); only a paragraph separator breaks there.
  if (end - start < 2) return end > start && value.charCodeAt(start) === 0x2029
  let breaks = 0
  for (let offset = start; offset < end; offset++) {
    const code = value.charCodeAt(offset)
    if (code === 10 || code === 0x2028) breaks++
    if (code === 0x2029 || breaks > 1) return true
  }

  return false
}

/**
 * Whether the gap between two groups of dotted capitals is empty or one space.
 */
function isGroupGap(value: string, start: number, end: number): boolean {
  return end === start || (end === start + 1 && thinSpaces.has(value.charAt(start)))
}

function isWordCharacterBefore(value: string, offset: number): boolean {
  if (offset === 0) return false
  const code = value.charCodeAt(offset - 1)
  const from = code >= 0xdc00 && code <= 0xdfff && offset > 1 ? offset - 2 : offset - 1
  return isWordCharacterAt(value, from)
}

function isWordCharacterAt(value: string, offset: number): boolean {
  const code = value.codePointAt(offset)
  return code !== undefined && wordCharacter.test(String.fromCodePoint(code))
}

const folds = new Map<string, {surface: string; key: string}>()

function unit(start: number, end: number, text: string, kind: UnitKind): Unit {
  // Note: lower-case ASCII folds to itself, which is cheaper to see than to look up.
  if (isLowerAscii(text)) return {start, end, key: text, surface: text, kind}
  let fold = folds.get(text)
  if (fold === undefined) {
    const surface = foldSurface(text)
    fold = {surface, key: surface.toLowerCase()}
    // Note: a memo of folded tokens; cleared when full so memory stays bounded.
    if (folds.size > 50_000) folds.clear()
    folds.set(text, fold)
  }

  return {start, end, key: fold.key, surface: fold.surface, kind}
}

/**
 * Whether `text` is lower-case ASCII, which folds to itself.
 */
function isLowerAscii(text: string): boolean {
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset)
    if (code > 127 || (code >= 65 && code <= 90)) return false
  }

  return true
}

/**
 * Whether `text` is only lower-case ASCII letters and digits: a word with no
 * hyphen, apostrophe, or anything else to fold.
 */
function isLowerAlphanumeric(text: string): boolean {
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset)
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) return false
  }

  return true
}
