/**
 * Find glossary terms in text.
 *
 * The text becomes units (see `units.ts`); one backward scan of the
 * glossary's automaton lists, at every unit, the terms that start there; a
 * forward walk takes the longest *valid* one and jumps past it, so matches
 * never overlap and the leftmost, then longest, wins. A candidate is valid
 * when:
 *
 * - its case rule holds on every unit (`ice` is never `ICE`);
 * - the language around it is one of the term's `matchIn` languages (`EU` is
 *   the United States in Spanish text and the European Union in English);
 * - for a term with `requiresContext` (a bare `Fiscalía`, `Attorney
 *   General`): its concept, its parent or one of its children is named
 *   elsewhere in the text by a term without that flag (the FGR names the
 *   context of Mexico's `Attorney General`), and, unless the term is a title,
 *   it does not start a longer proper name (`Fiscalía General del Estado`,
 *   `Fiscalía de Jalisco`); otherwise another concept with the same term (the
 *   generic state prosecutor) or nothing matches. Only when no candidate is
 *   valid this way, the country of the nearest mention (within 300
 *   characters) decides between terms that require context (`the National
 *   Guard` next to the FGR is Mexico's, next to the Border Patrol the US's).
 *
 * - for a place (`México`, `EU`): it is not the end of a longer capitalised
 *   name (`Nuevo México`, `New Mexico`, `Ciudad de México`, `Bank of
 *   Mexico`), nor the start of an English toponym (`Mexico City`, `Mexico
 *   State`), so a toponym or institution named after a country is not the
 *   country.
 *
 * When several concepts or terms are valid on the same words, the one that
 * requires context wins (its context is present), the nearest context first;
 * then the one spelled exactly as the text, then the one in the language of
 * the text, then the preferred one, then glossary order by concept id (so the
 * order of concepts never changes results).
 */

import type {Concept, Glossary, Lang, TermMatch, TermStatus} from '../types.js'
import {failOf, outputOf, scanBackward} from './automaton.js'
import {
  compareEntries,
  entriesAt,
  type Entry,
  familyOf,
  getIndex,
  hashtagEntries,
  spellingsOf,
  surfacesOf,
  type TermIndex
} from './build-index.js'
import {matchesCase} from './case-rule.js'
import {
  type ContextLanguage,
  createLanguageLookup,
  english,
  type LanguageSpan,
  spanish
} from './context-language.js'
import {isCapitalized} from './fold.js'
import {toUnits, type Unit} from './units.js'

/** Options of `matchTerms`. */
export interface MatchTermsOptions {
  /** Glossary to match (required here; the public wrapper defaults it). */
  glossary: Glossary
  /** Language of the whole text (optional). */
  lang?: Lang | null | undefined
  /** Languages of parts of the text; they take precedence over `lang` (optional). */
  spans?: readonly LanguageSpan[] | null | undefined
}

/** A match with the index entry that produced it. */
export interface FoundTerm {
  match: TermMatch
  entry: Entry
  /** Whether the match is a hashtag (`#FGR`). */
  hashtag: boolean
}

const statusRank: Record<TermStatus, number> = {preferred: 0, admitted: 1, deprecated: 2, superseded: 3}
const connectors = new Set(['de', 'del', 'of', 'for'])
/** How far (UTF-16 units) a mention gives its country as context. */
const reach = 300
const articles = new Set(['el', 'la', 'las', 'los', 'the'])
/** Capitalised words that make a place before them part of a toponym. */
const toponymHeads = new Set(['city', 'state'])

/**
 * Find glossary terms in `text`.
 *
 * @param text
 *   Plain text (markdown also works: emphasis marks between words are skipped).
 * @param options
 *   Configuration; `glossary` is required.
 * @returns
 *   Matches in order, never overlapping, with UTF-16 offsets into `text`.
 *
 * @example
 *   matchTerms('la F.G.R. dijo', {glossary}).map((m) => [m.text, m.entry])
 *   // => [['F.G.R.', 'mx-fgr']]
 */
export function matchTerms(text: string, options: MatchTermsOptions): TermMatch[] {
  return findTerms(text, options).map((found) => found.match)
}

