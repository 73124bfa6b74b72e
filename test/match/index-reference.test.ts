import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {matchTerms} from '../../src/match/index.js'
import {isPluralizable, pluralize} from '../../src/match/plural.js'
import {toUnits} from '../../src/match/units.js'
import type {Concept, Lang, Term} from '../../src/types.js'
import {makeGlossary} from './glossary.js'

const vocabulary = [
  'a', 'b', 'de', 'la', 'of', 'to', 'general', 'General', 'policía', 'agencia', 'comisión', 'juez', 'gran',
  'officer', 'agency', 'box', 'match', 'police', 'ÁB', 'x1', '2024', 'Fiscali\u0301a', 'ICE', 'EE.', 'UU.'
]
const separators = [' ', ' ', ' ', '  ', '\n', '\n\n', '-', ', ', '. ']
const word = fc.constantFrom(...vocabulary)
const termText = fc.array(word, {minLength: 1, maxLength: 4}).map((words) => words.join(' '))
const termSpec = fc.record({
  text: termText,
  lang: fc.constantFrom<Lang>('es', 'en'),
  title: fc.boolean()
})
const textArbitrary = fc
  .array(fc.tuple(fc.oneof(word, fc.constantFrom('officers', 'agencies', 'policías', 'comisiones', 'jueces', 'grandes', 'Generals', 'boxes')), fc.constantFrom(...separators)), {maxLength: 30})
  .map((parts) => parts.map(([value, separator]) => value + separator).join(''))

/**
 * Leftmost-longest matching done the slow way: every form of every term
 * (its text and its generated plurals) compared with the units at every
 * position.
 */
function referenceSpans(text: string, terms: Array<{text: string; lang: Lang; title: boolean}>): Array<[number, number]> {
  const forms: string[][] = []
  for (const spec of terms) {
    const term: Term = {text: spec.text, lang: spec.lang, type: 'fullForm', status: 'preferred'}
    const concept = {kind: spec.title ? 'title' : 'other'} as Concept
    const texts = [spec.text, ...(isPluralizable(term, concept) ? pluralize(spec.text, spec.lang) : [])]
    for (const value of texts) {
      const units = toUnits(value)
      if (units.length > 0 && units.every((unit) => unit.kind !== 'break')) forms.push(units.map((unit) => unit.key))
    }
  }

  const units = toUnits(text)
  const spans: Array<[number, number]> = []
  let position = 0

  while (position < units.length) {
    let longest = 0
    for (const keys of forms) {
      if (keys.length <= longest) continue
      const same = keys.every((key, offset) => {
        const unit = units[position + offset]
        return unit !== undefined && unit.kind !== 'break' && unit.key === key
      })
      if (same) longest = keys.length
    }

    if (longest > 0) {
      spans.push([units[position]!.start, units[position + longest - 1]!.end])
      position += longest
    } else {
      position++
    }
  }

  return spans
}

describe('match index', () => {
  it('should find the same spans as a slow reference, plurals included', () => {
    fc.assert(
      fc.property(fc.array(termSpec, {minLength: 1, maxLength: 12}), textArbitrary, (specs, text) => {
        const concepts: Concept[] = specs.map((spec, index) => ({
          id: 'x-' + index,
          kind: spec.title ? 'title' : 'other',
          jurisdiction: 'international',
          sources: [],
          terms: [{text: spec.text, lang: spec.lang, type: 'fullForm', status: 'preferred', case: 'insensitive'}]
        }))
        const glossary = makeGlossary(concepts)
        const actual = matchTerms(text, {glossary}).map((match): [number, number] => [match.start, match.end])
        expect(actual).toEqual(referenceSpans(text, specs))
      }),
      {numRuns: 400}
    )
  })

  it('should give plural matches the form `pluralize` makes', () => {
    fc.assert(
      fc.property(termSpec, (spec) => {
        const glossary = makeGlossary([{
          id: 'x-plural',
          kind: spec.title ? 'title' : 'other',
          jurisdiction: 'international',
          sources: [],
          terms: [{text: spec.text, lang: spec.lang, type: 'fullForm', status: 'preferred', case: 'insensitive'}]
        }])
        const term: Term = {text: spec.text, lang: spec.lang, type: 'fullForm', status: 'preferred'}
        const plurals = isPluralizable(term, {kind: spec.title ? 'title' : 'other'} as Concept) ? pluralize(spec.text, spec.lang) : []

        for (const plural of plurals) {
          const found = matchTerms('x ' + plural + ' x', {glossary})
          // Note: a plural may read as another form of the same term (`box` and `boxes` both match `boxes`).
          expect(found.map((match) => match.text)).toContain(plural)
          const match = found.find((item) => item.text === plural)!
          expect([spec.text, ...plurals]).toContain(match.form)
        }
      }),
      {numRuns: 400}
    )
  })
})
