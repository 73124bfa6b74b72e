import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {annotate, stripAnnotations} from '../../src/render/index.js'
import {analysisOf, checkParse, documentArbitrary, glosaDirectives, parseDirectives, segment, term} from './helpers.js'

const trailer = '\n<!-- glosa:annotated v1 -->\n'

describe('annotate', () => {
  it('should wrap a Spanish sentence and its terms in directives', () => {
    const markdown = 'He said. La FGR informó.'
    const analysis = analysisOf({
      segments: [
        segment(markdown, 'b1', 'block', 0, 24, 'mixed'),
        segment(markdown, 's1', 'sentence', 0, 8, 'en', 'b1'),
        segment(markdown, 's2', 'sentence', 9, 24, 'es', 'b1')
      ],
      terms: [term(markdown, 'FGR', 'mx-fgr', 'es')]
    })
    expect(annotate(markdown, analysis)).toBe('He said. :es[La :term[FGR]{id=mx-fgr} informó.]{}' + trailer)
  })

  it('should write the pair of paired passages, on both sides', () => {
    const markdown = '"No subordination," she said.\n\n> Coordinación sin subordinación.\n'
    const analysis = analysisOf({
      segments: [segment(markdown, 's1', 'sentence', 0, 29, 'en'), segment(markdown, 's2', 'sentence', 33, 64, 'es')],
      pairs: [{id: 'a1', es: ['s2'], en: ['s1'], score: 0.9, links: []}]
    })
    expect(annotate(markdown, analysis)).toBe(
      ':en["No subordination," she said.]{pair=a1}\n\n> :es[Coordinación sin subordinación.]{pair=a1}\n' + trailer
    )
  })

  it('should mark English inside a Spanish document with `lang: es`', () => {
    const markdown = 'Dijo: the agency said so.'
    const analysis = analysisOf({segments: [segment(markdown, 'b1', 'block', 0, 25, 'es'), segment(markdown, 'p1', 'span', 6, 25, 'en', 'b1')]})
    expect(annotate(markdown, analysis, {lang: 'es'})).toBe('Dijo: :en[the agency said so.]{}' + trailer)
    expect(annotate(markdown, analysis)).toBe(':es[Dijo: :en[the agency said so.]{}]{}' + trailer)
  })

  it('should take whole inline nodes when a range starts at their content', () => {
    const markdown = 'La *Guardia* Nacional dijo.'
    const analysis = analysisOf({terms: [term(markdown, 'Guardia* Nacional', 'mx-gn', 'es')].map((t) => ({...t, start: t.start, end: t.end}))})
    expect(annotate(markdown, analysis)).toBe('La :term[*Guardia* Nacional]{id=mx-gn} dijo.' + trailer)
  })

  it('should skip a term inside link text, inline code or across emphasis', () => {
    const markdown = '[la FGR](https://fgr.org.mx) `FGR` *la F*GR'
    const analysis = analysisOf({
      terms: [term(markdown, 'FGR', 'mx-fgr', 'es'), term(markdown, 'FGR', 'mx-fgr', 'es', 30), term(markdown, 'F*GR', 'mx-fgr', 'es')]
    })
    expect(annotate(markdown, analysis)).toBe(markdown + trailer)
  })

  it('should escape openers already in the document, reversibly', () => {
    const markdown = 'a :es[x]{pair=a1} \\:term[y] \\\\:en[z] `:es[`'
    const annotated = annotate(markdown, analysisOf({}))
    expect(annotated).toBe('a \\:es[x]{pair=a1} \\\\\\:term[y] \\\\\\\\\\:en[z] `\\:es[`' + trailer)
    expect(stripAnnotations(annotated)).toBe(markdown)
    expect(glosaDirectives(parseDirectives(annotated)!)).toEqual([])
  })

  it('should skip annotations that would break the label or the markup around', () => {
    const cases = [
      'a ] b', // unbalanced bracket in the label
      'x\\', // odd backslashes before the closer
      'a:b', // a colon right before the opener (`::` is no text directive)
      'foo_bar_' // literal underscores at the label edge would turn into emphasis
    ]
    for (const markdown of cases) {
      const start = markdown === 'a:b' ? 2 : markdown === 'foo_bar_' ? 3 : 0
      const analysis = analysisOf({segments: [segment(markdown, 's1', 'sentence', start, markdown.length, 'es')]})
      expect(annotate(markdown, analysis), markdown).toBe(markdown + trailer)
    }
  })

  it('should parse back as text directives with the attributes written (sample shapes)', () => {
    const markdown = '> La @FGRMexico dijo  \n> — Nombre (@x) May 15, 2025  \n> *Que* en [el](http://a.b) sitio [x] hay `y`.\n\n| a | b |\n|---|---|\n| La FGR | ICE |\n'
    const analysis = analysisOf({
      segments: [
        segment(markdown, 'b1', 'block', 2, 100, 'es'),
        segment(markdown, 's1', 'sentence', 2, 20, 'es', 'b1'),
        segment(markdown, 's2', 'sentence', 56, 100, 'es', 'b1'),
        segment(markdown, 'b2', 'block', 124, 130, 'es')
      ],
      terms: [term(markdown, '@FGRMexico', 'mx-fgr', 'es'), term(markdown, 'FGR', 'mx-fgr', 'es', 120), term(markdown, 'ICE', 'us-ice', 'en')],
      pairs: [{id: 'a1', es: ['s2'], en: ['s1'], score: 0.5, links: []}]
    })
    const annotated = annotate(markdown, analysis)
    expect(stripAnnotations(annotated)).toBe(markdown)
    const check = checkParse(annotated)
    expect(check).toEqual({same: true, written: check.written, parsed: check.written, attributes: true})
    expect(check.written).toBeGreaterThanOrEqual(5)
  })

  it('strip(annotate(x)) === x, and annotations parse as written, for any document and analysis', () => {
    fc.assert(
      fc.property(documentArbitrary, ([markdown, analysis]) => {
        const annotated = annotate(markdown, analysis)
        expect(stripAnnotations(annotated)).toBe(markdown)
        const check = checkParse(annotated)
        expect(check.same).toBe(true)
        expect(check.parsed).toBe(check.written)
        expect(check.attributes).toBe(true)
      }),
      {numRuns: 1500}
    )
  })
})

describe('stripAnnotations', () => {
  it('should return markdown without the trailer unchanged', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (value) => {
        fc.pre(!value.endsWith(trailer))
        expect(stripAnnotations(value)).toBe(value)
      })
    )
  })

  it('should never throw, and stay linear, on edited annotated text', () => {
    const hostile = ':es['.repeat(20_000) + ']{'.repeat(20_000) + '\\'.repeat(1000) + trailer
    const started = performance.now()
    expect(typeof stripAnnotations(hostile)).toBe('string')
    expect(performance.now() - started).toBeLessThan(5000)
    fc.assert(fc.property(fc.string({unit: 'binary'}), (value) => typeof stripAnnotations(value + trailer) === 'string'))
  })

  it('should throw on a non-string', () => {
    expect(() => stripAnnotations(1 as unknown as string)).toThrow('Unexpected `annotated` of type `number`, expected `string`')
  })
})
