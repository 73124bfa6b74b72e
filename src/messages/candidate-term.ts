/**
 * Rule `candidate-term`: institution-like names the glossary lacks.
 *
 * Two shapes are reported, once per distinct text, where no glossary match
 * overlaps them:
 *
 * - acronyms: a word of 2 to 6 capitals that is no glossary term, no common
 *   capitalised word (`OK`, `TV`, `AM`, news agencies, function words), no
 *   Roman numeral, and not in a line written in capitals (a headline);
 * - names: capitalised words joined by `de`, `del`, `la`, `y`, `of`, `the`,
 *   `and`… that start with a Spanish institution word (`Secretaría de
 *   Marina`, `Fiscalía Anticorrupción`, `Comisión Nacional de Búsqueda`) or
 *   end with an English one (`Justice Department`, `Border Patrol`), or read
 *   `Office of …`, `Bureau of …`; at least two capitalised words.
 *
 * Severity: info.
 */

import type {Glossary, Message, Range} from '../types.js'
import type {Token} from '../util/tokenize.js'
import {type CheckContext, fold, quote} from './context.js'

const common = new Set(
  (
    'OK TV AM PM FM DJ ID PC CEO CFO VIP USB DVD CD GPS PDF HTML URL API UTC GMT AP AFP EFE ' +
    'CNN BBC NBC CBS ABC NPR NYT WSJ AMLO COVID SIDA VIH HIV AIDS ADN DNA NBA NFL MLB FIFA UEFA ' +
    'MXN USD EUR PIB GDP IVA SMS LGBT LGBTQ RIP FAQ CDMX NO SI SÍ YA EL LA LOS LAS DE DEL EN ' +
    'THE OF AND TO IN IS IT ON AT BY OR UN UNA'
  ).split(' ')
)
const spanishHeads = new Set(
  (
    'administracion agencia autoridad banco buro camara cartel centro comando comision consejo ' +
    'coordinacion corte departamento direccion ejercito fiscalia fuerza fuerzas gabinete guardia ' +
    'instituto juzgado marina ministerio oficina organo policia procuraduria registro secretaria ' +
    'senado servicio sistema subprocuraduria subsecretaria suprema tribunal unidad vicefiscalia'
  ).split(' ')
)
const englishTails = new Set(
  (
    'administration agency army bureau cartel command commission council court department ' +
    'directorate division force forces guard institute ministry navy office patrol police ' +
    'secretariat service unit'
  ).split(' ')
)
const englishHeads = new Set('bureau court department ministry office secretariat'.split(' '))
const connectors = new Set(
  'de del la las los el y e en para contra of the and for on against'.split(' ')
)
const conjunctions = new Set(['y', 'e', 'and'])
const capitals = /^\p{Lu}{2,6}$/u
const roman = /^[IVXLCDM]+$/

const knownByGlossary = new WeakMap<Glossary, Set<string>>()

/**
 * Compact texts of the glossary's terms (no dots, no spaces), once per glossary.
 *
 * @param glossary
 *   Glossary.
 * @returns
 *   Compact term texts.
 */
function knownTerms(glossary: Glossary): Set<string> {
  let known = knownByGlossary.get(glossary)
  if (!known) {
    known = new Set(glossary.terms.map((term) => term.text.replace(/[.\s]/g, '')))
    knownByGlossary.set(glossary, known)
  }

  return known
}

/**
 * Report candidate terms.
 *
 * @param context
 *   Check context.
 * @returns
 *   Messages (info).
 */
export function candidateTerm(context: CheckContext): Message[] {
  const ranges = context.matches.map((checked) => checked.match as Range)
  const known = knownTerms(context.glossary)
  const seen = new Set<string>()
  const messages: Message[] = []
  const found = [...acronyms(context, known), ...names(context)].sort((a, b) => a.start - b.start)

  for (const range of found) {
    const text = context.text.slice(range.start, range.end)
    if (seen.has(text) || overlaps(ranges, range)) continue
    seen.add(text)
    messages.push({
      ruleId: 'candidate-term',
      reason: 'Unexpected term ' + quote(text) + ' missing from the glossary',
      start: range.start,
      end: range.end,
      severity: 'info',
      actual: text
    })
  }

  return messages
}

/**
 * Words in capitals that look like acronyms.
 */
function acronyms(context: CheckContext, known: Set<string>): Range[] {
  const {tokens, text} = context
  const shouting = shoutingLines(text, tokens)
  const result: Range[] = []
  let line = 0
  let previousEnd = 0

  for (const token of tokens) {
    line += countBreaks(text, previousEnd, token.start)
    previousEnd = token.end
    if (token.kind !== 'word') continue
    const word = stripPossessive(token.text)
    if (!capitals.test(word) || roman.test(word) || common.has(word) || known.has(word)) continue
    if (shouting.has(line)) continue
    result.push({start: token.start, end: token.start + word.length})
  }

  return result
}

