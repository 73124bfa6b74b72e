/**
 * Lint rules about one concept at a time.
 */
import type {Concept, Lang} from '../types.js'
import {commonWords} from './common-words.js'
import {nfc} from './nfc.js'
import type {LintContext} from './lint.js'

const languages: ReadonlyArray<[Lang, string]> = [
  ['es', 'Spanish'],
  ['en', 'English']
]

/**
 * Run the rules of one valid concept: `missing-preferred-term`,
 * `superseded-without-replacement`, `superseded-without-date`,
 * `superseded-term-status`, `missing-source`, `acronym-case`,
 * `duplicate-term`, `invalid-date` and `invalid-validity`.
 *
 * @param context
 *   Lint context.
 * @param index
 *   Index of the concept.
 * @param concept
 *   Valid concept.
 * @param words
 *   Extra lower-case words (optional).
 */
export function lintConcept(
  context: LintContext,
  index: number,
  concept: Concept,
  words?: Iterable<string> | null | undefined
): void {
  lintStatus(context, index, concept)
  lintTerms(context, index, concept, words ? new Set([...words].map((word) => word.toLowerCase())) : undefined)
  lintDates(context, index, concept)

  if (concept.sources.length === 0) {
    context.report(
      'error',
      'missing-source',
      'Missing source for `' + concept.id + '`, expected at least one in `sources`',
      index,
      ['sources']
    )
  }
}

/**
 * Whether a concept is superseded: it has `replacedBy` or `validUntil`, or
 * all its terms are superseded.
 *
 * @param concept
 *   Concept.
 * @returns
 *   Whether it is superseded.
 */
export function isSuperseded(concept: Concept): boolean {
  return (
    concept.replacedBy !== undefined ||
    concept.validUntil !== undefined ||
    concept.terms.every((term) => term.status === 'superseded')
  )
}

/**
 * @param context
 *   Lint context.
 * @param index
 *   Index of the concept.
 * @param concept
 *   Concept.
 */
function lintStatus(context: LintContext, index: number, concept: Concept): void {
  const superseded = isSuperseded(concept)

  if (superseded && concept.replacedBy === undefined) {
    context.report(
      'error',
      'superseded-without-replacement',
      'Missing `replacedBy` on superseded `' + concept.id + '`, expected the id of its successor',
      index,
      []
    )
  }

  if (superseded && concept.validUntil === undefined) {
    context.report(
      'warning',
      'superseded-without-date',
      'Missing `validUntil` on superseded `' + concept.id + '`, expected the date it ended',
      index,
      []
    )
  }

  if (concept.replacedBy !== undefined) {
    for (const [position, term] of concept.terms.entries()) {
      if (term.status === 'preferred' || term.status === 'admitted') {
        context.report(
          'warning',
          'superseded-term-status',
          'Unexpected status `' + term.status + '` for `' + term.text + '` in replaced `' + concept.id +
            '`, expected `superseded`',
          index,
          ['terms', position, 'status']
        )
      }
    }

    return
  }

  for (const [lang, name] of languages) {
    if (!concept.terms.some((term) => term.lang === lang && term.status === 'preferred')) {
      context.report(
        'error',
        'missing-preferred-term',
        'Missing preferred ' + name + ' term, expected a term with `lang: ' + lang +
          '` and `status: preferred`',
        index,
        ['terms'],
        true
      )
    }
  }
}

/**
 * @param context
 *   Lint context.
 * @param index
 *   Index of the concept.
 * @param concept
 *   Concept.
 * @param words
 *   Extra lower-case words (optional).
 */
function lintTerms(context: LintContext, index: number, concept: Concept, words: Set<string> | undefined): void {
  const seen = new Set<string>()

  for (const [position, term] of concept.terms.entries()) {
    const key = term.lang + ':' + nfc(term.text)
    if (seen.has(key)) {
      context.report(
        'warning',
        'duplicate-term',
        'Unexpected second `' + term.text + '` (' + term.lang + ') in `' + concept.id + '`',
        index,
        ['terms', position, 'text']
      )
    }

    seen.add(key)
    if (term.type !== 'acronym' || term.case === 'exact') continue
    const word = term.text.replace(/[.\s]/g, '').toLowerCase()
    if (!commonWords.has(word) && !words?.has(word)) continue

    if (term.case === undefined) {
      context.report(
        'warning',
        'acronym-case',
        'Missing `case: exact` on `' + term.text + '`, which is also the word `' + word + '`',
        index,
        ['terms', position]
      )
    } else {
      context.report(
        'error',
        'acronym-case',
        'Unexpected `case: ' + term.case + '` on `' + term.text + '`, which is also the word `' + word +
          '`, expected `case: exact`',
        index,
        ['terms', position, 'case']
      )
    }
  }
}

/**
 * @param context
 *   Lint context.
 * @param index
 *   Index of the concept.
 * @param concept
 *   Concept.
 */
function lintDates(context: LintContext, index: number, concept: Concept): void {
  const dates: Array<[string | undefined, Array<string | number>]> = [
    [concept.validFrom, ['validFrom']],
    [concept.validUntil, ['validUntil']],
    ...concept.sources.map((source, position): [string | undefined, Array<string | number>] => [source.accessed, ['sources', position, 'accessed']])
  ]

  for (const [date, path] of dates) {
    if (date !== undefined && !isCalendarDate(date)) {
      context.report(
        'error',
        'invalid-date',
        'Unexpected date `' + date + '`, which is not in the calendar',
        index,
        path
      )
    }
  }

  if (concept.validFrom !== undefined && concept.validUntil !== undefined && concept.validFrom > concept.validUntil) {
    context.report(
      'error',
      'invalid-validity',
      'Unexpected `validUntil` `' + concept.validUntil + '` before `validFrom` `' + concept.validFrom + '`',
      index,
      ['validUntil']
    )
  }
}

/**
 * @param date
 *   `YYYY-MM-DD` (checked by the schema).
 * @returns
 *   Whether the day exists (`2023-02-30` does not).
 */
function isCalendarDate(date: string): boolean {
  const value = new Date(date + 'T00:00:00Z')
  return !Number.isNaN(value.getTime()) && value.toISOString().slice(0, 10) === date
}
