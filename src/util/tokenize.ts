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
  url: /(?:https?:\/\/|www\.|pic\.twitter\.com\/)(?:[^\s<>"“”«»]*[^\s<>"“”«».,;:!?¿¡)\]'’])?/uy,
  email: /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/uy,
  handle: /@[\p{L}\p{N}_]+/uy,
  hashtag: /#[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*/uy,
  word: new RegExp(String.raw`${letter}*\p{L}${letter}*(?:['’\-]${letter}*\p{L}${letter}*)*`, 'uy'),
  number: /\p{N}+(?:[.,:/]\p{N}+)*[ºª°%]?/uy,
  emoji: new RegExp(String.raw`${emojiUnit}(?:\u{200D}${emojiUnit})*`, 'uy')
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

    const [kind, end] = scan(value, index, code)
    tokens.push({start: index, end, text: value.slice(index, end), kind})
    index = end
  }

  return tokens
}

/** Scan the token at `index`, whose first code unit is `code`. */
function scan(value: string, index: number, code: number): [LexicalKind, number] {
  const char = code > 127 ? String.fromCodePoint(value.codePointAt(index)!) : value[index]!
  const isWordStart = isAlphanumeric(code) || (code > 127 && wordStart.test(char))

  if (isWordStart && isUrlStart(value, index, code)) return ['url', at(patterns.url, value, index)]
  if (code < 128 && isWordStart) {
    const end = asciiWordEnd(value, index)
    if (end > index) return ['word', end]
  }

  if (isWordStart || isEmailPunctuation(code)) {
    const word = isWordStart ? at(patterns.word, value, index) : index
    // Note: only a run followed by `@` or `.`-like punctuation can be an e-mail address.
    if (value.charCodeAt(word) === 64 || isEmailPunctuation(value.charCodeAt(word))) {
      const email = at(patterns.email, value, index)
      if (email > index) return ['url', email]
    }

    if (word > index) return ['word', word]
    const number = isWordStart ? at(patterns.number, value, index) : index
    if (number > index) return ['number', number]
  }

  if (code === 64 || code === 35) {
    const end = at(code === 64 ? patterns.handle : patterns.hashtag, value, index)
    if (end > index) return [code === 64 ? 'handle' : 'hashtag', end]
  }

  if ((code > 127 || code === 35 || code === 42 || (code >= 48 && code <= 57)) && emojiStart.test(char)) {
    const end = at(patterns.emoji, value, index)
    if (end > index) return ['emoji', end]
  }

  return ['punct', index + char.length]
}

/**
 * End of a plain ASCII word at `index` (letters and digits, at least one
 * letter) that nothing else could extend: what the word pattern would match,
 * found without it. `index` when the run needs the full patterns (a number,
 * or followed by non-ASCII, an apostrophe, a hyphen, or e-mail punctuation).
 */
function asciiWordEnd(value: string, index: number): number {
  let end = index
  let letters = false
  while (end < value.length) {
    const code = value.charCodeAt(end)
    if (!isAlphanumeric(code)) break
    if (code > 57) letters = true
    end++
  }

  const next = value.charCodeAt(end)
  const plain = Number.isNaN(next) || (next < 128 && next !== 39 && next !== 64 && !isEmailPunctuation(next))
  return letters && plain ? end : index
}

/** Whether a URL starts at `index` (`http://`, `https://`, `www.`, `pic.twitter.com/`). */
function isUrlStart(value: string, index: number, code: number): boolean {
  const first = code | 32
  return (first === 104 || first === 119 || first === 112) && urlStart.test(value.slice(index, index + 16))
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

function isAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}