/**
 * Like {@link matchTerms}, keeping the index entry of each match.
 *
 * @param text
 *   Plain text.
 * @param options
 *   Configuration; `glossary` is required.
 * @returns
 *   Found terms in order.
 */
export function findTerms(text: string, options: MatchTermsOptions): FoundTerm[] {
  assertOptions(text, options)
  const units = toUnits(text)
  const index = getIndex(options.glossary, units)
  const keys = units.map((unit) => (unit.kind === 'break' ? undefined : unit.key))
  const states = scanBackward(index.automaton, keys)
  const language = createLanguageLookup(units, options.spans, options.lang)
  const scan: Scan = {text, units, states, index, language, named: undefined, mentions: [], floor: 0}

  if (index.contextual) {
    const named = new Map<string, number[]>()
    for (const found of select(scan)) {
      const list = named.get(found.match.entry)
      if (list) list.push(found.match.start)
      else named.set(found.match.entry, [found.match.start])
      scan.mentions.push({start: found.match.start, country: countryOf(found.entry.concept)})
    }

    scan.named = named
  }

  return select(scan)
}

/** What one selection pass reads. */
interface Scan {
  text: string
  units: Unit[]
  states: Int32Array
  index: TermIndex
  language: (first: number, last: number) => ContextLanguage
  /** Where concepts are named without context; `undefined` while they are being collected. */
  named: Map<string, number[]> | undefined
  /** Those mentions in order, with the country of their concept. */
  mentions: Array<{start: number; country: string | undefined}>
  /** First unit after the last match (units before it belong to matches). */
  floor: number
}

/**
 * Walk forward, taking the longest valid match at each unit.
 */
function select(scan: Scan): FoundTerm[] {
  const {units, states, index} = scan
  const {automaton} = index
  const {depth, fail, output} = automaton
  const results: FoundTerm[] = []
  let position = 0
  scan.floor = 0

  while (position < units.length) {
    const state = states[position]!
    let node = output[state]!
    if (node === -2) node = outputOf(automaton, state)
    let length = 0
    let entry: Entry | undefined

    while (node !== -1) {
      length = depth[node]!
      entry = pick(scan, entriesAt(index, node), position, length)
      if (entry) break
      const link = fail[node]!
      const next = link === -1 ? failOf(automaton, node) : link
      node = output[next]!
      if (node === -2) node = outputOf(automaton, next)
    }

    if (!entry && units[position]!.kind === 'hashtag') {
      length = 1
      entry = pickHashtag(scan, position)
    }

    if (entry) {
      results.push(found(scan, entry, position, length))
      position += length
      scan.floor = position
    } else {
      position++
    }
  }

  return results
}

/**
 * Best valid entry for units `first` to `first + length - 1`.
 */
function pick(scan: Scan, entries: readonly Entry[], first: number, length: number): Entry | undefined {
  const {units} = scan
  let language: ContextLanguage | undefined
  const valid: Entry[] = []
  const nearby: Entry[] = []

  for (const entry of entries) {
    let ok = true
    const surfaces = entry.rule === 'insensitive' ? undefined : surfacesOf(entry)
    for (let offset = 0; ok && surfaces && offset < length; offset++) {
      ok = matchesCase(entry.rule, surfaces[offset]!, units[first + offset]!.surface)
    }

    const context = ok ? contextOf(scan, entry, first, first + length) : 'none'
    if (context === 'none') continue
    if (entry.concept?.kind === 'place' && (endsName(scan, first) || startsToponym(scan.units, first + length))) {
      continue
    }
    const matchIn = entry.term.matchIn
    if (matchIn && matchIn.length > 0) {
      language ??= scan.language(first, first + length - 1)
      if (language !== 'und' && !matchIn.includes(language)) continue
    }

    if (context === 'named') valid.push(entry)
    else nearby.push(entry)
  }

  // Note: context from the country of nearby mentions is a fallback, used only
  // when nothing is valid otherwise (a bare `Fiscalía` stays the state office).
  const chosen = valid.length > 0 ? valid : nearby
  if (chosen.length < 2) return chosen[0]
  language ??= scan.language(first, first + length - 1)
  return best(scan, chosen, first, length, language)
}

/**
 * Best valid entry for a hashtag whose body spells a term.
 */
