import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/analyze.js'
import type {Segment} from '../../src/types.js'

const markdown = readFileSync(new URL('../fixtures/sample/input.md', import.meta.url), 'utf8')
const analysis = analyze(markdown, {date: '2025-05-16'})

function sentence(prefix: string): Segment {
  const found = analysis.segments.find((s) => s.kind === 'sentence' && s.text.startsWith(prefix))
  if (!found) throw new Error('No sentence starting with `' + prefix + '`')
  return found
}

describe('the sample article (embassy-ice-labs)', () => {
  it('should call the tweet block Spanish', () => {
    const tweet = analysis.segments.find((s) => s.kind === 'block' && s.text.startsWith('La @USEmbassyMEX'))
    expect(tweet?.lang).toBe('es')
  })

  it('should call every tweet line Spanish', () => {
    expect(sentence('La @USEmbassyMEX aclaró').lang).toBe('es')
    expect(sentence('Que en el desmantelamiento').lang).toBe('es')
    expect(sentence('La presidenta @Claudiashein').lang).toBe('es')
  })

  it('should not count the attribution line as Spanish prose', () => {
    const line = sentence('— Jesús Ramírez Cuevas')
    expect(line.lang).toBe('und')
    expect(line.text).toBe('— Jesús Ramírez Cuevas (@JesusRCuevas) May 15, 2025')
  })

  it('should find “coordinación sin subordinación” inside Spanish', () => {
    const at = markdown.indexOf('coordinación sin subordinación')
    const holders = analysis.segments.filter((s) => s.start <= at && s.end >= at + 30 && s.kind !== 'block')
    expect(holders.length).toBeGreaterThan(0)
    for (const holder of holders) expect(holder.lang).toBe('es')
  })

  it('should call the English prose English', () => {
    expect(sentence('The U.S. embassy in Mexico clarified').lang).toBe('en')
    expect(sentence('"But there is no subordination').lang).toBe('en')
    const english = analysis.segments.filter((s) => s.kind === 'sentence' && s.lang === 'en')
    expect(english.length).toBeGreaterThanOrEqual(14)
  })

  it('should link the institutions of both languages to the glossary', () => {
    const entries = new Set(analysis.terms.map((t) => t.entry))
    for (const id of ['us-ice', 'us-hsi', 'mx-fgr', 'mx-aic', 'us-embassy-mexico']) expect(entries).toContain(id)
    const handle = analysis.terms.find((t) => t.text === '@FGRMexico')
    expect(handle?.entry).toBe('mx-fgr')
    const eu = analysis.terms.find((t) => t.text === 'EU')
    expect(eu?.entry).toBe('intl-united-states')
  })

  it('should keep every offset slicing the source to the reported text', () => {
    for (const item of [...analysis.segments, ...analysis.terms]) {
      expect(markdown.slice(item.start, item.end)).toBe(item.text)
    }
  })
})
