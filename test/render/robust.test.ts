import {describe, expect, it} from 'vitest'
import {annotateMarkdown, stripAnnotations, toHtml} from '../../src/outputs.js'
import {annotate, renderHtml} from '../../src/render/index.js'
import type {Segment, TermMatch} from '../../src/types.js'
import {allowedTags, analysisOf, checkParse, segment, tagNames} from './helpers.js'

const deep: Record<string, string> = {
  'blockquotes 10k deep': '>'.repeat(10_000) + ' La FGR dijo <script>alert(1)</script>.\n',
  'spaced blockquotes 10k deep': '> '.repeat(10_000) + 'La FGR dijo.\n',
  'lists 10k deep': '- '.repeat(10_000) + 'La FGR dijo.\n',
  'ordered lists 10k deep': '1. '.repeat(10_000) + 'La FGR dijo.\n',
  'lists in blockquotes 10k deep': '> - '.repeat(5000) + 'La FGR dijo.\n',
  'brackets 10k deep': '['.repeat(10_000) + 'FGR' + ']'.repeat(10_000) + '\n',
  // Note: micromark resolves nested emphasis in quadratic time (10k levels take minutes).
  'emphasis 1k deep': '*a '.repeat(1000) + 'FGR' + '*'.repeat(1000) + '\n'
}

/** A news-like document of about `size` code units, with sentences and terms as an analysis would have them. */
function article(size: number, paragraphs: boolean): {markdown: string; segments: Segment[]; terms: TermMatch[]} {
  const sentences = ['La FGR informó que *la Guardia* Nacional participó.', 'The ICE agents did not operate on Mexican soil.', 'Dijo: "no hay subordinación" [sic].']
  const parts: string[] = []
  const segments: Segment[] = []
  const terms: TermMatch[] = []
  let offset = 0
  let index = 0
  while (offset < size) {
    const sentence = sentences[index % 3]!
    const separator = paragraphs && index % 5 === 4 ? '\n\n' : ' '
    parts.push(sentence, separator)
    segments.push({id: 's' + index, kind: 'sentence', start: offset, end: offset + sentence.length, text: sentence, lang: index % 3 === 1 ? 'en' : 'es', confidence: 1})
    const at = sentence.indexOf(index % 3 === 1 ? 'ICE' : 'FGR')
    if (at !== -1) terms.push({start: offset + at, end: offset + at + 3, text: sentence.slice(at, at + 3), entry: 'mx-fgr', lang: 'es', form: 'FGR', status: 'preferred'})
    offset += sentence.length + separator.length
    index++
  }

  return {markdown: parts.join(''), segments, terms}
}

describe('robustness', () => {
  for (const [name, markdown] of Object.entries(deep)) {
    it('should annotate and render ' + name + ' without overflowing the stack', () => {
      const start = markdown.indexOf('FGR')
      const analysis = analysisOf({
        segments: [segment(markdown, 'b1', 'block', Math.max(0, start - 3), markdown.length - 1, 'es')],
        terms: [{start, end: start + 3, text: 'FGR', entry: 'mx-fgr', lang: 'es', form: 'FGR', status: 'preferred'}]
      })
      const annotated = annotate(markdown, analysis)
      expect(stripAnnotations(annotated)).toBe(markdown)
      const html = renderHtml(markdown, analysis)
      expect(tagNames(html).filter((tag) => !allowedTags.has(tag))).toEqual([])
    })
  }

  it('should annotate and render a 10 MB article in paragraphs', () => {
    const {markdown, segments, terms} = article(10_000_000, true)
    const analysis = analysisOf({segments, terms})
    const annotated = annotate(markdown, analysis)
    expect(stripAnnotations(annotated)).toBe(markdown)
    expect(annotated.split(':term[').length - 1).toBe(terms.length)
    expect(renderHtml(markdown, analysis).length).toBeGreaterThan(markdown.length)
  }, 300_000)

  // Note: micromark resolves one paragraph's text in superlinear time: 800 KB take seconds.
  it('should annotate and render a 300 KB single paragraph', () => {
    const {markdown, segments, terms} = article(300_000, false)
    const analysis = analysisOf({segments, terms})
    const annotated = annotate(markdown, analysis)
    expect(stripAnnotations(annotated)).toBe(markdown)
    expect(annotated.split(':es[').length - 1).toBe(segments.filter((s) => s.lang === 'es').length)
    expect(renderHtml(markdown, analysis).split('<span lang="es">').length - 1).toBeGreaterThan(0)
  }, 300_000)

  it('should keep CRLF, tabs, NFD, astral characters, lone surrogates and NUL, through the whole pipeline', () => {
    const inputs = [
      '> La FGR dijo\r\n> que no.\r\n\r\nThe ICE said\tso.\r\n',
      'La Fiscali\u0301a General de la Repu\u0301blica informo\u0301.\n',
      'La FGR 🇲🇽 dijo 😀 que 𝔄 no.\n',
      'La FGR \uD800 dijo \uDC00 que \u0000 no.\r',
      'Texto :es[falso]{pair=a1} y \\:term[FGR]{id=x} con [corchetes] y \\\\ barras.\n'
    ]
    for (const markdown of inputs) {
      const annotated = annotateMarkdown(markdown)
      expect(stripAnnotations(annotated)).toBe(markdown)
      expect(annotateMarkdown(annotated)).toBe(annotated)
      const check = checkParse(annotated)
      expect(check.same && check.attributes && check.parsed === check.written).toBe(true)
      expect(tagNames(toHtml(markdown)).filter((tag) => !allowedTags.has(tag))).toEqual([])
    }
  })

  it('should treat markdown that ends in the trailer as annotated', () => {
    const annotated = annotateMarkdown('La FGR dijo.')
    expect(annotateMarkdown(annotated)).toBe(annotated)
    expect(toHtml(annotated)).toBe(toHtml('La FGR dijo.'))
  })
})