function pickHashtag(scan: Scan, position: number): Entry | undefined {
  const unit = scan.units[position]!
  const body = unit.surface.slice(1)
  const entries = hashtagEntries(scan.index, body)
  const valid = entries.filter((entry) => {
    if (entry.rule === 'exact' && compact(surfacesOf(entry)) !== body) return false
    if (contextOf(scan, entry, position, position + 1) !== 'named') return false
    const matchIn = entry.term.matchIn
    if (!matchIn || matchIn.length === 0) return true
    const language = scan.language(position, position)
    return language === 'und' || matchIn.includes(language)
  })

  return valid.length < 2 ? valid[0] : best(scan, valid, position, 1, scan.language(position, position))
}

/**
 * Context of an entry at units `first` to `next - 1`: `named` when it needs
 * none or its concept's family is named in the text; `country` when only a
 * mention nearby (within a paragraph's reach) is of a concept of the same
 * country (`the National Guard` next to the FGR is Mexico's); else `none`.
 * Terms other than titles never have context when they start a longer
 * proper name (`Fiscalía de Jalisco`).
 */
function contextOf(scan: Scan, entry: Entry, first: number, next: number): 'named' | 'country' | 'none' {
  const {term} = entry
  if (!entry.contextual) return 'named'
  if (term.type !== 'title' && !isBare(scan.units, next)) return 'none'
  const offset = scan.units[first]!.start
  if (contextDistance(scan, term.concept, offset) !== Number.POSITIVE_INFINITY) return 'named'
  const country = countryOf(entry.concept)
  return country !== undefined && nearestCountry(scan, offset) === country ? 'country' : 'none'
}

/**
 * Country of the mention nearest to `offset`, within reach.
 */
function nearestCountry(scan: Scan, offset: number): string | undefined {
  const {mentions} = scan
  let low = 0
  let high = mentions.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (mentions[middle]!.start < offset) low = middle + 1
    else high = middle
  }

  const before = mentions[low - 1]
  const after = mentions[low]
  const distanceBefore = before ? offset - before.start : Number.POSITIVE_INFINITY
  const distanceAfter = after ? after.start - offset : Number.POSITIVE_INFINITY
  const nearest = distanceBefore <= distanceAfter ? before : after
  return Math.min(distanceBefore, distanceAfter) <= reach ? nearest?.country : undefined
}

/**
 * Country of a concept by its jurisdiction (`mx`, `us`), if any.
 */
function countryOf(concept: Concept | undefined): string | undefined {
  const jurisdiction = concept?.jurisdiction
  return jurisdiction?.startsWith('mx-') ? 'mx' : jurisdiction?.startsWith('us-') ? 'us' : undefined
}

/**
 * Distance from `offset` to the nearest mention of a concept's family
 * (itself, its parent, its children) made without context.
 */
function contextDistance(scan: Scan, concept: string, offset: number): number {
  let distance = Number.POSITIVE_INFINITY
  if (!scan.named) return distance

  for (const relative of familyOf(scan.index, concept)) {
    const starts = scan.named.get(relative)
    if (!starts) continue
    let low = 0
    let high = starts.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (starts[middle]! < offset) low = middle + 1
      else high = middle
    }

    for (const index of [low - 1, low]) {
      const start = starts[index]
      if (start !== undefined) distance = Math.min(distance, Math.abs(start - offset))
    }
  }

  return distance
}

/**
 * Whether the words right before unit `first` make it the end of a longer
 * capitalised name: a capitalised word (`Nuevo`, `New`), or one followed by
 * `de`, `del` or `of` that does not start a sentence (`Ciudad de`, `Bank
 * of`, not `Agentes de`). Function words (`En`, `The`) and words of earlier
 * matches do not count.
 */
function endsName(scan: Scan, first: number): boolean {
  const {units, floor} = scan
  let index = first - 1
  let unit = units[index]
  const linked = unit !== undefined && connectors.has(unit.key) && unit.key !== 'for'
  if (linked) unit = units[--index]
  if (!unit || index < floor || unit.kind !== 'word' || !isCapitalized(unit.surface)) return false
  if (spanish.has(unit.key) || english.has(unit.key) || articles.has(unit.key) || connectors.has(unit.key)) return false
  return !linked || units[index - 1]?.kind === 'word'
}

