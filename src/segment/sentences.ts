/**
 * Split plain text into sentences.
 *
 * `Intl.Segmenter` does the work; repairs fix what it gets wrong in news
 * copy: a break after an abbreviation of either language (`Mr.`, `Sr.`,
 * `Lic.`, `Gral.`, `EE. UU.`, `p. ej.`, `No.`), a trailing
 * `pic.twitter.com/…` link cut off from its tweet line, and leading or
 * trailing white space. A tweet attribution line (`— Name (@handle) May 15,
 * 2025`) is marked, so it is not counted as prose of either language.
 */

/** A sentence of a text. */
export interface Sentence {
  start: number
  end: number
  /** Whether this is a tweet attribution line (optional). */
  attribution?: boolean
}

const segmenter = new Intl.Segmenter('es', {granularity: 'sentence'})

/** Abbreviations after which a sentence does not end (`No.` only before a number). */
const titles = new Set([
  'mr', 'mrs', 'ms', 'dr', 'dra', 'drs', 'prof', 'sr', 'sra', 'srta', 'sres', 'lic', 'licda', 'gral',
  'gen', 'ing', 'arq', 'mtro', 'mtra', 'dip', 'sen', 'rep', 'gob', 'col', 'cap', 'tte', 'lt', 'sgt',
  'ee', 'núm', 'art', 'fr', 'vs', 'ej', 'pág', 'aprox', 'av', 'jr', 'gov', 'corp', 'dept', 'sto', 'sta', 'cía'
])

/** Abbreviations that end a sentence only before a function word. */
const countries = /(?:^|[\s(])(?:U\.S|U\.K|EE\.\s?UU|E\.U|U\.N|D\.C)\.$/

/** Words that usually start a sentence, after which a country abbreviation ends one. */
const starters = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'we', 'they', 'i', 'this', 'that', 'these', 'there', 'but',
  'and', 'in', 'on', 'el', 'la', 'los', 'las', 'un', 'una', 'él', 'ella', 'ellos', 'este', 'esta',
  'pero', 'y', 'en', 'que', 'no', 'se', 'lo'
])

const attribution =
  /^[—–-]{1,2}\s*[^\n]{1,120}?\(@[\p{L}\p{N}_]{1,30}\)\s+[\p{L}.]{3,12}\s+\d{1,2},?\s+\d{4}\s*$/u
const bareLink = /^(?:pic\.twitter\.com\/\S+|https?:\/\/\S+)$/

/**
 * Split `text` into sentences.
 *
 * @param text
 *   Plain text of one block.
 * @returns
 *   Sentences in order, trimmed, never overlapping, never empty.
 *
 * @example
 *   splitSentences('Habló el Sr. López. Luego se fue.').length // => 2
 */
export function splitSentences(text: string): Sentence[] {
  const raw: Sentence[] = []
  for (const {index, segment} of segmenter.segment(text)) {
    const sentence = trim(text, index, index + segment.length)
    if (sentence) raw.push(sentence)
  }

  const merged: Sentence[] = []
  for (const sentence of raw) {
    const previous = merged.at(-1)
    if (previous && shouldJoin(text, previous, sentence)) {
      previous.end = sentence.end
    } else {
      merged.push(sentence)
    }
  }

  for (const sentence of merged) {
    if (attribution.test(text.slice(sentence.start, sentence.end))) sentence.attribution = true
  }

  return merged
}

/** Whether `next` continues `previous` (the break after it was an abbreviation). */
function shouldJoin(text: string, previous: Sentence, next: Sentence): boolean {
  if (text.slice(previous.end, next.start).includes('\n')) return false
  const body = text.slice(previous.start, previous.end)
  const following = text.slice(next.start, next.end)
  if (bareLink.test(following)) return true
  if (countries.test(body)) return !starters.has(/^\p{L}+/u.exec(following)?.[0]?.toLowerCase() ?? '')
  const token = /(?:^|[\s(])(\p{L}{1,5})\.$/u.exec(body)?.[1]
  if (token === undefined) return false
  if (/^\p{Lu}$/u.test(token)) return true
  if (token.toLowerCase() === 'no') return /^\d/.test(following)
  return titles.has(token.toLowerCase())
}

/** Trim white space off a range; `undefined` when nothing is left. */
function trim(text: string, start: number, end: number): Sentence | undefined {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return start < end ? {start, end} : undefined
}
