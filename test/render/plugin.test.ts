import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import defaultPlugin, {remarkGlosa} from '../../src/plugin.js'
import {reportMessages} from '../../src/render/index.js'

const markdown = '---\ntitle: Nota\n---\n\n# Nota\n\nLa PGR informó ayer.\n\n| Sigla |\n|---|\n| ICE |\n\n~~tachado~~ y www.example.com.\n'

describe('remarkGlosa', () => {
  it('should compose with remark-gfm, remark-frontmatter and remark-rehype, and store the analysis', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkFrontmatter)
      .use(remarkGlosa, {date: '2025-05-15'})
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(markdown)

    expect(String(file)).toBe(
      '<h1>Nota</h1>\n<p>La PGR informó ayer.</p>\n<table>\n<thead>\n<tr>\n<th>Sigla</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>ICE</td>\n</tr>\n</tbody>\n</table>\n<p><del>tachado</del> y <a href="http://www.example.com">www.example.com</a>.</p>'
    )
    const analysis = file.data.glosa!
    expect(analysis.version).toBe(1)
    expect(analysis.terms.map((term) => [term.entry, markdown.slice(term.start, term.end)])).toEqual([
      ['mx-pgr', 'PGR'],
      ['us-ice', 'ICE']
    ])
  })

  it('should report messages in remark-lint’s shape, with places in the original', async () => {
    const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGlosa, {date: '2025-05-15'})
    const file = new VFile(markdown)
    await processor.run(processor.parse(file), file)
    const superseded = file.messages.find((message) => message.ruleId === 'superseded-term')!
    expect({
      reason: superseded.reason,
      ruleId: superseded.ruleId,
      source: superseded.source,
      fatal: superseded.fatal,
      place: superseded.place,
      actual: superseded.actual,
      expected: superseded.expected
    }).toEqual({
      reason: 'Unexpected `PGR`, expected `FGR` (replaced on 2018-12-20)',
      ruleId: 'superseded-term',
      source: 'glosa',
      fatal: false,
      place: {start: {line: 7, column: 4, offset: 32}, end: {line: 7, column: 7, offset: 35}},
      actual: 'PGR',
      expected: ['FGR']
    })
    expect(file.messages.filter((message) => message.ruleId === 'acronym-before-expansion').every((message) => message.fatal === undefined)).toBe(true)
  })

  it('should analyze a file given as bytes, and files without content', async () => {
    const processor = unified().use(remarkParse).use(remarkGlosa)
    const file = new VFile({value: new TextEncoder().encode('La FGR dijo.')})
    await processor.run(processor.parse(file), file)
    expect(file.data.glosa!.terms[0]!.entry).toBe('mx-fgr')
    const empty = new VFile()
    await processor.run({type: 'root', children: []}, empty)
    expect(empty.data.glosa!.segments).toEqual([])
  })

  it('should be the default export too, for remark-cli configuration files', async () => {
    expect(defaultPlugin).toBe(remarkGlosa)
    const processor = unified().use(remarkParse).use(defaultPlugin)
    const file = new VFile('La PGR dijo.')
    await processor.run(processor.parse(file), file)
    expect(file.data.glosa!.terms[0]!.entry).toBe('mx-pgr')
  })
})

describe('reportMessages', () => {
  it('should make errors fatal, warnings messages and infos info', () => {
    const file = new VFile('ab\ncd')
    reportMessages(file, 'ab\ncd', [
      {ruleId: 'a', reason: 'Unexpected `a`', severity: 'error', start: 0, end: 1, actual: 'a', expected: ['b']},
      {ruleId: 'b', reason: 'Unexpected `c`', severity: 'warning', start: 3, end: 4},
      {ruleId: 'c', reason: 'Note', severity: 'info', start: 4, end: 5}
    ])
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.line, message.column, message.actual, message.expected])).toEqual([
      ['a', true, 1, 1, 'a', ['b']],
      ['b', false, 2, 1, undefined, undefined],
      ['c', undefined, 2, 2, undefined, undefined]
    ])
  })
})
