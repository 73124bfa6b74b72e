/**
 * Rule `superseded-term`: a term of a replaced institution in current text.
 *
 * PGR, CISEN or the Policía Federal are institutions that ended, not
 * misspellings: a mention is wrong only when the text speaks of the present.
 * The rule reports a superseded term (or a term of a concept whose
 * `validUntil` has passed at `date`) unless the text marks the mention as
 * historical: one of the concept's `historicalContexts` words within four
 * words before it in the same sentence (`la extinta PGR`, `(antes PGR)`,
 * `the former …`), or a year before the end date in the same sentence
 * (`En 2016, la PGR …`). A concept whose `validUntil` is after `date` is
 * current for that text and not reported.
 */

import type {Message} from '../types.js'
import {type CheckContext, fold, preferredTerms, quote} from './context.js'

const reach = 4
const sentenceEnds = new Set(['.', '!', '?', ';'])

/**
 * Report superseded terms.
 *
 * @param context
 *   Check context.
 * @returns
 *   Messages (warnings).
 */
export function supersededTerm(context: CheckContext): Message[] {
  const messages: Message[] = []

  for (const checked of context.matches) {
    const {match, concept, term} = checked
    const until = concept.validUntil
    if (checked.tag || (term.status !== 'superseded' && !until)) continue
    if (until && context.date < until) continue
    if (isHistorical(context, match.start, match.end, concept.historicalContexts ?? [], until)) continue

    const successor = concept.replacedBy ? context.glossary.get(concept.replacedBy) : undefined
    const replacement = successor ?? (term.status === 'superseded' ? concept : undefined)
    const expected = replacement ? preferredTerms(replacement, term.lang, term.type).slice(0, 1) : []
    const when = until ? ' (replaced on ' + until + ')' : ' (superseded)'
    const reason =
      expected.length > 0
        ? 'Unexpected ' + quote(match.text) + ', expected ' + quote(expected[0]!) + when
        : 'Unexpected superseded ' + quote(match.text) + (until ? ' (ended on ' + until + ')' : '')

    messages.push({
      ruleId: 'superseded-term',
      reason,
      start: match.start,
      end: match.end,
      severity: 'warning',
      actual: match.text,
      expected,
      entry: concept.id
    })
  }

  return messages
}

/**
 * Whether the sentence around a mention marks it as historical.
 */
function isHistorical(
  context: CheckContext,
  start: number,
  end: number,
  words: readonly string[],
  until: string | undefined
): boolean {
  const {tokens, text} = context
  const markers = words.map((word) => fold(word).split(/[\s-]+/).filter(Boolean))
  const year = until ? Number.parseInt(until.slice(0, 4), 10) : Number.NaN
  const before = sentenceBefore(context, start)
  const after = sentenceAfter(context, end)

  const folded = before
    .filter((token) => token.kind === 'word')
    .flatMap((token) => fold(token.text).split('-'))
  const historical = markers.some(
    (marker) => marker.length > 0 && includesSequence(folded.slice(-(reach + marker.length - 1)), marker)
  )
  if (historical) return true

  return [...before, ...after].some((token) => {
    if (token.kind !== 'number' || !/^(?:1[89]|20)\d\d$/.test(token.text)) return false
    return Number.parseInt(token.text, 10) < year && text.charAt(token.end) !== '%'
  })
}

function sentenceBefore(context: CheckContext, offset: number): CheckContext['tokens'] {
  const {tokens, text} = context
  const result: CheckContext['tokens'] = []
  let index = lowerBound(tokens, offset) - 1
  let previousStart = offset

  while (index >= 0 && result.length < 40) {
    const token = tokens[index]!
    if (/\n\s*\n/.test(text.slice(token.end, previousStart))) break
    if (token.kind === 'punct' && sentenceEnds.has(token.text)) break
    result.unshift(token)
    previousStart = token.start
    index--
  }

  return result
}

function sentenceAfter(context: CheckContext, offset: number): CheckContext['tokens'] {
  const {tokens, text} = context
  const result: CheckContext['tokens'] = []
  let index = lowerBound(tokens, offset)
  let previousEnd = offset

  while (index < tokens.length && result.length < 40) {
    const token = tokens[index]!
    if (/\n\s*\n/.test(text.slice(previousEnd, token.start))) break
    if (token.kind === 'punct' && sentenceEnds.has(token.text)) break
    result.push(token)
    previousEnd = token.end
    index++
  }

  return result
}

/**
 * Index of the first token starting at or after `offset`.
 */
function lowerBound(tokens: CheckContext['tokens'], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle]!.start < offset) low = middle + 1
    else high = middle
  }

  return low
}

function includesSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((word, index) => haystack[start + index] === word)) return true
  }

  return false
}
