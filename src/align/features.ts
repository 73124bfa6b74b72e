/**
 * Evidence units of a sentence: the words, names, numbers, dates, handles and
 * glossary terms that can match across languages, each with its keys.
 *
 * A unit matches a sentence of the other language when one of its keys occurs
 * there; how much that counts is the key's strength (a shared glossary
 * concept counts more than a shared four-letter prefix).
 */
import type {Lang} from '../types.js'
import {tokenize, type Token} from '../util/tokenize.js'
import {cognateKeys} from './cognate.js'
import {isEnglishFrameWord, isEnglishStopword, stemEnglish} from './english.js'
import {fold} from './fold.js'
import {intern, internRegistered, nextTag, register, registryEpoch, type KeyTable} from './keys.js'
import type {Lexicon} from './lexicon.js'
import {months, numberKey, numberReadings, numberWords, scaleWords} from './numbers.js'

/** Strength of each kind of key (how much one matched unit counts). */
export interface KeyStrengths {
  term: number
  number: number
  name: number
  gram: number
  lexicon: number
  identity: number
  cognate6: number
  cognate4: number
}

/** Default key strengths. */
export const defaultStrengths: KeyStrengths = {
  term: 2,
  number: 1,
  name: 1,
  gram: 0.8,
  lexicon: 1,
  identity: 0.9,
  cognate6: 0.9,
  cognate4: 0.5
}

/** A unit of evidence: offsets into the sentence, keys with strengths. */
export interface Unit {
  start: number
  end: number
  keys: number[]
  /** Strength of each key, parallel to `keys`. */
  strengths: number[]
  /** Whether each key came through the lexicon, parallel to `keys`. */
  lexical: boolean[]
  /** Whether the unit is a handle or hashtag (`@FGRMexico`). */
  handle: boolean
  /** Whether the unit is an attribution word (`señaló`, `said`, `president`). */
  frame: boolean
  /**
   * Words inside a glossary term unit, with the keys each brought (so a link
   * through a word points at the word, not the whole term).
   */
  parts?: Array<{start: number; end: number; keys: Set<number>}>
}

/** Evidence of a sentence. */
export interface Features {
  units: Unit[]
  /** Unique keys of all units. */
  bag: Int32Array
  /** Length in characters (Gale–Church). */
  length: number
}

/** A glossary term inside a sentence, offsets relative to the sentence. */
export interface TermSpan {
  start: number
  end: number
  /** Concept ids (the entry, then related entries such as its parent). */
  entries: string[]
}

/** What feature extraction needs. */
export interface FeatureContext {
  keys: KeyTable
  lexicon: Lexicon | undefined
  strengths: KeyStrengths
  /**
   * Interned keys of words seen before, by language and by whether the word
   * starts its sentence (filled as extraction goes).
   */
  cache?: {es: Map<string, KeySet | null>; en: Map<string, KeySet | null>; esFirst: Map<string, KeySet | null>; enFirst: Map<string, KeySet | null>}
}

/** Interned keys with their strengths and origin. */
interface KeySet {
  keys: number[]
  strengths: number[]
  lexical: boolean[]
  frame: boolean
}

/** Unit under construction. */
interface Draft {
  start: number
  end: number
  map: Map<string, [number, boolean]> | undefined
  /** Already interned keys (a plain word). */
  set: KeySet | undefined
  /** Whether the draft is a handle or hashtag. */
  handle?: boolean
  /** Words inside a term draft. */
  parts?: Draft[]
}

/** A key, its strength, whether it came through the lexicon. */
type Entry = [string, number, boolean?]

/** Upper-case acronyms (folded) → the name key they stand for (`EU` is the U.S. in Spanish). */
const acronyms: Record<Lang, Record<string, string>> = {
  es: bare({eu: 'us', eeuu: 'us', ue: 'eu', onu: 'un', mex: 'mexico', usa: 'us'}),
  en: bare({us: 'us', usa: 'us', eu: 'eu', un: 'un', mex: 'mexico'})
}

/** Symbols before an amount, as the English word (stem) they stand for. */
const currencies: Record<string, string> = bare({$: 'dollar', '€': 'euro', '£': 'pound', '¥': 'yen'})

