/**
 * Find quoted passages inside a sentence: “…”, «…», ‘…’, "…" and '…'.
 *
 * One pass with a small stack; only the outermost quotes are returned.
 * Straight quotes open at a word start and close at a word end, so an
 * apostrophe (`don't`, `FGR's`) is never taken for a quote. An unclosed quote
 * yields nothing.
 */

/** A quoted passage: the range of its content, without the marks. */
export interface Quote {
  start: number
  end: number
}

const closers: Record<string, string> = {'“': '”', '«': '»', '‘': '’', '"': '"', "'": "'", '„': '“'}

/**
 * Find the outermost quoted passages of `text`.
 *
 * @param text
 *   Plain text.
 * @returns
 *   Content ranges of quotes, in order, never overlapping, never empty.
 *
 * @example
 *   findQuotes('there is “coordinación sin subordinación” here')
 *   // => [{start: 10, end: 40}]
 */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = []
  const stack: Array<{close: string; start: number}> = []

  for (let index = 0; index < text.length; index++) {
    const mark = text[index]!
    const open = stack.at(-1)

    if (open && mark === open.close && (!isStraight(mark) || closesHere(text, index))) {
      stack.pop()
      if (stack.length === 0 && index > open.start) quotes.push({start: open.start, end: index})
    } else if (mark in closers && (!isStraight(mark) || opensHere(text, index))) {
      stack.push({close: closers[mark]!, start: index + 1})
    } else if (mark === '\n') {
      stack.length = 0
    }
  }

  return quotes.filter((quote) => /\p{L}/u.test(text.slice(quote.start, quote.end)))
}

function isStraight(mark: string): boolean {
  return mark === '"' || mark === "'"
}

/** A straight quote opens after a non-letter and before a letter or digit. */
function opensHere(text: string, index: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text[index - 1] ?? ' ') && /[\p{L}\p{N}¿¡…]/u.test(text[index + 1] ?? '')
}

/** A straight quote closes after a non-space and before a non-letter. */
function closesHere(text: string, index: number): boolean {
  return !/\s/.test(text[index - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[index + 1] ?? ' ')
}
