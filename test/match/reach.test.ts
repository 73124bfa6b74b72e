import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {getIndex} from '../../src/match/build-index.js'
import {foldKey} from '../../src/match/fold.js'
import {matchTerms} from '../../src/match/index.js'
import {pluralizeWord, singularsOf} from '../../src/match/plural.js'
import {mayReach, reachOf} from '../../src/match/reach.js'
import {toUnits} from '../../src/match/units.js'
import type {Concept, GlossaryTerm, Lang} from '../../src/types.js'
import {makeGlossary} from './glossary.js'

const words = [
  'policía', 'ministerial', 'agente', 'federal', 'juez', 'comisión', 'gran', 'officer', 'agency', 'box', 'match',
  'Guardia', 'Nacional', 'GUARDIA', 'Fiscali\u0301a', 'fiscalía', 'ÁREA', 'İstanbul', 'Straße', 'x1', '2024', 'ﬁn',
  'de', 'la', 'of', 'General', 'Attorney', 'Ωmega', 'naïve'
]
const nonPlain = ['F.G.R.', 'EE. UU.', "FGR's", '@FGRMexico', 'co-op', '', ' ', 'a  b', '¼']
const plurals = ['policías', 'ministeriales', 'agentes', 'jueces', 'comisiones', 'grandes', 'officers', 'agencies', 'boxes', 'ÁREAS', 'Generals', 'Attorneys']
const separators = [' ', ' ', '\n', '\n\n', '-', ', ', ' *', '* ', ' #']
const termText = fc.oneof(
  fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 3}).map((parts) => parts.join(' ')),
  fc.constantFrom(...nonPlain)
)
const term = fc.record({
  text: termText,
  lang: fc.constantFrom<Lang>('es', 'en'),
  forms: fc.option(fc.array(termText, {maxLength: 2}), {nil: undefined}),
  title: fc.boolean()
})
const text = fc
  .array(fc.tuple(fc.constantFrom(...words, ...plurals, ...nonPlain, 'GuardiaNacional', 'z'), fc.constantFrom(...separators)), {maxLength: 25})
  .map((parts) => parts.map(([value, separator]) => value + separator).join(''))

function concepts(specs: Array<{text: string; lang: Lang; forms: string[] | undefined; title: boolean}>): Concept[] {
  return specs.map((spec, index) => ({
    id: 'c-' + index,
    kind: spec.title ? 'title' : 'other',
    jurisdiction: index % 2 ? 'us-federal' : 'mx-federal',
    sources: [],
    terms: [{text: spec.text, lang: spec.lang, type: 'fullForm', status: 'preferred', ...(spec.forms ? {forms: spec.forms} : {})}]
  }))
}

describe('reach', () => {
  it('should find on a first text what the whole index finds', () => {
    let skipped = 0
    fc.assert(
      fc.property(fc.array(term, {minLength: 10, maxLength: 30}), text, (specs, value) => {
        const list = concepts(specs)
        const fresh = makeGlossary(list)
        const whole = makeGlossary(list)
        getIndex(whole)
        const probe = makeGlossary(list)
        if (getIndex(probe, toUnits(value)).pending.length > 0) skipped++
        expect(matchTerms(value, {glossary: fresh})).toEqual(matchTerms(value, {glossary: whole}))
      }),
      {numRuns: 500}
    )
    // The first texts did leave terms out.
    expect(skipped).toBeGreaterThan(100)
  })

  it('should compile only the terms a first text can reach, and the rest on the next use', () => {
    const glossary = makeGlossary(
      concepts([
        {text: 'policía ministerial', lang: 'es', forms: undefined, title: false},
        {text: 'agente federal', lang: 'es', forms: undefined, title: false},
        {text: 'Guardia Nacional', lang: 'es', forms: undefined, title: false},
        {text: 'F.G.R.', lang: 'es', forms: undefined, title: false},
        {text: 'box office', lang: 'en', forms: undefined, title: false}
      ])
    )
    const units = toUnits('Los policías ministeriales y #GuardiaNacional.')
    const index = getIndex(glossary, units)
    const pending = [...index.pending].map((position) => glossary.terms[position]!.text)
    expect(pending).toEqual(['agente federal', 'box office'])
    expect(matchTerms('Los policías ministeriales y #GuardiaNacional.', {glossary}).map((match) => match.text)).toEqual([
      'policías ministeriales',
      '#GuardiaNacional'
    ])
    expect(getIndex(glossary).pending.length).toBe(0)
  })

  it('should let through every term whose words neighbour in the text, and terms it cannot read', () => {
    const reach = reachOf(toUnits('La Fiscalía General de la República y los jueces de distrito.'))
    const plain = (text: string): GlossaryTerm => ({text, lang: 'es', type: 'fullForm', status: 'preferred', concept: 'x'})
    expect(mayReach(reach, plain('Fiscali\u0301a General'))).toBe(true)
    expect(mayReach(reach, plain('FISCALÍA general de la república'))).toBe(true)
    expect(mayReach(reach, plain('juez de distrito'))).toBe(true)
    expect(mayReach(reach, plain('jueces'))).toBe(true)
    expect(mayReach(reach, plain('General Fiscalía'))).toBe(false)
    expect(mayReach(reach, plain('distrito federal'))).toBe(false)
    expect(mayReach(reach, plain('tribunal'))).toBe(false)
    expect(mayReach(reach, plain('F.G.R.'))).toBe(true)
    expect(mayReach(reach, {...plain('tribunal'), forms: ['La Fiscalía']})).toBe(true)
  })

  it('should read every plural key back to its singular', () => {
    const word = fc
      .array(fc.constantFrom(...'aeiouáéíóúyYzZsSxXhHcnNlrAEİ\u0301ßÑñ'.split('')), {minLength: 1, maxLength: 6})
      .map((letters) => letters.join(''))
    fc.assert(
      fc.property(word, fc.constantFrom<Lang>('es', 'en'), (value, lang) => {
        const plural = pluralizeWord(value, lang)
        if (plural !== undefined) expect(singularsOf(foldKey(plural))).toContain(foldKey(value))
      }),
      {numRuns: 2000}
    )
  })
})
