/**
 * Split text into word-like tokens with their kind.
 *
 * A hand-written scanner looks at the first character of each token and tries
 * only the patterns that can start there (sticky regular expressions), so
 * time is linear in the text. Whitespace is skipped; every other code point
 * belongs to exactly one token. The kinds are lexical only: whether a word is
 * a person's name is decided later, by detection.
 */

/** Lexical kind of a token (detection may turn a `word` into a `name`). */
export type LexicalKind = 'word' | 'handle' | 'hashtag' | 'url' | 'number' | 'emoji' | 'punct'

/** A token: `text === value.slice(start, end)`. */
export interface Token {
  start: number
  end: number
  text: string
  kind: LexicalKind
}

const letter = String.raw`[\p{L}\p{M}\p{N}]`
const emojiUnit = String.raw`(?:\p{Regional_Indicator}{2}|\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]*|[\p{Emoji}\u{20E3}]\u{FE0F}?\u{20E3})`

const patterns = {
  url: /(?:https?:\/\/|www\.|pic\.twitter\.com\/)(?:[^\s<>"“”«»]*[^\s<>"“”«».,;:!?¿¡)\]'’])?/iuy,
  email: /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/uy,
  handle: /@[\p{L}\p{N}_]+/uy,
  hashtag: /#[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*/uy,
  word: new RegExp(String.raw`${letter}*\p{L}${letter}*(?:['’\-]${letter}*\p{L}${letter}*)*`, 'uy'),
  number: /\p{N}+(?:[.,:/]\p{N}+)*[ºª°%]?/uy,
  emoji: new RegExp(String.raw`${emojiUnit}(?:\u{200D}${emojiUnit})*`, 'uy')
}

// Note: a table is faster than comparisons in the scanner's innermost loop.
const latinAlphanumeric = new Uint8Array(0x180)
for (let code = 0; code < 0x180; code++) {
  const latin = code >= 0xc0 && code !== 0xd7 && code !== 0xf7
  latinAlphanumeric[code] = isAlphanumeric(code) || latin ? 1 : 0
}

const wordStart = /[\p{L}\p{M}\p{N}]/u
const emojiStart = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji}]/u
const space = /\s/
const urlStart = /^(?:https?:\/\/|www\.|pic\.twitter\.com\/)/i

/**
 * Tokenize `value`.
 *
 * @param value
 *   Plain text.
 * @returns
 *   Tokens in order, never overlapping, with UTF-16 offsets into `value`.
 *
 * @example
 *   tokenize('La @FGRMexico dijo 🇲🇽').map((t) => t.kind)
 *   // => ['word', 'handle', 'word', 'emoji']
 */
export function tokenize(value: string): Token[] {
  const tokens: Token[] = []
  let index = 0

  while (index < value.length) {
    const code = value.charCodeAt(index)
    if (code === 32 || (code < 14 && code > 8) || (code > 127 && space.test(value[index]!))) {
      index++
      continue
    }

    index = scan(value, index, code, tokens)
  }

  return tokens
}

/**
 * Scan the token at `index`, whose first code unit is `code`, into `tokens`.
 *
 * @returns
 *   End of the token.
 */
function scan(value: string, index: number, code: number, tokens: Token[]): number {
  if (isLatinAlphanumeric(code)) {
    if (isUrlStart(value, index, code)) return add(value, index, at(patterns.url, value, index), 'url', tokens)
    const end = latinWordEnd(value, index)
    if (end > index) return add(value, index, end, 'word', tokens)
  }

  return scanPatterns(value, index, code, tokens)
}

/**
 * Scan the token at `index` with the patterns that can start with `code`.
 *
 * @returns
 *   End of the token.
 */