/**
 * Whether the word after a place makes it the start of an English toponym
 * (`Mexico City`, `Mexico State`).
 */
function startsToponym(units: readonly Unit[], next: number): boolean {
  const unit = units[next]
  return unit !== undefined && unit.kind === 'word' && toponymHeads.has(unit.key) && isCapitalized(unit.surface)
}

/**
 * Whether the words after a match do not continue a proper name
 * (`Fiscalía General`, `Fiscalía de Jalisco`, `Fiscalía del Estado`).
 */
function isBare(units: readonly Unit[], next: number): boolean {
  let unit = units[next]
  if (!unit || unit.kind !== 'word') return true
  if (isCapitalized(unit.surface)) return false
  if (!connectors.has(unit.key)) return true
  unit = units[next + 1]
  if (unit && articles.has(unit.key)) unit = units[next + 2]
  return !(unit && unit.kind === 'word' && isCapitalized(unit.surface))
}

/**
 * Order valid entries: context, spelling, language, status, glossary order.
 */
function best(scan: Scan, entries: Entry[], first: number, length: number, language: ContextLanguage): Entry {
  const spellings: string[] = []
  for (let offset = 0; offset < length; offset++) {
    const unit = scan.units[first + offset]!
    spellings.push(scan.text.slice(unit.start, unit.end).normalize('NFC'))
  }

  const offset = scan.units[first]!.start
  let chosen = entries[0]!
  let chosenScore = score(scan, chosen, spellings, language, offset)

  for (const entry of entries.slice(1)) {
    const entryScore = score(scan, entry, spellings, language, offset)
    const difference = compareScores(entryScore, chosenScore) || compareEntries(entry, chosen)
    if (difference < 0) {
      chosen = entry
      chosenScore = entryScore
    }
  }

  return chosen
}

/**
 * Sort key of a valid entry: lower is better.
 */
function score(
  scan: Scan,
  entry: Entry,
  spellings: readonly string[],
  language: ContextLanguage,
  offset: number
): number[] {
  const {term} = entry
  return [
    entry.contextual ? 0 : 1,
    entry.contextual ? contextDistance(scan, term.concept, offset) : 0,
    spellingDistance(spellingsOf(entry), spellings),
    language === 'und' || term.lang === language ? 0 : 1,
    statusRank[term.status]
  ]
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index++) {
    const difference = a[index]! - b[index]!
    if (difference !== 0) return difference
  }

  return 0
}

/**
 * 0 when spelled exactly alike, more for each unit that differs in case
 * (1) or in accents (2).
 */
function spellingDistance(expected: readonly string[], actual: readonly string[]): number {
  let distance = 0
  for (let index = 0; index < expected.length; index++) {
    const want = expected[index]!
    const have = actual[index] ?? ''
    if (want === have) continue
    distance += want.toLowerCase() === have.toLowerCase() ? 1 : 2
  }

  return distance
}

function compact(surfaces: readonly string[]): string {
  return surfaces.filter((surface) => /^[\p{L}\p{N}]+$/u.test(surface)).join('')
}

function found(scan: Scan, entry: Entry, first: number, length: number): FoundTerm {
  const start = scan.units[first]!.start
  const end = scan.units[first + length - 1]!.end
  const {term} = entry
  return {
    match: {
      start,
      end,
      text: scan.text.slice(start, end),
      entry: term.concept,
      lang: term.lang,
      form: entry.form,
      status: term.status
    },
    entry,
    hashtag: scan.units[first]!.kind === 'hashtag' && length === 1
  }
}

/**
 * Throw on misuse.
 */
function assertOptions(text: unknown, options: MatchTermsOptions | null | undefined): void {
  if (typeof text !== 'string') {
    throw new TypeError('Unexpected `text` value `' + typeof text + '`, expected a string')
  }

  const glossary = options?.glossary
  if (!glossary || !Array.isArray(glossary.terms) || typeof glossary.get !== 'function') {
    throw new TypeError('Unexpected missing `glossary` option, expected a glossary from `createGlossary`')
  }

  const lang = options.lang
  if (lang !== undefined && lang !== null && lang !== 'es' && lang !== 'en') {
    throw new TypeError("Unexpected `lang` value `" + String(lang) + "`, expected `'en'` or `'es'`")
  }
}
