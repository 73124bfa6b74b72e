import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/analyze.js'

function langs(markdown: string, kind: 'block' | 'sentence' | 'span') {
  return analyze(markdown)
    .segments.filter((s) => s.kind === kind)
    .map((s) => [s.text, s.lang])
}

describe('analyze', () => {
  it('should make a Spanish quote inside an English sentence its own span', () => {
    const markdown = 'As I said yesterday, there is “coordinación sin subordinación” with the United States.'
    expect(langs(markdown, 'sentence')).toEqual([[markdown, expect.stringMatching(/^(en|mixed)$/)]])
    expect(langs(markdown, 'span')).toContainEqual(['coordinación sin subordinación', 'es'])
  })

  it('should give code-switched runs their own spans', () => {
    const markdown = 'Me dijo que the meeting was cancelled pero no sé por qué.'
    const spans = langs(markdown, 'span')
    expect(spans).toContainEqual(['the meeting was cancelled', 'en'])
  })

  it('should read terms across inline markup and soft line breaks', () => {
    const markdown = 'La *Guardia* Nacional y la Fiscalía General\nde la República.'
    const terms = analyze(markdown).terms.map((t) => [t.text, t.entry])
    expect(terms).toEqual([
      ['Guardia* Nacional', 'mx-guardia-nacional'],
      ['Fiscalía General\nde la República', 'mx-fgr']
    ])
  })

  it('should map offsets through CRLF, NFD and astral characters', () => {
    const markdown = '# Informe 🇲🇽\r\n\r\nLa Fiscali\u0301a General de la Repu\u0301blica habló 😀.\r\n'
    const analysis = analyze(markdown)
    for (const item of [...analysis.segments, ...analysis.terms]) {
      expect(markdown.slice(item.start, item.end)).toBe(item.text)
    }

    expect(analysis.terms.map((t) => t.entry)).toContain('mx-fgr')
  })

  it('should report a superseded term in current text', () => {
    const {messages} = analyze('La PGR informó ayer.', {date: '2025-05-15'})
    expect(messages.map((m) => m.ruleId)).toContain('superseded-term')
  })

  it('should analyse lists and blockquotes nested 10k deep as plain text', () => {
    for (const prefix of ['- ', '> ', '1. ']) {
      const markdown = prefix.repeat(10_000) + 'La Fiscalía General de la República informó que no hubo agentes.'
      const analysis = analyze(markdown)
      expect(analysis.terms.map((t) => t.entry)).toEqual(['mx-fgr'])
      expect(analysis.segments.filter((s) => s.kind === 'block').map((s) => [s.start, s.end])).toEqual([[0, markdown.length]])
      expect(analysis.segments.at(-1)?.lang).toBe('es')
    }
  })

  it('should give segments, terms and messages their line and column', () => {
    const markdown = '# Informe\r\n\r\nAyer la PGR informó.'
    const analysis = analyze(markdown, {date: '2025-05-15'})
    expect(analysis.terms[0]?.position).toEqual({start: {line: 3, column: 9, offset: 21}, end: {line: 3, column: 12, offset: 24}})
    expect(analysis.messages.find((m) => m.ruleId === 'superseded-term')?.position?.start).toEqual({line: 3, column: 9, offset: 21})
    for (const segment of analysis.segments) expect(segment.position?.start.offset).toBe(segment.start)
  })

  it('should reject a non-string with a clear error', () => {
    expect(() => analyze(42 as unknown as string)).toThrow('Unexpected `markdown` of type `number`, expected `string`')
  })

  it('should return an empty analysis for empty and blank input', () => {
    for (const value of ['', '   \n\n  ', '```\ncode\n```']) {
      expect(analyze(value)).toEqual({version: 1, segments: [], terms: [], pairs: [], messages: []})
    }
  })

  it('should keep segments ordered, inside the source, and slicing to their text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'La FGR dijo que sí.',
            'The ICE agents left.',
            '> — Jesús (@jesus) May 15, 2025',
            '*Guardia* Nacional',
            '“hay coordinación”',
            '\r\n',
            '\n\n',
            '- ',
            '# ',
            '😀',
            'e\u0301',
            '`code`',
            '[link](http://x.mx)',
            ' '
          ),
          {maxLength: 20}
        ),
        (pieces) => {
          const markdown = pieces.join('')
          const analysis = analyze(markdown)
          let previous = 0
          for (const segment of analysis.segments) {
            expect(segment.start).toBeGreaterThanOrEqual(0)
            expect(segment.end).toBeLessThanOrEqual(markdown.length)
            expect(markdown.slice(segment.start, segment.end)).toBe(segment.text)
            if (segment.kind === 'block') {
              expect(segment.start).toBeGreaterThanOrEqual(previous)
              previous = segment.end
            }
          }

          for (const term of analysis.terms) expect(markdown.slice(term.start, term.end)).toBe(term.text)
        }
      ),
      {numRuns: 150}
    )
  })

  it('should not throw on any string', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 300}), (markdown) => {
        analyze(markdown)
      }),
      {numRuns: 150}
    )
  })
})
