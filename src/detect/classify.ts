/**
 * Classify tokens before language scoring.
 *
 * Decides which word tokens carry language evidence (`evidence`), which take
 * the language of their context without evidence of their own (`neutral`:
 * internet-speak such as `jaja`, `lol`, `ok`, `xD`), and which carry none
 * (`none`: acronyms, words in other scripts, `RT`, and person names).
 */

import type {Token} from '../util/tokenize.js'
import type {TokenKind} from '../types.js'
import {foldWord, wordParts} from './fold.js'
import type {Model} from './model.js'
import {settings} from './settings.js'
import {scoreWord} from './word-score.js'

/** What a token contributes to detection. */
export type TokenRole = 'evidence' | 'neutral' | 'none'

/** A classified token. */
export interface ClassifiedToken extends Token {
  role: TokenRole
  kind: TokenKind
  /** Weight of its evidence: lower for capitalised words, titles and quotes. */
  weight: number
}

const laughter = /^(?:(?:[jh]+a+){2,}|(?:[jh]+e+){2,}|(?:[jh]+i+){2,}|(?:[jh]+o+){2,})[jh]*$/
const neutralWords = new Set(['ok', 'okay', 'oki', 'okey', 'lol', 'lool', 'lmao', 'omg', 'wtf', 'hmm', 'mmm', 'mm', 'xd', 'xdd', 'xddd'])
const latin = /\p{Script=Latin}/u
const upper = /^\p{Lu}/u
const allUpper = /^[\p{Lu}\p{M}'’\-]+$/u
/** Word values (quantised log-probability) of the ~300 most frequent words. */
const frequentValue = 22
const quotes = new Set(['"', '“', '”', '«', '»', '„'])
const openingQuotes = new Set(['“', '«', '„'])
const breaking = new Set(['.', '!', '?', '¡', '¿', ':', ';', '"', '“', '”', '«', '»', '(', ')', '[', ']', '—', '–', '…', '|', '•'])

/**
 * Classify tokens.
 *
 * @param text
 *   The source text.
 * @param tokens
 *   Its tokens.
 * @param model
 *   Decoded model (for “is this a known word”).
 * @returns
 *   Classified tokens.
 */
export function classifyTokens(text: string, tokens: Token[], model: Model): ClassifiedToken[] {
  const result = tokens.map((token, index): ClassifiedToken => {
    if (token.kind !== 'word') return {...token, kind: token.kind, role: 'none', weight: 0}
    const initial = isInitial(text, tokens, index)
    const role = wordRole(token.text, initial, model)
    const weight = !initial && upper.test(token.text) ? settings.capitalisedWeight : 1
    if (role === 'name') return {...token, kind: 'name', role: 'none', weight}
    return {...token, kind: 'word', role, weight}
  })
  extendNames(text, result, model)
  weighTitles(text, result)
  weighQuotes(result)
  return result
}

/**
 * Lower the weight of words in title-case runs (`Band of Horses`, `Pembroke
 * College`): titles and names of things often stay in their own language.
 *
 * @param text
 *   Source text.
 * @param tokens
 *   Classified tokens (changed in place).
 */
function weighTitles(text: string, tokens: ClassifiedToken[]): void {
  let run: ClassifiedToken[] = []
  let capitals = 0
  const flush = () => {
    let end = run.length
    while (end > 0 && !upper.test(run[end - 1]?.text ?? '')) end--
    if (capitals >= 2) for (const token of run.slice(0, end)) token.weight = Math.min(token.weight, settings.titleWeight)
    run = []
    capitals = 0
  }

  tokens.forEach((token, index) => {
    const previous = tokens[index - 1]
    const joined = previous !== undefined && /^[ \t]+$/.test(text.slice(previous.end, token.start))
    const capital = (token.kind === 'word' || token.kind === 'name') && upper.test(token.text) && !allUpper.test(token.text)
    const small = token.kind === 'word' && !capital && token.text.length <= 3 && run.length > 0
    if (!(capital || small) || (run.length > 0 && !joined)) flush()
    if (capital || (small && run.length > 0)) {
      run.push(token)
      if (capital) capitals++
    }
  })
  flush()
}

/**
 * Lower the weight of words inside quotation marks (“…”, «…», "…"): a
 * quote is often in the other language (`there is “coordinación sin
 * subordinación”`).
 *
 * @param tokens
 *   Classified tokens (changed in place).
 */
function weighQuotes(tokens: ClassifiedToken[]): void {
  let open = false
  for (const token of tokens) {
    if (token.kind === 'punct' && quotes.has(token.text)) {
      open = token.text === '"' ? !open : openingQuotes.has(token.text)
    } else if (open && token.kind === 'word') {
      token.weight *= settings.quoteWeight
    }
  }
}

/**
 * Role of a word token.
 *
 * @param word
 *   Token text.
 * @param initial
 *   Whether it starts a sentence.
 * @param model
 *   Decoded model.
 * @returns
 *   Role (`'none'` with kind left to the caller for names).
 */
function wordRole(word: string, initial: boolean, model: Model): TokenRole | 'name' {
  if (!latin.test(word) || word === 'RT') return 'none'
  const folded = foldWord(word)
  if (laughter.test(folded) || neutralWords.has(folded)) return 'neutral'
  if (word.length > 1 && allUpper.test(word)) return isKnown(word, model, false) ? 'evidence' : 'none'
  if (!initial && upper.test(word) && !isKnown(word, model, true)) return 'name'
  return 'evidence'
}

/**
 * Whether a word is a known word of Spanish or English.
 *
 * @param word
 *   Word.
 * @param model
 *   Decoded model.
 * @param lexicon
 *   Whether large lexicons count (else only frequency lists).
 * @returns
 *   Whether every part is known.
 */
export function isKnown(word: string, model: Model, lexicon: boolean): boolean {
  if (lexicon) return scoreWord(model, word).known
  return wordParts(word).every((part) => {
    const folded = foldWord(part)
    return model.languages.slice(0, 2).some((language) => language.words.get(folded) >= 0)
  })
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
 * Turn capitalised words next to a name into names (`Jesús Ramírez Cuevas`:
 * `Ramírez` is unknown, so `Jesús` and `Cuevas` join it), except frequent
 * words (`de`, `La`, `The`).
 *
 * @param text
 *   Source text.
 * @param tokens
 *   Classified tokens (changed in place).
 * @param model
 *   Decoded model.
 */
function extendNames(text: string, tokens: ClassifiedToken[], model: Model): void {
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]?.kind !== 'name') continue
    for (const direction of [-1, 1]) {
      let current = index
      let next = tokens[current + direction]
      while (next && joinsName(text, tokens[current] as ClassifiedToken, next, model)) {
        next.kind = 'name'
        next.role = 'none'
        current += direction
        next = tokens[current + direction]
      }
    }
  }
}

