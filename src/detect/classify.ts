/**
 * Classify tokens before language scoring.
 *
 * Decides which word tokens carry language evidence (`evidence`), which take
 * the language of their context without evidence of their own (`neutral`:
 * internet-speak such as `jaja`, `lol`, `ok`, `xD`), and which carry none
 * (`none`: acronyms, words in other scripts, `RT`, and person names), and how
 * much each word's evidence weighs.
 */

import type {TokenKind} from '../types.js'
import type {Token} from '../util/tokenize.js'
import {foldWord} from './fold.js'
import type {Model} from './model.js'
import {settings} from './settings.js'
import {wordInfo, type WordInfo} from './word-info.js'

/** Roles: what a token contributes to detection. */
export const role = {none: 0, evidence: 1, neutral: 2} as const

/**
 * Tokens with their classification, in parallel arrays (no per-token
 * objects beyond the tokens: inputs can be huge).
 */
export interface Classification {
  tokens: Token[]
  /** Kind per token (`'name'` for person names). */
  kinds: TokenKind[]
  /** Role per token (see `role`). */
  roles: Uint8Array
  /** Weight of each token's evidence: lower for capitalised words, titles and quotes. */
  weights: Float64Array
  /** Facts about each word (`undefined` for other kinds). */
  infos: Array<WordInfo | undefined>
}

/** Tokens around a handle whose words may spell it. */
const handleReach = 8
const quotes = new Set(['"', '“', '”', '«', '»', '„'])
const openingQuotes = new Set(['“', '«', '„'])
const breaking = new Set(['.', '!', '?', '¡', '¿', ':', ';', '"', '“', '”', '«', '»', '(', ')', '[', ']', '—', '–', '…', '|', '•'])
const blank = /^[ \t]+$/

/**
 * Classify tokens.
 *
 * @param text
 *   The source text.
 * @param tokens
 *   Its tokens.
 * @param model
 *   Decoded model.
 * @returns
 *   Classification.
 */
export function classifyTokens(text: string, tokens: Token[], model: Model): Classification {
  const result: Classification = {
    tokens,
    kinds: tokens.map((token) => token.kind),
    roles: new Uint8Array(tokens.length),
    weights: new Float64Array(tokens.length),
    infos: new Array<WordInfo | undefined>(tokens.length)
  }

  tokens.forEach((token, index) => {
    if (token.kind === 'word') classifyWord(result, index, isInitial(text, tokens, index), model)
  })
  nameByHandles(result)
  extendNames(text, result)
  weighTitles(text, result)
  weighQuotes(result)
  return result
}

/**
 * Classify a word token.
 *
 * A capitalised word that is not sentence-initial and not a known Spanish or
 * English word is a name; an all-caps word that is not a listed word is an
 * acronym (no language).
 *
 * @param result
 *   Classification (changed in place).
 * @param index
 *   Token index.
 * @param initial
 *   Whether it starts a sentence.
 * @param model
 *   Decoded model.
 */
function classifyWord(result: Classification, index: number, initial: boolean, model: Model): void {
  const text = result.tokens[index]?.text ?? ''
  const info = wordInfo(model, text)
  result.infos[index] = info
  // Note: all-caps words are often labels (`BLOG:`), shouting or acronyms.
  result.weights[index] = (!initial && info.capital) || info.allCaps ? settings.capitalisedWeight : 1
  if (!info.latin || text === 'RT') return
  if (info.neutral) result.roles[index] = role.neutral
  else if (info.allCaps) result.roles[index] = info.listed ? role.evidence : role.none
  else if (!initial && info.capital && !info.score?.known) result.kinds[index] = 'name'
  else result.roles[index] = role.evidence
}

/**
 * Whether the token at `index` starts a sentence (or a line, or follows a
 * handle, URL, hashtag or emoji, as in tweets).
 *
 * @param text
 *   Source text.
 * @param tokens
 *   Tokens.
 * @param index
 *   Token index.
 * @returns
 *   Whether it is initial.
 */
function isInitial(text: string, tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]
  if (!previous) return true
  if (previous.kind === 'punct') return breaking.has(previous.text)
  if (previous.kind === 'word' || previous.kind === 'number') {
    return hasLineBreak(text, previous.end, tokens[index]?.start ?? previous.end)
  }

  return true
}