/** Flag emoji (region code) → country names. */
const flags: Record<string, string[]> = bare({
  MX: ['mexico'],
  US: ['us'],
  CA: ['canada'],
  GT: ['guatemala'],
  CO: ['colombia'],
  VE: ['venezuela'],
  CU: ['cuba'],
  ES: ['spain', 'espana'],
  SV: ['salvador'],
  HN: ['honduras']
})

/**
 * Extract the evidence units of a sentence.
 *
 * @param text
 *   Sentence text.
 * @param lang
 *   Its language.
 * @param context
 *   Key table, lexicon and strengths.
 * @param terms
 *   Glossary terms inside the sentence (optional).
 * @returns
 *   Its features.
 */
export function extractFeatures(
  text: string,
  lang: Lang,
  context: FeatureContext,
  terms?: TermSpan[] | undefined
): Features {
  const tokens = tokenize(text)
  const drafts: Draft[] = []
  let index = 0

  while (index < tokens.length) {
    const consumed = readUnit(tokens, index, lang, context, drafts)
    index += consumed
  }

  const units = finish(groupTerms(drafts, terms, context), context)
  return {units, bag: bagOf(units, context.keys), length: text.length}
}

/**
 * Unique keys of units (in order of first appearance).
 *
 * @param units
 *   Units.
 * @returns
 *   Keys.
 */
function bagOf(units: Unit[], keys: KeyTable): Int32Array {
  let size = 0
  for (const unit of units) size += unit.keys.length
  const tag = nextTag(keys)
  const all = new Int32Array(size)
  let unique = 0
  for (const unit of units) {
    for (const key of unit.keys) {
      if (keys.seen[key] === tag) continue
      keys.seen[key] = tag
      all[unique++] = key
    }
  }

  return all.slice(0, unique)
}

/**
 * Read one unit starting at `tokens[index]`.
 *
 * @returns
 *   Number of tokens consumed (at least 1).
 */
function readUnit(tokens: Token[], index: number, lang: Lang, context: FeatureContext, drafts: Draft[]): number {
  const token = tokens[index]!
  const {strengths} = context
  const first = token.text.charCodeAt(0)
  const digit = first >= 48 && first <= 57

  if (token.kind === 'word' && token.text.length <= 2 && tokens[index + 1]?.text === '.') {
    const dotted = readDotted(tokens, index, lang)
    if (dotted) {
      drafts.push(draft(token.start, tokens[dotted.next - 1]!.end, [['n:' + dotted.key, strengths.name]]))
      return dotted.next - index
    }
  }

  // Note: an English date starts with a capitalised month name (`May 15`);
  // months are ASCII, so words starting with a lower-case ASCII letter skip
  // the lookup.
  const capital = first < 97 || first > 122
  if (digit || (lang === 'en' && capital && token.kind === 'word' && months.en[fold(token.text)] !== undefined)) {
    const date = readDate(tokens, index, lang)
    if (date) {
      drafts.push(draft(token.start, tokens[date.next - 1]!.end, date.keys.map((k): Entry => [k, strengths.number])))
      return date.next - index
    }
  }

  if (digit) {
    const quantity = readQuantity(tokens, index, lang)
    if (quantity) {
      const entries = quantity.keys.map((k): Entry => [k, strengths.number])
      const unit = currencies[tokens[index - 1]?.text ?? ''] ?? (/%$/.test(token.text) || tokens[index + 1]?.text === '%' ? 'percent' : undefined)
      if (unit) entries.push(['w:' + unit, strengths.lexicon])
      drafts.push(draft(token.start, tokens[quantity.next - 1]!.end, entries))
      return quantity.next - index
    }
  }

  if (token.kind === 'word') {
    const set = wordSet(token, index, lang, context)
    if (set) drafts.push({start: token.start, end: token.end, map: undefined, set})
  } else if (token.kind === 'handle' || token.kind === 'hashtag') {
    drafts.push({...draft(token.start, token.end, handleKeys(token.text.slice(1), lang, context)), handle: true})
  } else if (token.kind === 'emoji') {
    const names = flagNames(token.text)
    if (names) {
      drafts.push(draft(token.start, token.end, names.flatMap((name): Entry[] => [['n:' + name, strengths.name], ...cognates(name, 'en', context)])))
    }
  }

  return 1
}

