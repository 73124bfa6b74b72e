import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/analyze.js'
import {sample} from './sample-segments.js'

describe('analyze (pairs of the sample article)', () => {
  const analysis = analyze(sample)
  const text = (id: string) => analysis.segments.find((d) => d.id === id)!.text
  const pairs = analysis.pairs.map((pair) => ({es: pair.es.map(text), en: pair.en.map(text), pair}))
  const find = (start: string) => pairs.find((d) => d.es.some((s) => s.startsWith(start)))

  it('should pair the embassy tweet with “The U.S. embassy in Mexico clarified…”', () => {
    expect(find('La @USEmbassyMEX aclaró')?.en).toEqual([expect.stringMatching(/^The U\.S\. embassy in Mexico clarified/)])
  })

  it('should pair “…certificado por ICE y HSI.” with “…certified by ICE and HSI,”', () => {
    expect(find('Que en el desmantelamiento')?.en).toEqual([expect.stringContaining('which is certified by ICE and HSI,')])
  })

  it('should pair “coordinación sin subordinación” with “there is coordination … no subordination”', () => {
    expect(find('La presidenta @Claudiashein')?.en).toEqual([
      expect.stringContaining('there is coordination'),
      expect.stringContaining('there is no subordination')
    ])
  })

  it('should keep links inside the paired segments', () => {
    for (const {pair} of pairs) {
      const es = analysis.segments.filter((d) => pair.es.includes(d.id))
      const en = analysis.segments.filter((d) => pair.en.includes(d.id))
      expect(pair.links.length).toBeGreaterThan(0)
      for (const link of pair.links) {
        expect(es.some((d) => d.start <= link.es[0] && link.es[1] <= d.end)).toBe(true)
        expect(en.some((d) => d.start <= link.en[0] && link.en[1] <= d.end)).toBe(true)
      }
    }
  })

  it('should report unpaired Spanish segments as `unaligned-segment` info only', () => {
    const paired = new Set(analysis.pairs.flatMap((d) => d.es))
    const unpaired = analysis.segments.filter(
      (d) => d.lang === 'es' && d.kind !== 'block' && !paired.has(d.id) && !analysis.segments.some((s) => s.parent === d.id)
    )
    const messages = analysis.messages.filter((d) => d.ruleId === 'unaligned-segment')
    expect(messages.map((d) => [d.start, d.end])).toEqual(unpaired.map((d) => [d.start, d.end]))
    for (const message of messages) expect(message.severity).toBe('info')
  })
})
