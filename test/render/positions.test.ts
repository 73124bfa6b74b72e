import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createLocator, withPositions} from '../../src/render/index.js'
import {analysisOf, segment, term} from './helpers.js'

describe('createLocator', () => {
  it('should count lines across `\\n`, `\\r\\n` and `\\r`, and columns in UTF-16 units', () => {
    const locate = createLocator('a\nb\r\nc\rd😀e')
    expect([0, 1, 2, 3, 5, 6, 7, 8, 10, 11].map((offset) => locate(offset))).toEqual([
      {line: 1, column: 1, offset: 0},
      {line: 1, column: 2, offset: 1},
      {line: 2, column: 1, offset: 2},
      {line: 2, column: 2, offset: 3},
      {line: 3, column: 1, offset: 5},
      {line: 3, column: 2, offset: 6},
      {line: 4, column: 1, offset: 7},
      {line: 4, column: 2, offset: 8},
      {line: 4, column: 4, offset: 10},
      {line: 4, column: 5, offset: 11}
    ])
  })

  it('should clamp offsets outside the document', () => {
    const locate = createLocator('ab')
    expect(locate(-3)).toEqual({line: 1, column: 1, offset: 0})
    expect(locate(99)).toEqual({line: 1, column: 3, offset: 2})
    expect(locate(Number.NaN)).toEqual({line: 1, column: 1, offset: 0})
  })

  it('matches a naive count on any text', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', '\n', '\r', '\t', '😀', 'é')}), fc.nat(), (value, seed) => {
        const offset = seed % (value.length + 1)
        const before = value.slice(0, offset)
        const lines = before.split(/\r\n|\r|\n/)
        // Note: an offset between `\r` and `\n` is on the line of the `\r`.
        if (before.endsWith('\r') && value.charAt(offset) === '\n') return
        expect(createLocator(value)(offset)).toEqual({line: lines.length, column: lines[lines.length - 1]!.length + 1, offset})
      })
    )
  })
})

describe('withPositions', () => {
  it('should add positions to segments, terms and messages, without changing the analysis', () => {
    const markdown = 'Hi.\r\n\r\nLa FGR.'
    const analysis = analysisOf({segments: [segment(markdown, 's1', 'sentence', 7, 14, 'es')], terms: [term(markdown, 'FGR', 'mx-fgr', 'es')]})
    analysis.messages.push({ruleId: 'x', reason: 'y', severity: 'info', start: 0, end: 3})
    const copy = structuredClone(analysis)
    const positioned = withPositions(markdown, analysis)
    expect(analysis).toEqual(copy)
    expect(positioned.segments[0]!.position).toEqual({start: {line: 3, column: 1, offset: 7}, end: {line: 3, column: 8, offset: 14}})
    expect(positioned.terms[0]!.position).toEqual({start: {line: 3, column: 4, offset: 10}, end: {line: 3, column: 7, offset: 13}})
    expect(positioned.messages[0]!.position).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 4, offset: 3}})
  })

  it('should be linear (2.4 MB, every line)', () => {
    const markdown = 'Hola mundo.\n'.repeat(200_000)
    const segments = Array.from({length: 200_000}, (_, index) => segment(markdown, 's' + index, 'sentence', index * 12, index * 12 + 11, 'es'))
    const positioned = withPositions(markdown, analysisOf({segments}))
    expect(positioned.segments[199_999]!.position.start).toEqual({line: 200_000, column: 1, offset: 199_999 * 12})
  })
})