/**
 * Interned keys of a word token, cached per word.
 *
 * @returns
 *   Key set, or `undefined` when the word carries no evidence.
 */
function wordSet(token: Token, index: number, lang: Lang, context: FeatureContext): KeySet | undefined {
  const caches = context.cache ?? (context.cache = {es: new Map(), en: new Map(), esFirst: new Map(), enFirst: new Map()})
  const cache = index === 0 ? (lang === 'es' ? caches.esFirst : caches.enFirst) : caches[lang]
  const known = cache.get(token.text)
  if (known !== undefined) return known ?? undefined
  const word = wordEntries(token, index, lang, context)
  let set: KeySet | undefined
  if (word) {
    const keys: number[] = []
    for (const id of word.ids) keys.push(internRegistered(context.keys, id))
    // Note: strengths and origins are shared with the cross-call cache (units are never changed).
    set = {keys, strengths: word.strengths, lexical: word.lexical, frame: word.frame}
  }

  cache.set(token.text, set ?? null)
  return set
}

/** Key entries of a word, kept across calls. */
interface WordEntries {
  /** Registry ids of the keys (see `register`). */
  ids: number[]
  strengths: number[]
  lexical: boolean[]
  frame: boolean
}

/** Cross-call word caches: by language, then by whether the word starts its sentence. */
interface WordCache {
  es: Map<string, WordEntries | null>
  en: Map<string, WordEntries | null>
  esFirst: Map<string, WordEntries | null>
  enFirst: Map<string, WordEntries | null>
  size: number
  /** Registry epoch of the ids. */
  epoch: number
}

/** Entries of words seen in earlier calls, per strengths and lexicon. */
const wordCache = new WeakMap<KeyStrengths, Map<Lexicon | undefined, WordCache>>()

/** Most words the cross-call cache holds per lexicon before it starts over. */
const wordCacheSize = 200_000

/**
 * Key entries of a word token (uninterned), cached across calls.
 *
 * @returns
 *   Entries, or `undefined` when the word carries no evidence.
 */
function wordEntries(token: Token, index: number, lang: Lang, context: FeatureContext): WordEntries | undefined {
  let byLexicon = wordCache.get(context.strengths)
  if (!byLexicon) wordCache.set(context.strengths, (byLexicon = new Map()))
  let caches = byLexicon.get(context.lexicon)
  if (!caches || caches.size >= wordCacheSize || caches.epoch !== registryEpoch()) {
    caches = {es: new Map(), en: new Map(), esFirst: new Map(), enFirst: new Map(), size: 0, epoch: registryEpoch()}
    byLexicon.set(context.lexicon, caches)
  }

  const cache = index === 0 ? (lang === 'es' ? caches.esFirst : caches.enFirst) : caches[lang]
  const known = cache.get(token.text)
  if (known !== undefined) return known ?? undefined
  const entries = wordKeys(token, index, lang, context)
  let value: WordEntries | null = null
  if (entries.length > 0) {
    value = {
      ids: [],
      strengths: [],
      lexical: [],
      frame: lang === 'es' ? Boolean(context.lexicon?.isFrameWord(token.text)) : isEnglishFrameWord(token.text)
    }
    for (const [key, [strength, lexical]] of dedupe(entries)) {
      value.ids.push(register(key))
      value.strengths.push(strength)
      value.lexical.push(lexical)
    }
  }

  caches.size++
  cache.set(token.text, value)
  return value ?? undefined
}

/**
 * Keys of a word token (nothing for function words).
 *
 * @returns
 *   Key entries: key, strength, whether it came through the lexicon.
 */
