import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {detectLanguage, languageRuns, segmentLanguage, tagTokens} from '../../src/detect/index.js'

const texts = fc.oneof(
  fc.string({unit: 'grapheme', maxLength: 80}),
  fc.string({unit: 'binary', maxLength: 80}),
  fc.array(fc.constantFrom('la', 'casa', 'the', 'house', 'FGR', '@FGRMexico', '#hoy', '🇲🇽', '2025', ',', '.', '“', '”', 'jaja', 'Sheinbaum', 'ñ', '\u0000', '\ud800', '\r\n', ' '), {maxLength: 30}).map((parts) => parts.join(' '))
)

describe('detection properties', () => {
  it('tags are ordered, not overlapping, inside the text, and slice to their text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const tags = tagTokens(text)
        let previous = 0
        for (const tag of tags) {
          expect(tag.start).toBeGreaterThanOrEqual(previous)
          expect(tag.end).toBeGreaterThan(tag.start)
          expect(tag.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(tag.start, tag.end)).toBe(tag.text)
          expect(['es', 'en', 'other']).toContain(tag.lang)
          if (tag.kind !== 'word') expect(tag.lang).toBe('other')
          previous = tag.end
        }
      }),
      {numRuns: 300}
    )
  })

  it('scores sum to one and language decisions are valid', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const result = detectLanguage(text)
        expect(result.scores.es + result.scores.en).toBe(1)
        expect(['es', 'en', 'und']).toContain(result.lang)
        expect(result.confidence).toBeGreaterThanOrEqual(0)
        expect(result.confidence).toBeLessThanOrEqual(1)
      }),
      {numRuns: 300}
    )
  })

  it('runs are ordered, not overlapping, and cover their language tokens', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const tags = tagTokens(text)
        const runs = languageRuns(tags)
        let previous = 0
        for (const run of runs) {
          expect(run.start).toBeGreaterThanOrEqual(previous)
          expect(run.end).toBeGreaterThan(run.start)
          previous = run.end
        }

        for (const tag of tags) {
          if (tag.lang === 'other') continue
          expect(runs.some((run) => run.lang === tag.lang && run.start <= tag.start && tag.end <= run.end)).toBe(true)
        }

        expect(['es', 'en', 'mixed', 'und']).toContain(segmentLanguage(tags).lang)
      }),
      {numRuns: 200}
    )
  })

  it('nothing throws on any string', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
        tagTokens(text)
        detectLanguage(text)
        segmentLanguage(tagTokens(text))
      }),
      {numRuns: 300}
    )
  })
})
