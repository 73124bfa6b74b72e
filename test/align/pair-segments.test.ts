import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {pairSegments} from '../../src/align/pair-segments.js'
import type {Pair, Segment} from '../../src/types.js'
import {loadFixture} from './fixture.js'
import {sample, sampleGlossary, sampleSegments, sampleTerms} from './sample-segments.js'

/** Pairs as texts, for readable expectations. */
function texts(pairs: Pair[], segments: Segment[]): Array<{es: string[]; en: string[]}> {
  const text = (id: string) => segments.find((d) => d.id === id)!.text
  return pairs.map((pair) => ({es: pair.es.map(text), en: pair.en.map(text)}))
}

describe('pairSegments (sample article)', () => {
  const segments = sampleSegments()
  const terms = sampleTerms()
  const result = pairSegments(segments, terms, {glossary: sampleGlossary()})

  it('should pair “La @USEmbassyMEX aclaró…” with “The U.S. embassy in Mexico clarified…”', () => {
    const pair = result.pairs.find((d) => d.es.includes('s11'))
    expect(pair?.en).toEqual(['s1'])
  })

  it('should pair “…certificado por ICE y HSI.” with “…certified by ICE and HSI,”', () => {
    const pair = result.pairs.find((d) => d.es.includes('s13'))
    expect(pair?.en).toEqual(['s10'])
  })

  it('should pair “coordinación sin subordinación” with both English sentences that say it (1–2)', () => {
    const pair = result.pairs.find((d) => d.es.includes('s14'))
    expect(pair?.en).toEqual(['s7', 's8'])
  })

  it('should number pairs in order of their Spanish side and leave no Spanish sentence unaligned', () => {
    expect(result.pairs.map((d) => [d.id, d.es])).toEqual([
      ['a1', ['s11']],
      ['a2', ['s13']],
      ['a3', ['s14']]
    ])
    expect(result.unaligned).toEqual([])
  })

  it('should score pairs in [0, 1]', () => {
    for (const pair of result.pairs) {
      expect(pair.score).toBeGreaterThan(0.45)
      expect(pair.score).toBeLessThanOrEqual(1)
    }
  })

  it('should link terms, names and words inside each pair', () => {
    const linked = result.pairs.map((pair) =>
      pair.links.map((link) => sample.slice(...link.es) + ' ↔ ' + sample.slice(...link.en) + ' (' + link.kind + ')')
    )
    expect(linked[0]).toContain('@USEmbassyMEX ↔ U.S. embassy in Mexico (term)')
    expect(linked[0]).toContain('aclaró ↔ clarified (lexicon)')
    expect(linked[0]).toContain('EU ↔ U.S. (name)')
    expect(linked[1]).toContain('@FGRMexico ↔ AIC (term)')
    expect(linked[1]).toContain('HSI ↔ HSI (term)')
    expect(linked[1]).toContain('certificado ↔ certified (lexicon)')
    expect(linked[2]).toContain('@Claudiashein ↔ Sheinbaum (name)')
    expect(linked[2]).toContain('coordinación ↔ coordination (lexicon)')
    expect(linked[2]).toContain('subordinación ↔ subordination (lexicon)')
  })

  it('should keep every link inside its segments', () => {
    for (const pair of result.pairs) {
      const es = segments.filter((d) => pair.es.includes(d.id))
      const en = segments.filter((d) => pair.en.includes(d.id))
      for (const link of pair.links) {
        expect(es.some((d) => d.start <= link.es[0] && link.es[1] <= d.end)).toBe(true)
        expect(en.some((d) => d.start <= link.en[0] && link.en[1] <= d.end)).toBe(true)
      }
    }
  })

  it('should still find the pairs without a glossary stub (terms alone)', () => {
    const plain = pairSegments(segments, terms)
    expect(plain.pairs.map((d) => [d.es, d.en])).toEqual([
      [['s11'], ['s1']],
      [['s13'], ['s10']],
      [['s14'], ['s7', 's8']]
    ])
  })
})

describe('pairSegments (fixtures)', () => {
  for (const name of ['align-none', 'align-one-to-many', 'align-english-first']) {
    it('should align `' + name + '` as expected', () => {
      const fixture = loadFixture(name)
      const result = pairSegments(fixture.segments, fixture.terms)
      expect(texts(result.pairs, fixture.segments)).toEqual(fixture.expected.pairs)
      const text = (id: string) => fixture.segments.find((d) => d.id === id)!.text
      expect(result.unaligned.map(text)).toEqual(fixture.expected.unaligned)
    })
  }
})