function wordKeys(token: Token, index: number, lang: Lang, context: FeatureContext): Entry[] {
  const {strengths, lexicon} = context
  const value = token.text
  const folded = fold(value)
  const entries: Entry[] = []
  const capital = /^\p{Lu}/u.test(value)
  const upper = value.length > 1 && value === value.toUpperCase() && /\p{Lu}/u.test(value)
  const acronym = upper ? acronyms[lang][folded] : undefined
  if (acronym) return [['n:' + acronym, strengths.name]]

  const month = months[lang][folded]
  if (month !== undefined && (lang === 'es' || (capital && (index > 0 || folded !== 'may')))) {
    entries.push(['m:' + month, strengths.number])
  }

  const stop = lang === 'es' ? Boolean(lexicon?.isFunctionWord(value)) : isEnglishStopword(value)
  if (stop && !upper) return entries

  if (lang === 'en' && folded === 'cent') entries.push(['w:percent', strengths.lexicon])
  if (capital && folded.length > 1) {
    entries.push(['n:' + folded, strengths.name])
    if (folded.length >= 5) entries.push(['g:' + folded.slice(0, 5), strengths.gram])
  }

  for (const part of value.split(/[-‐]/)) {
    if (part.length < 2) continue
    entries.push(...contentKeys(part, lang, context))
  }

  return entries
}

/**
 * Lexical and cognate keys of a content word (or a part of a compound).
 *
 * @returns
 *   Key entries.
 */
function contentKeys(word: string, lang: Lang, context: FeatureContext): Entry[] {
  const {strengths, lexicon} = context
  const entries: Entry[] = []
  const folded = fold(word)
  const number = numberWords[lang][folded]
  if (number !== undefined) entries.push([numberKey(number), strengths.number])

  if (lang === 'es' && lexicon) {
    for (const phrase of lexicon.translate(word) ?? []) {
      for (const english of phrase.split(/[\s-]+/)) {
        if (english && !isEnglishStopword(english)) entries.push(['w:' + stemEnglish(english), strengths.lexicon, true])
        const value = numberWords.en[fold(english)]
        if (value !== undefined) entries.push([numberKey(value), strengths.number])
      }
    }
  }

  if (/^\p{L}+$/u.test(word)) entries.push(['w:' + stemEnglish(word), strengths.identity])
  entries.push(...cognates(word, lang, context))
  return entries
}

/**
 * Cognate key entries of a word.
 *
 * @returns
 *   Key entries.
 */
function cognates(word: string, lang: Lang, context: FeatureContext): Entry[] {
  return cognateKeys(word, lang).map((key): Entry => [
    key,
    key.startsWith('6') ? context.strengths.cognate6 : context.strengths.cognate4
  ])
}

/**
 * Keys of a handle or hashtag body (`FGRMexico`, `Claudiashein`).
 *
 * Camel-case parts count as names and words; every five-letter run counts as
 * a weak name key, so `@Claudiashein` meets `Sheinbaum` (whose first five
 * letters are a name key too).
 *
 * @returns
 *   Key entries.
 */
function handleKeys(body: string, lang: Lang, context: FeatureContext): Entry[] {
  const {strengths} = context
  const folded = fold(body).replace(/[^a-z\d]/g, '')
  const entries: Entry[] = [['n:' + folded, strengths.name]]
  const parts = body.match(/\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\d+/gu) ?? []

  for (const part of parts) {
    const key = fold(part)
    if (key.length < 2) continue
    entries.push(['n:' + (acronyms[lang][key] ?? acronyms[lang === 'es' ? 'en' : 'es'][key] ?? key), strengths.name])
    if (key.length >= 4) entries.push(...contentKeys(part, lang, context))
  }

  for (let index = 0; index + 5 <= folded.length; index++) {
    entries.push(['g:' + folded.slice(index, index + 5), strengths.gram])
  }

  return entries
}

/**
 * Read a dotted acronym (`U.S.`, `EE.UU.`, `E.U.`).
 *
 * @returns
 *   Its key and the index after it, or `undefined`.
 */
function readDotted(tokens: Token[], index: number, lang: Lang): {key: string; next: number} | undefined {
  let next = index
  let letters = ''
  while (
    tokens[next]?.kind === 'word' &&
    /^\p{Lu}{1,2}$/u.test(tokens[next]!.text) &&
    tokens[next + 1]?.text === '.' &&
    tokens[next + 1]!.start === tokens[next]!.end
  ) {
    letters += tokens[next]!.text
    next += 2
  }

  if (next - index < 4) return undefined
  const folded = fold(letters)
  return {key: acronyms[lang][folded] ?? folded, next}
}

