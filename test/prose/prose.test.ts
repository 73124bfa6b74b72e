import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {extractProse, toSourceRange} from '../../src/prose/index.js'
import {parseMarkdown} from '../../src/util/markdown.js'

function texts(markdown: string): string[] {
  return extractProse(markdown, parseMarkdown(markdown)).map((block) => block.text)
}

function sources(markdown: string): string[] {
  return extractProse(markdown, parseMarkdown(markdown)).map((block) => markdown.slice(...toSourceRange(block, 0, block.text.length)))
}

describe('extractProse', () => {
  it('should keep paragraphs, headings, list items, blockquotes and table cells', () => {
    const markdown = '# Título\n\nUn párrafo.\n\n- un punto\n\n> una cita\n\n| a | b |\n| - | - |\n| c | d |\n'
    expect(texts(markdown)).toEqual(['Título', 'Un párrafo.', 'un punto', 'una cita', 'a', 'b', 'c', 'd'])
    expect(extractProse(markdown, parseMarkdown(markdown)).map((block) => [block.kind, block.quote])).toEqual([
      ['heading', false],
      ['paragraph', false],
      ['paragraph', false],
      ['paragraph', true],
      ['tableCell', false],
      ['tableCell', false],
      ['tableCell', false],
      ['tableCell', false]
    ])
  })

  it('should skip code, inline code, raw HTML, URLs and front matter', () => {
    const markdown =
      '---\ntitle: FGR\n---\n\nLa `FGR` dijo <b>hola</b> en https://fgr.org.mx y <https://x.mx>.\n\n```\ncode FGR\n```\n'
    expect(texts(markdown)).toEqual(['La  dijo hola en  y .'])
  })

  it('should keep link text and image alt text', () => {
    expect(texts('Ver [la nota](https://x.mx) y ![la foto de ICE](a.png).')).toEqual([
      'Ver la nota y  la foto de ICE.'
    ])
  })

  it('should read soft breaks as spaces and hard breaks as line feeds', () => {
    expect(texts('Fiscalía General\nde la República  \n— J (@j) May 15, 2025')).toEqual([
      'Fiscalía General de la República\n— J (@j) May 15, 2025'
    ])
  })

  it('should remove inline markup so terms read whole', () => {
    expect(texts('La *Guardia* Nacional y la __FGR__')).toEqual(['La Guardia Nacional y la FGR'])
  })

  it('should map plain text back to the source across escapes, references and prefixes', () => {
    const markdown = '> a &amp; b\\* *Guardia*\r\n> Nacional'
    const [block] = extractProse(markdown, parseMarkdown(markdown))
    expect(block!.text).toBe('a & b* Guardia Nacional')
    const at = block!.text.indexOf('Nacional')
    expect(markdown.slice(...toSourceRange(block!, at, at + 8))).toBe('Nacional')
    const amp = block!.text.indexOf('&')
    expect(markdown.slice(...toSourceRange(block!, amp, amp + 1))).toBe('&amp;')
    expect(sources(markdown)).toEqual(['a &amp; b\\* *Guardia*\r\n> Nacional'])
  })

  it('should read 500 levels of nesting', () => {
    expect(texts('> '.repeat(500) + 'hondo')).toEqual(['hondo'])
  })

  it('should read a document nested too deep to parse as one plain block', () => {
    const markdown = '> '.repeat(10_000) + 'hondo'
    expect(texts(markdown)).toEqual([markdown])
    expect(sources(markdown)).toEqual([markdown])
  })

  it('should keep every plain unit inside the source, in order', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 200}), (markdown) => {
        for (const block of extractProse(markdown, parseMarkdown(markdown))) {
          expect(block.starts.length).toBe(block.text.length)
          let previous = block.start
          for (let index = 0; index < block.text.length; index++) {
            const start = block.starts[index]!
            const end = block.ends[index]!
            expect(start).toBeGreaterThanOrEqual(previous)
            expect(end).toBeGreaterThanOrEqual(start)
            expect(end).toBeLessThanOrEqual(markdown.length)
            previous = start
          }
        }
      }),
      {numRuns: 300}
    )
  })

  it('should map every unit of a plain paragraph to the same unit of the source', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-záéíóúñ¿¡?!.,]{1,12}( [a-záéíóúñ¿¡?!.,]{1,12}){0,8}$/), (markdown) => {
        const [block] = extractProse(markdown, parseMarkdown(markdown))
        if (!block) return
        for (let index = 0; index < block.text.length; index++) {
          expect(markdown.slice(...toSourceRange(block, index, index + 1))).toBe(block.text[index])
        }
      })
    )
  })
})