function scanPatterns(value: string, index: number, code: number, tokens: Token[]): number {
  const char = code > 127 ? String.fromCodePoint(value.codePointAt(index)!) : value[index]!
  const isWordStart = isAlphanumeric(code) || (code > 127 && wordStart.test(char))

  if (isWordStart || isEmailPunctuation(code)) {
    const word = isWordStart ? at(patterns.word, value, index) : index
    if (isEmailContinuation(value, word)) {
      const email = at(patterns.email, value, index)
      if (email > index) return add(value, index, email, 'url', tokens)
    }

    if (word > index) return add(value, index, word, 'word', tokens)
    const number = isWordStart ? at(patterns.number, value, index) : index
    if (number > index) return add(value, index, number, 'number', tokens)
  }

  if (code === 64 || code === 35) {
    const end = at(code === 64 ? patterns.handle : patterns.hashtag, value, index)
    if (end > index) return add(value, index, end, code === 64 ? 'handle' : 'hashtag', tokens)
  }

  if ((code > 127 || code === 35 || code === 42 || (code >= 48 && code <= 57)) && emojiStart.test(char)) {
    const end = at(patterns.emoji, value, index)
    if (end > index) return add(value, index, end, 'emoji', tokens)
  }

  return add(value, index, index + char.length, 'punct', tokens)
}

/** Add the token from `start` to `end` and return `end`. */
function add(value: string, start: number, end: number, kind: LexicalKind, tokens: Token[]): number {
  tokens.push({start, end, text: value.slice(start, end), kind})
  return end
}

/**
 * End of a plain word at `index` (ASCII or Latin-1/Latin Extended-A letters
 * and ASCII digits, at least one letter) that nothing else could extend: what
 * the word pattern would match, found without it. `index` when the run needs
 * the full patterns (a number, or a run that an apostrophe, a hyphen, a mark,
 * another letter or an e-mail address could continue).
 */
function latinWordEnd(value: string, index: number): number {
  let end = index
  let letters = false
  while (end < value.length) {
    const code = value.charCodeAt(end)
    if (!isLatinAlphanumeric(code)) break
    if (code > 57) letters = true
    end++
  }

  return letters && isWordBoundary(value, end) ? end : index
}

/**
 * Whether neither the word pattern nor the e-mail pattern can go on past
 * `end`, which ends a run of letters and digits.
 */
function isWordBoundary(value: string, end: number): boolean {
  if (end === value.length) return true
  const next = value.charCodeAt(end)
  // Note: non-breaking space, guillemets and general punctuation (dashes,
  // quotes, ellipsis) end words; `’` (U+2019) may join an apostrophe word.
  if (next > 127) return next === 0xa0 || next === 0xab || next === 0xbb || (next >= 0x2000 && next <= 0x206f && next !== 0x2019)
  if (next === 64) return false
  if (next !== 39 && !isEmailPunctuation(next)) return true
  // Note: after `'`, `-`, `.` (and the like) the word or an e-mail address
  // continues only with a letter, digit, `@` or more e-mail punctuation.
  const after = value.charCodeAt(end + 1)
  return Number.isNaN(after) || (after < 128 && !isAlphanumeric(after) && after !== 64 && !isEmailPunctuation(after))
}

/**
 * Whether an e-mail address could go on at `offset`, the end of a word (or
 * the start of punctuation): only `@` or `.`-like punctuation followed by
 * more of an address can.
 */
function isEmailContinuation(value: string, offset: number): boolean {
  const code = value.charCodeAt(offset)
  if (code !== 64 && !isEmailPunctuation(code)) return false
  const next = value.charCodeAt(offset + 1)
  return next > 127 || isAlphanumeric(next) || next === 64 || isEmailPunctuation(next)
}

/** Whether a URL starts at `index` (`http://`, `https://`, `www.`, `pic.twitter.com/`). */
function isUrlStart(value: string, index: number, code: number): boolean {
  const first = code | 32
  const second = value.charCodeAt(index + 1) | 32
  // Note: `ht`, `ww`, `pi` first, so most words skip the pattern.
  const prefix = (first === 104 && second === 116) || (first === 119 && second === 119) || (first === 112 && second === 105)
  return prefix && urlStart.test(value.slice(index, index + 16))
}

/** `.`, `_`, `%`, `+`, `-`: characters an e-mail address may hold before its `@`. */
function isEmailPunctuation(code: number): boolean {
  return code === 46 || code === 95 || code === 37 || code === 43 || code === 45
}

/** End of a sticky match of `pattern` at `index`, or `index` when none. */
function at(pattern: RegExp, value: string, index: number): number {
  pattern.lastIndex = index
  return pattern.test(value) ? pattern.lastIndex : index
}

/** ASCII letters and digits, and the letters of Latin-1 and Latin Extended-A (not `×`, `÷`). */
function isLatinAlphanumeric(code: number): boolean {
  return code < 0x180 && latinAlphanumeric[code] === 1
}

function isAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}