/**
 * Read a date: `15 de mayo (de 2025)` in Spanish, `May 15(, 2025)` or
 * `15 May (2025)` in English.
 *
 * @returns
 *   Its keys (`d:5-15`, the month, the day and the year) and the index after
 *   it, or `undefined`.
 */
function readDate(tokens: Token[], index: number, lang: Lang): {keys: string[]; next: number} | undefined {
  let found: {d: number; m: number; next: number} | undefined

  if (lang === 'es') {
    const d = dayOf(tokens[index])
    const m = fold(tokens[index + 1]?.text ?? '') === 'de' ? monthOf(tokens[index + 2], lang, false) : undefined
    if (d !== undefined && m !== undefined) found = {d, m, next: index + 3}
  } else {
    const d = dayOf(tokens[index + 1])
    const m = monthOf(tokens[index], lang, true)
    if (d !== undefined && m !== undefined) found = {d, m, next: index + 2}
    const d2 = dayOf(tokens[index])
    const m2 = monthOf(tokens[index + 1], lang, true)
    if (!found && d2 !== undefined && m2 !== undefined) found = {d: d2, m: m2, next: index + 2}
  }

  if (!found) return undefined
  const keys = ['d:' + found.m + '-' + found.d, 'm:' + found.m, numberKey(found.d)]
  let next = found.next
  const link = tokens[next]?.text === ',' || (lang === 'es' && fold(tokens[next]?.text ?? '') === 'de') ? 1 : 0
  const year = tokens[next + link]
  if (year && /^(?:1[89]|20)\d\d$/.test(year.text)) {
    keys.push(numberKey(Number(year.text)))
    next += link + 1
  }

  return {keys, next}
}

/**
 * Day of the month a token spells (`15`, `15th`, `15º`).
 */
function dayOf(token: Token | undefined): number | undefined {
  const value = token && /^\d{1,2}(?:st|nd|rd|th|º)?$/.test(token.text) ? Number.parseInt(token.text, 10) : 0
  return value >= 1 && value <= 31 ? value : undefined
}

/**
 * Month a token names (English month names must be capitalised).
 */
function monthOf(token: Token | undefined, lang: Lang, capital: boolean): number | undefined {
  if (!token || (capital && !/^\p{Lu}/u.test(token.text))) return undefined
  return months[lang][fold(token.text)]
}

/**
 * Read a quantity: a number or number word, then scale words and a trailing
 * group (`16 mil 096`, `400 millones`, `four hundred million`, `2,5`).
 *
 * @returns
 *   Its keys (every reading, raw and scaled) and the index after it, or
 *   `undefined` when `tokens[index]` is not a number.
 */
function readQuantity(tokens: Token[], index: number, lang: Lang): {keys: string[]; next: number} | undefined {
  const first = tokens[index]!
  const readings = first.kind === 'number' ? numberReadings(first.text) : ordinal(first.text)
  if (readings.length === 0) return undefined
  const values = readings.map((value) => ({total: 0, current: value}))
  let next = index + 1
  let afterScale = false

  while (next < tokens.length) {
    const token = tokens[next]!
    const scale = scaleWords[lang][fold(token.text)] ?? (lang === 'en' && fold(token.text) === 'hundred' ? 100 : undefined)
    if (scale !== undefined) {
      for (const value of values) {
        if (scale === 100) value.current *= 100
        else {
          value.total = (value.total + value.current) * scale
          value.current = 0
        }
      }

      afterScale = true
      next++
    } else if (afterScale && token.kind === 'number' && /^\d{1,3}$/.test(token.text)) {
      for (const value of values) value.current += Number(token.text)
      afterScale = false
      next++
    } else break
  }

  const keys = new Set<string>()
  for (const reading of readings) keys.add(numberKey(reading))
  for (const value of values) keys.add(numberKey(value.total + value.current))
  return {keys: [...keys], next}
}

/**
 * Value of an English ordinal word token (`15th`).
 *
 * @returns
 *   Readings (zero or one).
 */
function ordinal(value: string): number[] {
  const match = /^(\d+)(?:st|nd|rd|th)$/i.exec(value)
  return match ? [Number(match[1])] : []
}

