import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {simpleSurfaces} from '../../src/match/build-index.js'
import {matchTerms, termKey, translateTerms} from '../../src/match/index.js'
import {checkTerms} from '../../src/messages/index.js'
import {pluralize} from '../../src/match/plural.js'
import {toUnits} from '../../src/match/units.js'
import type {Concept} from '../../src/types.js'
import {makeGlossary, testConcepts, testGlossary as glossary} from './glossary.js'

const pieces = [
  ...glossary.terms.map((term) => term.text),
  'fiscalía general', 'GUARDIA NACIONAL', 'ice', 'Ice', 'F.G.R.', 'EE. UU.', 'EE.UU.', "FGR's", 'ICE’s', '*Guardia*', '_', '*',
  'Fiscali\u0301a', '\n', '\n\n', '\r\n', ' ', '  ', '.', ',', '(', ')', '-', '—', '#FGR', '#fgr', '@fgrmexico', 'de la', 'the',
  'la', 'en', 'said', 'dijo', '2016', 'extinta', 'antes', '🇲🇽', '\u0000', '\uD800', '__proto__', '<script>'
]
const text = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 6}), fc.string({unit: 'binary', maxLength: 4})), {
    maxLength: 40
  })
  .map((parts) => parts.join(' '))
const language = fc.constantFrom(undefined, 'es' as const, 'en' as const)
const settings = {numRuns: 300}

/** Every text a concept's terms may match by. */
function forms(concept: Concept): string[] {
  return concept.terms.flatMap((term) => [
    term.text,
    ...(term.forms ?? []),
    ...pluralize(term.text, term.lang),
    'U.S. ' + term.text
  ])
}

describe('matchTerms properties', () => {
  it('matches never overlap and stay inside the source', () => {
    fc.assert(
      fc.property(text, language, (value, lang) => {
        const matches = matchTerms(value, {glossary, lang})
        let previousEnd = 0
        for (const match of matches) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd)
          expect(match.end).toBeGreaterThan(match.start)
          expect(match.end).toBeLessThanOrEqual(value.length)
          expect(match.text).toBe(value.slice(match.start, match.end))
          previousEnd = match.end
        }
      }),
      settings
    )
  })

  it('every match’s surface normalises to a term or form of its entry', () => {
    fc.assert(
      fc.property(text, language, (value, lang) => {
        for (const match of matchTerms(value, {glossary, lang})) {
          const concept = glossary.get(match.entry)!
          expect(forms(concept)).toContain(match.form)
          if (match.text.startsWith('#')) continue
          expect(termKey(match.text)).toBe(termKey(match.form))
        }
      }),
      settings
    )
  })

  it('the order of concepts does not change results', () => {
    fc.assert(
      fc.property(text, language, fc.integer(), (value, lang, seed) => {
        const shuffled = [...testConcepts]
        let state = seed
        for (let index = shuffled.length - 1; index > 0; index--) {
          state = (state * 1_103_515_245 + 12_345) & 0x7fffffff
          const other = state % (index + 1)
          ;[shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!]
        }

        expect(matchTerms(value, {glossary: makeGlossary(shuffled), lang})).toEqual(matchTerms(value, {glossary, lang}))
      }),
      {numRuns: 100}
    )
  })

  it('nothing throws on any input', () => {
    fc.assert(
      fc.property(text, language, (value, lang) => {
        const matches = matchTerms(value, {glossary, lang})
        checkTerms(value, matches, {glossary, lang, date: '2025-01-01'})
        translateTerms(value, {to: 'en', glossary, style: 'gloss'})
        translateTerms(value, {to: 'es', glossary})
      }),
      settings
    )
  })

  it('glossing twice changes nothing more', () => {
    fc.assert(
      fc.property(text, (value) => {
        const once = translateTerms(value, {to: 'en', glossary, style: 'gloss'})
        expect(translateTerms(once, {to: 'en', glossary, style: 'gloss'})).toBe(once)
      }),
      settings
    )
  })

  it('the fast path for simple terms gives the same units as the tokenizer', () => {
    const word = fc.string({unit: fc.constantFrom(...'aábcÉñ0912Zz\u0301ªⅫ'), minLength: 1, maxLength: 6})
    fc.assert(
      fc.property(fc.array(word, {minLength: 1, maxLength: 5}), (words) => {
        const value = words.join(' ')
        const fast = simpleSurfaces(value)
        if (!fast) return
        expect(fast).toEqual(toUnits(value).map((unit) => unit.surface))
      }),
      {numRuns: 500}
    )
  })
})
