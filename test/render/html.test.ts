import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {renderHtml} from '../../src/render/index.js'
import {allowedTags, analysisOf, documentArbitrary, segment, tagNames, term, testGlossary} from './helpers.js'

describe('renderHtml', () => {
  it('should put `lang` on a Spanish block, and on English inside it', () => {
    const markdown = 'La FGR dijo: the agency said so.'
    const analysis = analysisOf({
      segments: [segment(markdown, 'b1', 'block', 0, 32, 'es'), segment(markdown, 'p1', 'span', 13, 32, 'en', 'b1')]
    })
    expect(renderHtml(markdown, analysis)).toBe('<div lang="en"><p lang="es">La FGR dijo: <span lang="en">the agency said so.</span></p></div>')
  })

  it('should mark nothing in the document language, and honour `lang`', () => {
    const markdown = 'Hola. Hello.'
    const analysis = analysisOf({
      segments: [segment(markdown, 's1', 'sentence', 0, 5, 'es'), segment(markdown, 's2', 'sentence', 6, 12, 'en')]
    })
    expect(renderHtml(markdown, analysis)).toBe('<div lang="en"><p><span lang="es">Hola.</span> Hello.</p></div>')
    expect(renderHtml(markdown, analysis, {lang: 'es'})).toBe('<div lang="es"><p>Hola. <span lang="en">Hello.</span></p></div>')
    expect(() => renderHtml(markdown, analysis, {lang: 'fr' as 'en'})).toThrow("Unexpected `lang` value `fr`, expected `'en'` or `'es'`")
  })

  it('should mark acronyms as `abbr` with a bilingual title, other terms as `span`', () => {
    const markdown = "La FGR, the Attorney General's Office, and ICE."
    const analysis = analysisOf({
      terms: [
        term(markdown, 'FGR', 'mx-fgr', 'es'),
        {...term(markdown, "Attorney General's Office", 'mx-fgr', 'en'), status: 'admitted'},
        term(markdown, 'ICE', 'us-ice', 'en')
      ]
    })
    expect(renderHtml(markdown, analysis, {glossary: testGlossary})).toBe(
      '<div lang="en"><p>La <abbr title="Fiscalía General de la República — Attorney General&#x27;s Office" data-glosa-entry="mx-fgr">FGR</abbr>, the <span title="Attorney General&#x27;s Office — Fiscalía General de la República" data-glosa-entry="mx-fgr" data-glosa-status="admitted">Attorney General\'s Office</span>, and <abbr title="Immigration and Customs Enforcement — Servicio de Inmigración y Control de Aduanas" data-glosa-entry="us-ice">ICE</abbr>.</p></div>'
    )
  })

  it('should point paired passages at each other', () => {
    const markdown = '"No subordination," she said.\n\n> Coordinación sin subordinación.'
    const analysis = analysisOf({
      segments: [segment(markdown, 's1', 'sentence', 0, 29, 'en'), segment(markdown, 'b2', 'block', 33, 64, 'es')],
      pairs: [{id: 'a1', es: ['b2'], en: ['s1', 's9'], score: 0.9, links: []}]
    })
    expect(renderHtml(markdown, analysis, {idPrefix: 'x-'})).toBe(
      '<div lang="en"><p><span lang="en" id="x-s1" data-glosa-pair="a1" aria-describedby="x-b2">"No subordination," she said.</span></p>\n<blockquote>\n<p lang="es" id="x-b2" data-glosa-pair="a1" aria-describedby="x-s1">Coordinación sin subordinación.</p>\n</blockquote></div>'
    )
  })

  it('should keep `lang` on list items (tight lists lose their `<p>`), headings and cells', () => {
    const markdown = '# Título\n\n- Uno dos\n- tres\n\n| a |\n|---|\n| Hola |\n'
    const analysis = analysisOf({
      segments: [
        segment(markdown, 'b1', 'block', 2, 8, 'es'),
        segment(markdown, 'b2', 'block', 12, 19, 'es'),
        segment(markdown, 'b3', 'block', 42, 46, 'es')
      ]
    })
    expect(renderHtml(markdown, analysis)).toBe(
      '<div lang="en"><h1 lang="es">Título</h1>\n<ul>\n<li><span lang="es">Uno dos</span></li>\n<li>tres</li>\n</ul>\n<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td lang="es">Hola</td>\n</tr>\n</tbody>\n</table></div>'
    )
  })

  it('should split a span across emphasis into pieces, each with `lang`', () => {
    const markdown = 'He said *hola amigo* mío.'
    const analysis = analysisOf({segments: [segment(markdown, 'p1', 'span', 14, 24, 'es')]})
    expect(renderHtml(markdown, analysis)).toBe('<div lang="en"><p>He said <em>hola <span lang="es">amigo</span></em><span lang="es"> mío</span>.</p></div>')
  })

  it('should drop raw HTML and keep only safe URLs', () => {
    const markdown =
      '<script>alert(1)</script>\n\nA <b onclick="x()">b</b> [x](javascript:alert(1)) [y](JaVa\tScRiPt:x) ![i](data:text/html,x) [ok](https://a.b/?q=1&r=2) [m](mailto:a@b.co) [r](../x "t")\n\n<iframe src="https://evil"></iframe>\n'
    const html = renderHtml(markdown, analysisOf({}))
    expect(html).not.toMatch(/<script|<iframe|<b |onclick|javascript|data:text/i)
    expect(html).toContain('<a href="https://a.b/?q=1&#x26;r=2">ok</a>')
    expect(html).toContain('<a href="mailto:a@b.co">m</a>')
    expect(html).toContain('<a href="../x" title="t">r</a>')
    expect(html).toContain('<a>x</a>')
    expect(html).toContain('<img alt="i">')
  })

  it('should escape hostile glossary text and analysis values', () => {
    const markdown = 'La HOS y ICE.'
    const analysis = analysisOf({
      terms: [term(markdown, 'HOS', 'mx-hostile', 'es'), term(markdown, 'ICE', '"><script>alert(1)</script>', 'en')],
      segments: [segment(markdown, 's1', 'sentence', 0, 13, 'es')],
      pairs: [{id: '"><img src=x onerror=alert(1)>', es: ['s1'], en: ['s1'], score: 1, links: []}]
    })
    const html = renderHtml(markdown, analysis, {glossary: testGlossary, title: '</title><script>x</script>', document: true})
    expect(tagNames(html).every((name) => allowedTags.has(name))).toBe(true)
    expect(html).toContain('title="<script>alert(&#x22;x&#x22;)</script> &#x26; &#x22;quotes&#x22; &#x27;single&#x27; — javascript:alert(1)"')
    expect(html).toContain('data-glosa-entry="&#x22;><script>alert(1)</script>"')
    expect(html).toContain('<title>&#x3C;/title>&#x3C;script>x&#x3C;/script></title>')
  })

  it('should write a whole page with `document: true`', () => {
    const html = renderHtml('# Hola *mundo*\n\nTexto.', analysisOf({}), {document: true, lang: 'es'})
    expect(html).toBe(
      '<!doctype html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Hola mundo</title></head><body><main><h1>Hola <em>mundo</em></h1>\n<p>Texto.</p></main></body></html>\n'
    )
  })

  it('should fall back to escaped preformatted text for documents too deep to parse', () => {
    const markdown = '> '.repeat(10_000) + '<script>x</script>'
    const html = renderHtml(markdown, analysisOf({segments: [segment(markdown, 'b1', 'block', 0, 10, 'es')]}))
    expect(html.startsWith('<div lang="en"><pre>> > ')).toBe(true)
    expect(html.endsWith('> &#x3C;script>x&#x3C;/script></pre></div>')).toBe(true)
  })

  it('never throws, and writes only its own tags and safe URLs, for any document and analysis', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.boolean(), ([markdown, analysis], document) => {
        const html = renderHtml(markdown, analysis, {glossary: testGlossary, document})
        expect(tagNames(html).filter((name) => !allowedTags.has(name))).toEqual([])
        expect(html).not.toMatch(/(?:href|src)="\s*(?:javascript|data|vbscript):/i)
      }),
      {numRuns: 1000}
    )
  })
})