/**
 * Country names of a flag emoji (`🇲🇽` → `mexico`).
 *
 * @returns
 *   Names, or `undefined` for other emoji.
 */
function flagNames(value: string): string[] | undefined {
  const points = [...value].map((d) => d.codePointAt(0)! - 0x1f1e6)
  if (points.length !== 2 || points.some((d) => d < 0 || d > 25)) return undefined
  return flags[String.fromCharCode(65 + points[0]!, 65 + points[1]!)]
}

/**
 * Copy a record into one without a prototype (`__proto__` is then a plain miss).
 */
function bare<T>(value: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, value)
}

/**
 * Create a draft unit.
 *
 * @returns
 *   A draft.
 */
function draft(start: number, end: number, entries: Entry[]): Draft {
  return {start, end, map: dedupe(entries), set: undefined}
}

/**
 * Keep the strongest of duplicate keys.
 */
function dedupe(entries: Iterable<Entry>, map = new Map<string, [number, boolean]>()): Map<string, [number, boolean]> {
  for (const [key, strength, lexical] of entries) {
    const known = map.get(key)
    if (!known || known[0] < strength) map.set(key, [strength, Boolean(lexical)])
  }

  return map
}

/**
 * Intern deduplicated entries.
 */
function toSet(map: Map<string, [number, boolean]>, context: FeatureContext): KeySet {
  const set: KeySet = {keys: [], strengths: [], lexical: [], frame: false}
  for (const [key, [strength, lexical]] of map) {
    set.keys.push(intern(context.keys, key))
    set.strengths.push(strength)
    set.lexical.push(lexical)
  }

  return set
}

/**
 * Merge the drafts inside each glossary term into one unit with the term's
 * concept keys.
 *
 * @returns
 *   Drafts.
 */
function groupTerms(drafts: Draft[], terms: TermSpan[] | undefined, context: FeatureContext): Draft[] {
  if (!terms || terms.length === 0) return drafts
  const result: Draft[] = []
  const sorted = [...terms].sort((a, b) => a.start - b.start)
  let index = 0

  for (const term of sorted) {
    while (index < drafts.length && drafts[index]!.end <= term.start) result.push(drafts[index++]!)
    if (result.length > 0 && result.at(-1)!.end > term.start) continue
    const unit = draft(
      term.start,
      term.end,
      term.entries.map((entry, position): Entry => ['t:' + entry, position === 0 ? context.strengths.term : context.strengths.term / 2])
    )
    unit.parts = []
    while (index < drafts.length && drafts[index]!.start < term.end) {
      const inner = drafts[index++]!
      unit.parts.push(inner)
      dedupe(entriesOf(inner, context), unit.map)
      unit.start = Math.min(unit.start, inner.start)
      unit.end = Math.max(unit.end, inner.end)
    }

    result.push(unit)
  }

  while (index < drafts.length) result.push(drafts[index++]!)
  return result
}

/**
 * Entries of a draft.
 */
function* entriesOf(value: Draft, context: FeatureContext): Iterable<Entry> {
  if (value.map) for (const [key, [strength, lexical]] of value.map) yield [key, strength, lexical]
  if (value.set) {
    for (const [k, id] of value.set.keys.entries()) yield [context.keys.names[id]!, value.set.strengths[k]!, value.set.lexical[k]!]
  }
}

/**
 * Intern the keys of drafts.
 *
 * @returns
 *   Units.
 */
function finish(drafts: Draft[], context: FeatureContext): Unit[] {
  return drafts.map((value): Unit => {
    const set = value.set ?? toSet(value.map ?? new Map(), context)
    const unit: Unit = {
      start: value.start,
      end: value.end,
      keys: set.keys,
      strengths: set.strengths,
      lexical: set.lexical,
      handle: Boolean(value.handle),
      frame: set.frame
    }
    if (value.parts && value.parts.length > 0) {
      unit.parts = value.parts.map((part) => ({
        start: part.start,
        end: part.end,
        keys: new Set([...entriesOf(part, context)].map(([key]) => intern(context.keys, key)))
      }))
    }

    return unit
  })
}