/**
 * Whether `next` continues the name at `current`.
 *
 * @param text
 *   Source text.
 * @param current
 *   A name token.
 * @param next
 *   Its neighbour.
 * @param model
 *   Decoded model.
 * @returns
 *   Whether `next` is a capitalised, not frequent word next to it on the line.
 */
function joinsName(text: string, current: ClassifiedToken, next: ClassifiedToken, model: Model): boolean {
  if (next.kind !== 'word' || next.role !== 'evidence' || !upper.test(next.text)) return false
  if (allUpper.test(next.text) && next.text.length > 1) return false
  const start = Math.min(current.end, next.end)
  const end = Math.max(current.start, next.start)
  if (!/^[ \t]+$/.test(text.slice(start, end))) return false
  return !isFrequent(next.text, model)
}

/**
 * Whether a word is among the most frequent words of Spanish or English.
 *
 * @param word
 *   Word.
 * @param model
 *   Decoded model.
 * @returns
 *   Whether some part is frequent (about the top 300).
 */
function isFrequent(word: string, model: Model): boolean {
  return wordParts(word).some((part) => {
    const folded = foldWord(part)
    return model.languages.slice(0, 2).some((language) => {
      const value = language.words.get(folded)
      return value >= 0 && value <= frequentValue
    })
  })
}