describe('pairSegments (candidates)', () => {
  const base = (id: string, text: string, lang: Segment['lang'], start: number, kind: Segment['kind'] = 'sentence'): Segment => ({
    id,
    start,
    end: start + text.length,
    text,
    lang,
    confidence: 1,
    kind
  })

  it('should leave out blocks with sentences, mixed and und segments', () => {
    const en = 'The Attorney General said the raid led to 16,096 arrests.'
    const es = 'El fiscal dijo que el operativo llevó a 16 mil 096 detenciones.'
    const segments = [
      base('b1', en, 'en', 0, 'block'),
      base('s1', en, 'en', 0),
      {...base('s2', es, 'mixed', 100), parent: 'b2'},
      base('b2', es, 'mixed', 100, 'block'),
      base('s3', 'Sin datos.', 'und', 200)
    ]
    expect(pairSegments(segments, [])).toEqual({pairs: [], unaligned: []})
  })

  it('should pair a Spanish span of a mixed sentence, but not with the sentence holding it', () => {
    const en = 'The Attorney General said the raid led to 16,096 arrests in Sinaloa.'
    const mixed = 'Officials quoted the statement: el operativo llevó a 16 mil 096 detenciones en Sinaloa.'
    const span = 'el operativo llevó a 16 mil 096 detenciones en Sinaloa.'
    const start = 100 + mixed.indexOf(span)
    const segments = [
      base('s1', en, 'en', 0),
      base('s2', mixed, 'mixed', 100),
      {...base('p1', span, 'es', start, 'span'), parent: 's2'},
      {...base('p2', 'Officials quoted the statement:', 'en', 100, 'span'), parent: 's2'}
    ]
    const {pairs} = pairSegments(segments, [])
    expect(pairs.map((d) => [d.es, d.en])).toEqual([[['p1'], ['s1']]])
    expect(pairs[0]!.links.map((d) => segments[0]!.text.slice(d.en[0], d.en[1]))).toContain('16,096')
  })

  it('should return nothing for no segments', () => {
    expect(pairSegments([], [])).toEqual({pairs: [], unaligned: []})
  })

  it('should throw on misuse', () => {
    expect(() => pairSegments(null as unknown as Segment[], [])).toThrow(/Unexpected `segments`/)
    expect(() => pairSegments([], 'x' as unknown as [])).toThrow(/Unexpected `terms`/)
    expect(() => pairSegments([{id: 's1'} as Segment], [])).toThrow(/Unexpected `segments\[0\]` value/)
  })

  it('should pair very large articles in windows', () => {
    const segments: Segment[] = []
    for (let k = 0; k < 1001; k++) {
      const en = 'Officials reported ' + (1000 + k) + ' arrests in district ' + k + '.'
      const es = 'Las autoridades informaron ' + (1000 + k) + ' detenciones en el distrito ' + k + '.'
      segments.push(base('e' + k, en, 'en', segments.length * 100), base('s' + k, es, 'es', segments.length * 100 + 100))
    }

    const {pairs, unaligned} = pairSegments(segments, [])
    expect(pairs.length + unaligned.length).toBeGreaterThanOrEqual(1001)
    expect(pairs.filter((d) => d.es[0]!.slice(1) === d.en[0]!.slice(1)).length).toBeGreaterThan(950)
    expect(pairs.at(-1)!.id).toBe('a' + pairs.length)
  })
})

describe('pairSegments (properties)', () => {
  const words = ['la', 'FGR', 'aclaró', 'agents', 'embassy', 'the', '16,096', '@FGRMexico', 'coordinación', 'ICE', '🇲🇽', 'no', '15 de mayo', 'May 15']
  const sentence = fc.array(fc.constantFrom(...words), {minLength: 0, maxLength: 12}).map((d) => d.join(' '))
  const article = fc.array(fc.tuple(fc.constantFrom<Segment['lang']>('es', 'en', 'mixed', 'und'), sentence), {maxLength: 12})

  it('links lie inside their segments, and each segment is in one pair at most', () => {
    fc.assert(
      fc.property(article, (list) => {
        let offset = 0
        const segments = list.map(([lang, text], index): Segment => {
          const start = offset
          offset += text.length + 2
          return {id: 's' + (index + 1), start, end: start + text.length, text, lang, confidence: 1, kind: 'sentence'}
        })
        const {pairs, unaligned} = pairSegments(segments, [])
        const seen = new Set<string>()
        for (const pair of pairs) {
          expect(pair.score).toBeGreaterThanOrEqual(0)
          expect(pair.score).toBeLessThanOrEqual(1)
          for (const id of [...pair.es, ...pair.en]) {
            expect(seen.has(id)).toBe(false)
            seen.add(id)
          }

          const es = segments.filter((d) => pair.es.includes(d.id))
          const en = segments.filter((d) => pair.en.includes(d.id))
          for (const link of pair.links) {
            expect(es.some((d) => d.start <= link.es[0] && link.es[0] < link.es[1] && link.es[1] <= d.end)).toBe(true)
            expect(en.some((d) => d.start <= link.en[0] && link.en[0] < link.en[1] && link.en[1] <= d.end)).toBe(true)
          }
        }

        for (const id of unaligned) expect(seen.has(id)).toBe(false)
      }),
      {numRuns: 150}
    )
  })
})
