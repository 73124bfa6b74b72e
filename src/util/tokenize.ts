/**
 * Split text into word-like tokens with their kind.
 *
 * One sticky regular expression scans the text once, so time is linear in
 * its length. Whitespace is skipped; every other code point belongs to exactly
 * one token. The kinds are lexical only: whether a word is a person's name is
 * decided later, by detection.
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

const url =
  String.raw`(?:https?:\/\/|www\.|pic\.twitter\.com\/)[^\s<>"“”«»]*[^\s<>"“”«».,;:!?¿¡)\]'’]` +
  String.raw`|(?:https?:\/\/|www\.)`
const email = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`
const handle = String.raw`@[\p{L}\p{N}_]+`
const hashtag = String.raw`#[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*`
const number = String.raw`\p{N}+(?:[.,:/]\p{N}+)*(?:[ºª°%])?`
const letter = String.raw`[\p{L}\p{M}\p{N}]`
const word = String.raw`${letter}*\p{L}${letter}*(?:['’\-]${letter}*\p{L}${letter}*)*`
const emojiUnit = String.raw`(?:\p{Regional_Indicator}{2}|\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]*|[\p{Emoji}\u{20E3}]\u{FE0F}?\u{20E3})`
const emoji = String.raw`${emojiUnit}(?:\u{200D}${emojiUnit})*`

const scanner = new RegExp(
  String.raw`(\s+)|(${url})|(${email})|(${handle})|(${hashtag})|(${word})|(${number})|(${emoji})|([\s\S])`,
  'uy'
)

const kinds: Array<LexicalKind | undefined> = [
  undefined,
  undefined,
  'url',
  'url',
  'handle',
  'hashtag',
  'word',
  'number',
  'emoji',
  'punct'
]

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
  scanner.lastIndex = 0
  let match: RegExpExecArray | null

  while ((match = scanner.exec(value))) {
    let group = 1
    while (match[group] === undefined) group++
    const kind = kinds[group]
    if (kind) {
      const start = match.index
      const text = match[0]
      tokens.push({start, end: start + text.length, text, kind})
    }
  }

  return tokens
}
