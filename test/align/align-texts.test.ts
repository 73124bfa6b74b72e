import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {alignTexts, galeChurch, type AlignedBead} from '../../src/align/align-texts.js'

const es = [
  'La Fiscalía General de la República informó que detuvo a 16 mil 096 personas en 2024.',
  'El operativo se realizó el 15 de mayo en Culiacán, Sinaloa.',
  'La coordinación con las agencias de Estados Unidos fue clave, dijo el fiscal.',
  'Los detenidos fueron trasladados a la Ciudad de México.'
]
const en = [
  "Mexico's Attorney General's Office said it arrested 16,096 people in 2024.",
  'The operation took place on May 15 in Culiacán, Sinaloa.',
  'Coordination with U.S. agencies was key, the prosecutor said.',
  'The detainees were taken to Mexico City.'
]

/** Beads as `es-en` strings. */
function shape(beads: AlignedBead[]): string[] {
  return beads.map((bead) => bead.es.join(',') + '-' + bead.en.join(','))
}

describe('alignTexts', () => {
  it('should align parallel sentences 1–1', () => {
    expect(shape(alignTexts(es, en))).toEqual(['0-0', '1-1', '2-2', '3-3'])
  })

  it('should score 1–1 beads by shared evidence', () => {
    for (const bead of alignTexts(es, en)) {
      expect(bead.score).toBeGreaterThan(0.2)
      expect(bead.score).toBeLessThanOrEqual(1)
    }
  })

  it('should skip a sentence without counterpart (1–0)', () => {
    const extra = [es[0]!, 'El clima fue soleado durante toda la semana en la costa.', ...es.slice(1)]
    const beads = alignTexts(extra, en)
    expect(shape(beads)).toEqual(['0-0', '1-', '2-1', '3-2', '4-3'])
    expect(beads[1]!.score).toBe(0)
  })

  it('should skip an English sentence without counterpart (0–1)', () => {
    const extra = [...en.slice(0, 2), 'Officials gave no further details about the weather.', ...en.slice(2)]
    expect(shape(alignTexts(es, extra))).toEqual(['0-0', '1-1', '-2', '2-3', '3-4'])
  })

  it('should merge a sentence split in two on the other side (2–1 and 1–2)', () => {
    const joined = [es[0]! + ' ' + es[1]!, ...es.slice(2)]
    expect(shape(alignTexts(joined, en))).toEqual(['0-0,1', '1-2', '2-3'])
    const joinedEn = [en[0]!, en[1]! + ' ' + en[2]!, en[3]!]
    expect(shape(alignTexts(es, joinedEn))).toEqual(['0-0', '1,2-1', '3-2'])
  })

  it('should use the lexicon (a lexicon-free run is allowed)', () => {
    expect(shape(alignTexts(es, en, {lexicon: false}))).toEqual(['0-0', '1-1', '2-2', '3-3'])
  })

  it('should handle an empty side', () => {
    expect(alignTexts([], [])).toEqual([])
    expect(alignTexts(['Hola.'], [])).toEqual([{es: [0], en: [], score: 0}])
    expect(alignTexts([], ['Hi.', 'Bye.'])).toEqual([
      {es: [], en: [0], score: 0},
      {es: [], en: [1], score: 0}
    ])
  })

  it('should align identical repeated sentences one to one', () => {
    const spanish = Array.from({length: 50}, () => 'El presidente dijo que no.')
    const english = Array.from({length: 50}, () => 'The president said no.')
    expect(alignTexts(spanish, english).every((d) => d.es.length === 1 && d.en.length === 1)).toBe(true)
  })

  it('should find the counterparts of a few sentences among many', () => {
    const many = [...es, ...Array.from({length: 300}, (_, k) => 'Relleno número ' + k + ' sin traducción alguna.')]
    const beads = alignTexts(many, en)
    expect(beads.filter((d) => d.en.length > 0).map((d) => d.es)).toEqual([[0], [1], [2], [3]])
  })

  it('should cope with sentences of only numbers or handles', () => {
    const numbers = ['2024 15 16,096', '3.5', '@FGRMexico @USEmbassyMEX', '']
    const beads = alignTexts(numbers, ['16,096 2024 15', '3,5', '@FGRMexico', ''])
    expect(shape(beads)).toEqual(['0-0', '1-1', '2-2', '3-3'])
  })

  it('should throw on misuse', () => {
    expect(() => alignTexts('a' as unknown as string[], [])).toThrow(/Unexpected `es` value/)
    expect(() => alignTexts([], [1] as unknown as string[])).toThrow(/Unexpected `en\[0\]` value `1`/)
  })
})

describe('galeChurch', () => {
  it('should align by length alone', () => {
    expect(shape(galeChurch(es, en))).toEqual(['0-0', '1-1', '2-2', '3-3'])
  })

  it('should score beads by length probability', () => {
    const [bead] = galeChurch(['a'.repeat(107)], ['b'.repeat(100)])
    expect(bead).toEqual({es: [0], en: [0], score: 1})
  })
})

describe('alignTexts (properties)', () => {
  const pieces = ['La FGR', 'aclaró', 'the embassy', 'ICE', '16,096', '15 de mayo', 'May 15', '@FGRMexico', 'agentes', '🇲🇽', '\u0000', 'x\uD800', '__proto__']
  const sentence = fc.array(fc.constantFrom(...pieces), {maxLength: 8}).map((d) => d.join(' '))
  const side = fc.array(sentence, {maxLength: 40})

  it('beads are monotone and cover every index exactly once', () => {
    fc.assert(
      fc.property(side, side, (spanish, english) => {
        const beads = alignTexts(spanish, english, {band: 2})
        const esSeen: number[] = []
        const enSeen: number[] = []
        for (const bead of beads) {
          expect(bead.es.length + bead.en.length).toBeGreaterThan(0)
          expect(bead.es.length).toBeLessThanOrEqual(2)
          expect(bead.en.length).toBeLessThanOrEqual(2)
          expect(bead.score).toBeGreaterThanOrEqual(0)
          expect(bead.score).toBeLessThanOrEqual(1)
          esSeen.push(...bead.es)
          enSeen.push(...bead.en)
        }

        expect(esSeen).toEqual(spanish.map((_, index) => index))
        expect(enSeen).toEqual(english.map((_, index) => index))
      }),
      {numRuns: 200}
    )
  })
})