/**
 * Capitalised multiword names with an institution word.
 */
function names(context: CheckContext): Range[] {
  const {tokens, text} = context
  const result: Range[] = []
  let index = 0

  while (index < tokens.length) {
    const run = nameRun(text, tokens, index)
    if (run.length === 0) {
      index++
      continue
    }

    index += run.length
    const name = institutionName(run)
    if (name) {
      const last = name[name.length - 1]!
      result.push({start: name[0]!.start, end: last.start + stripPossessive(last.text).length})
    }
  }

  return result
}

/**
 * The part of a capitalised run that names an institution, if any: from a
 * Spanish institution word to the end, from `Office of`/`Bureau of` to the
 * end, or the capitalised words that end with an English institution word.
 */
function institutionName(run: readonly Token[]): Token[] | undefined {
  const folded = run.map((token) => fold(stripPossessive(token.text)))
  let name: Token[] | undefined
  const head = folded.findIndex((word, index) => spanishHeads.has(word) && isName(run[index]!))
  const of = folded.findIndex((word, index) => englishHeads.has(word) && folded[index + 1] === 'of')

  if (head !== -1) {
    name = run.slice(head)
  } else if (of !== -1) {
    name = run.slice(of)
  } else {
    const tail = folded.findLastIndex((word) => englishTails.has(word))
    let start = tail
    while (start > 0 && !connectors.has(folded[start - 1]!)) start--
    if (tail !== -1) name = run.slice(start, tail + 1)
  }

  const words = name ? name.filter((token) => !connectors.has(fold(token.text))) : []
  return words.length >= 2 ? name : undefined
}

/**
 * Tokens of the capitalised name starting at `index` (none if it does not
 * start with a capitalised word); connectors inside only, not at the end.
 */
function nameRun(text: string, tokens: readonly Token[], index: number): Token[] {
  const first = tokens[index]!
  if (!isName(first) || connectors.has(fold(first.text))) return []
  const run = [first]
  let end = 1

  for (let position = index + 1; position < tokens.length; position++) {
    const token = tokens[position]!
    const gap = text.slice(tokens[position - 1]!.end, token.start)
    if (token.kind !== 'word' || !/^\s+$/.test(gap) || /\n\s*\n/.test(gap)) break
    if (/['’]s$/.test(tokens[position - 1]!.text)) break
    if (isName(token)) {
      run.push(token)
      end = run.length
    } else if (connectors.has(fold(token.text)) && joins(token, tokens[position + 1])) {
      run.push(token)
    } else {
      break
    }
  }

  return run.slice(0, end)
}

/**
 * Whether a connector may continue a name: `y`/`and` only before a
 * capitalised word that does not start another institution or acronym
 * (`Seguridad y Protección Ciudadana`, not `Department and Office of`).
 */
function joins(connector: Token, next: Token | undefined): boolean {
  if (!conjunctions.has(fold(connector.text))) return true
  if (!next || !isName(next) || capitals.test(next.text)) return false
  const word = fold(next.text)
  return !spanishHeads.has(word) && !englishHeads.has(word) && !englishTails.has(word)
}

function isName(token: Token): boolean {
  if (token.kind !== 'word') return false
  const first = token.text.charAt(0)
  return first !== first.toLowerCase()
}

/**
 * Line numbers (counted by line breaks) mostly written in capitals.
 */
function shoutingLines(text: string, tokens: readonly Token[]): Set<number> {
  const counts = new Map<number, {words: number; capitals: number}>()
  let line = 0
  let previousEnd = 0

  for (const token of tokens) {
    line += countBreaks(text, previousEnd, token.start)
    previousEnd = token.end
    if (token.kind !== 'word' || token.text.length < 3) continue
    const count = counts.get(line) ?? {words: 0, capitals: 0}
    count.words++
    if (token.text === token.text.toUpperCase() && token.text !== token.text.toLowerCase()) count.capitals++
    counts.set(line, count)
  }

  const result = new Set<number>()
  for (const [number, count] of counts) {
    if (count.words >= 3 && count.capitals / count.words > 0.6) result.add(number)
  }

  return result
}

function countBreaks(text: string, start: number, end: number): number {
  let count = 0
  for (let offset = start; offset < end; offset++) if (text.charCodeAt(offset) === 10) count++
  return count
}

function stripPossessive(value: string): string {
  return /['’]s$/i.test(value) ? value.slice(0, -2) : value
}

/**
 * Whether `range` overlaps one of `ranges` (sorted by start).
 */
function overlaps(ranges: readonly Range[], range: Range): boolean {
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (ranges[middle]!.end <= range.start) low = middle + 1
    else high = middle
  }

  const candidate = ranges[low]
  return candidate !== undefined && candidate.start < range.end
}