/**
 * Whether `text` has a line break in `[start, end)`.
 *
 * @param text
 *   Text.
 * @param start
 *   Start.
 * @param end
 *   End.
 * @returns
 *   Whether a `\n` or `\r` occurs.
 */
function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) return true
  }

  return false
}

/**
 * Turn capitalised words spelled inside a nearby handle into names:
 * `Jesús Ramírez Cuevas (@JesusRCuevas)` names Jesús and Cuevas.
 *
 * @param result
 *   Classification (changed in place).
 */
function nameByHandles(result: Classification): void {
  const {tokens, kinds, roles, infos} = result
  tokens.forEach((token, index) => {
    if (token.kind !== 'handle') return
    const handle = foldWord(token.text)
    const end = Math.min(tokens.length, index + handleReach + 1)
    for (let near = Math.max(0, index - handleReach); near < end; near++) {
      const word = tokens[near]?.text ?? ''
      if (kinds[near] === 'word' && infos[near]?.capital && word.length > 2 && handle.includes(foldWord(word))) {
        kinds[near] = 'name'
        roles[near] = role.none
      }
    }
  })
}

/**
 * Turn capitalised words next to a name into names (`Claudia Sheinbaum`:
 * `Sheinbaum` is unknown, so `Claudia` joins it), except frequent words
 * (`de`, `La`, `The`) and all-caps words.
 *
 * @param text
 *   Source text.
 * @param result
 *   Classification (changed in place).
 */
function extendNames(text: string, result: Classification): void {
  const {kinds, roles} = result
  for (let index = 0; index < kinds.length; index++) {
    if (kinds[index] !== 'name') continue
    for (const direction of [-1, 1]) {
      let current = index
      while (joinsName(text, result, current, current + direction)) {
        current += direction
        kinds[current] = 'name'
        roles[current] = role.none
      }
    }
  }
}

/**
 * Whether token `next` continues the name at token `current`.
 *
 * @param text
 *   Source text.
 * @param result
 *   Classification.
 * @param current
 *   Index of a name token.
 * @param next
 *   Index of its neighbour.
 * @returns
 *   Whether `next` is a capitalised, not frequent word next to it on the line.
 */
function joinsName(text: string, result: Classification, current: number, next: number): boolean {
  const info = result.infos[next]
  const a = result.tokens[current]
  const b = result.tokens[next]
  if (!a || !b || result.kinds[next] !== 'word' || result.roles[next] !== role.evidence) return false
  if (!info || !info.capital || info.allCaps || info.frequent) return false
  return blank.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)))
}

/**
 * Lower the weight of words in title-case runs (`Band of Horses`, `Pembroke
 * College`): titles and names of things often stay in their own language.
 * A run has two capitalised words or more, with short lower-case words
 * (`of`, `de`) between them.
 *
 * @param text
 *   Source text.
 * @param result
 *   Classification (changed in place).
 */
function weighTitles(text: string, result: Classification): void {
  const {tokens, kinds, infos, weights} = result
  let start = -1
  let last = -1
  let capitals = 0

  for (let index = 0; index <= tokens.length; index++) {
    const token = tokens[index]
    const info = infos[index]
    const capital = Boolean(info?.capital && !info.allCaps)
    const small = kinds[index] === 'word' && !capital && (token?.text.length ?? 0) <= 3
    const joined = start >= 0 && token !== undefined && blank.test(text.slice(tokens[index - 1]?.end ?? 0, token.start))
    if (start >= 0 && (!joined || !(capital || small))) {
      if (capitals >= 2) for (let inner = start; inner <= last; inner++) weights[inner] = Math.min(weights[inner] ?? 0, settings.titleWeight)
      start = -1
      capitals = 0
    }

    if (capital) {
      if (start < 0) start = index
      last = index
      capitals++
    }
  }
}

/**
 * Lower the weight of words inside quotation marks (“…”, «…», "…"): a
 * quote is often in the other language (`there is “coordinación sin
 * subordinación”`).
 *
 * @param result
 *   Classification (changed in place).
 */
function weighQuotes(result: Classification): void {
  let open = false
  result.tokens.forEach((token, index) => {
    if (token.kind === 'punct' && quotes.has(token.text)) {
      open = token.text === '"' ? !open : openingQuotes.has(token.text)
    } else if (open && token.kind === 'word') {
      result.weights[index] = (result.weights[index] ?? 0) * settings.quoteWeight
    }
  })
}
