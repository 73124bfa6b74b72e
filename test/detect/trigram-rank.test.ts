import fc from 'fast-check'
import {francAll} from 'franc'
import {describe, expect, it} from 'vitest'
import {rankTrigrams} from '../../src/detect/trigram-rank.js'
import {trigramProfiles} from '../../src/detect/trigram-data.js'

const only = Object.keys(trigramProfiles)

const samples = [
  'La Fiscalía General de la República informó que detuvo a tres personas.',
  'The Attorney General’s Office said three people were arrested on Tuesday.',
  'O Ministério Público Federal abriu uma investigação sobre o caso.',
  'A Xunta de Galicia aprobou hoxe o orzamento, que inclúe máis diñeiro para a sanidade pública e as escolas.',
  'La Generalitat de Catalunya ha presentat els pressupostos de l’any vinent.',
  'Le ministère public a ouvert une enquête sur la disparition des étudiants.',
  'La procura della Repubblica ha aperto un’indagine sulla scomparsa.',
  'Coordinación sin subordinación: 2024, ¡ya! @USEmbassyMEX #FGR',
  'Texto con acentos descompuestos: coordinacio\u0301n, investigacio\u0301n.'
]

/**
 * franc's ranking restricted to the profiled languages, as tuples.
 *
 * @param value
 *   Text.
 * @returns
 *   Ranking, or an empty list when franc says `und`.
 */
function franc(value: string): Array<[string, number]> {
  const ranking = francAll(value, {only})
  return ranking[0]?.[0] === 'und' ? [] : ranking
}

describe('rankTrigrams', () => {
  it('should rank like franc on news sentences in seven languages', () => {
    for (const sample of samples) {
      expect(rankTrigrams(sample), sample).toEqual(franc(sample))
    }
  })

  it('should put the sample’s own language first', () => {
    const tops = samples.slice(0, 7).map((sample) => rankTrigrams(sample)[0]?.[0])
    expect(tops).toEqual(['spa', 'eng', 'por', 'glg', 'cat', 'fra', 'ita'])
  })

  it('should rank like franc on arbitrary Latin-script text', () => {
    const letter = fc.constantFrom(...'abcdeéíñóúçãõàèlmnoprstuvxyz  ,.¿?!0123'.split(''))
    fc.assert(
      fc.property(fc.array(letter, {minLength: 10, maxLength: 300}), (letters) => {
        const value = 'a' + letters.join('')
        expect(rankTrigrams(value)).toEqual(franc(value))
      }),
      {numRuns: 300}
    )
  })

  it('should return nothing for short or non-Latin text', () => {
    expect(rankTrigrams('hola')).toEqual([])
    expect(rankTrigrams('Прокуратура сообщила об аресте')).toEqual([])
    expect(rankTrigrams('1234567890 !!! ???')).toEqual([])
  })
})
