import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/analyze.js'
import {defaultGlossary} from '../../src/glossary/index.js'
import {annotateCommand, strings} from '../../src/cli/annotate.js'
import {createTranslator} from '../../src/cli/i18n.js'
import {UsageError, type Io} from '../../src/cli/io.js'
import {annotateMarkdown, stripAnnotations, toHtml} from '../../src/outputs.js'
import {annotate as annotateWith, renderHtml} from '../../src/render/index.js'
import {checkParse, glosaDirectives, parseDirectives} from './helpers.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const sample = readFileSync(path.join(root, 'test/fixtures/sample/input.md'), 'utf8')

describe('toHtml', () => {
  it('should render the sample with the tweet in Spanish and the terms marked', () => {
    const html = toHtml(sample)
    expect(html.startsWith('<div lang="en">')).toBe(true)
    expect(html).toMatch(/<blockquote>\n<p lang="es"[^>]*>/)
    expect(html).toContain('data-glosa-entry="mx-fgr">@FGRMexico</span>')
    expect(html).toContain('<abbr title="Immigration and Customs Enforcement — Servicio de Inmigración y Control de Aduanas" data-glosa-entry="us-ice">ICE</abbr>')
  })

  it('should write a page with `document: true`', () => {
    expect(toHtml('La FGR.', {document: true, title: 'Nota'})).toMatch(/^<!doctype html><html lang="en"><head><meta charset="utf-8">.*<title>Nota<\/title>/)
  })
})

describe('annotateMarkdown', () => {
  it('should annotate the sample losslessly and idempotently, in directives remark-directive reads', () => {
    const annotated = annotateMarkdown(sample)
    expect(stripAnnotations(annotated)).toBe(sample)
    expect(annotateMarkdown(annotated)).toBe(annotated)
    const check = checkParse(annotated)
    expect(check).toEqual({same: true, written: check.written, parsed: check.written, attributes: true})
    const directives = glosaDirectives(parseDirectives(annotated)!)
    expect(directives).toContainEqual({name: 'term', attributes: {id: 'mx-fgr'}, text: '@FGRMexico'})
    expect(directives.some((directive) => directive.name === 'es' && directive.text.includes('coordinación sin subordinación'))).toBe(true)
  })
})

/** Run `glosa annotate` with a fake process. */
async function annotate(argv: string[], stdin = ''): Promise<{code: number; stdout: string}> {
  let stdout = ''
  const io: Io = {readStdin: async () => stdin, stdout: (chunk) => (stdout += chunk), stderr() {}, env: {}, cwd: root}
  const t = createTranslator('en', {annotate: strings})
  const code = await annotateCommand.run(argv, {io, t})
  return {code, stdout}
}

describe('glosa annotate', () => {
  it('should write the analysis as JSON with positions by default', async () => {
    const {code, stdout} = await annotate(['test/fixtures/sample/input.md'])
    expect(code).toBe(0)
    const analysis = JSON.parse(stdout) as {version: number; segments: Array<{position: {start: {line: number}}}>}
    expect(analysis.version).toBe(1)
    expect(analysis.segments[0]!.position.start.line).toBe(1)
  })

  it('should write HTML, a page, or annotated markdown', async () => {
    expect((await annotate(['-', '--format', 'html'], 'La FGR.')).stdout).toMatch(/^<div lang="en">.*<\/div>\n$/s)
    expect((await annotate(['-', '--format', 'html', '--document', '--document-lang', 'es'], 'La FGR.')).stdout).toMatch(/^<!doctype html><html lang="es">/)
    const {stdout} = await annotate(['-', '--format=md'], sample)
    expect(stdout).toBe(annotateMarkdown(sample))
    expect((await annotate(['-', '--format=md'], stdout)).stdout).toBe(stdout)
  })

  it('should reject bad options', async () => {
    await expect(annotate(['--format', 'xml'])).rejects.toThrow(new UsageError('Unexpected `--format` value `xml`, expected `json`, `html` or `md`'))
    await expect(annotate(['--document-lang', 'fr'])).rejects.toThrow('Unexpected `--document-lang` value `fr`, expected `en` or `es`')
    await expect(annotate(['a.md', 'b.md'])).rejects.toThrow('Unexpected 2 files, expected one file or `-`')
    await expect(annotate(['--date', '2025-13-01'])).rejects.toThrow('Unexpected `--date` value `2025-13-01`')
  })

  it('should print help', async () => {
    expect((await annotate(['--help'])).stdout).toMatch(/^Usage: glosa annotate/)
  })
})

describe('one parse for analysis and output', () => {
  const piece = fc.constantFrom(
    'La FGR informó', 'the ICE agents', ':', '::', ':::', ':es[', ':term[', ']{id=x}', 'a:b', '10:30', ':😀', ':\t', ':\u00a0', ':\u000b', ':\u0000', 'https://x.mx',
    '> ', '- ', '1. ', '# ', '*', '_', '`', '[', '](u)', '"', '“', '”', ' ', '\n', '\n\n', '|a|\n|-|\n', '---\n', '\\', '<b>', 'é', 'e\u0301'
  )
  const markdown = fc.array(piece, {maxLength: 30}).map((pieces) => pieces.join(''))

  it('should give the same outputs as analysing and rendering separately', () => {
    for (const value of ['La FGR informó:\t', 'La FGR:\u000B x', 'La FGR:\u00A0x', 'La FGR:x', 'La FGR:😀', 'a 10:30 la FGR']) {
      const analysis = analyze(value)
      expect(annotateMarkdown(value)).toBe(annotateWith(value, analysis))
    }

    fc.assert(
      fc.property(markdown, (value) => {
        const original = stripAnnotations(value)
        const analysis = analyze(original)
        expect(annotateMarkdown(value)).toBe(annotateWith(original, analysis))
        expect(toHtml(value)).toBe(renderHtml(original, analysis, {glossary: defaultGlossary}))
      }),
      {numRuns: 600}
    )
  })
})
