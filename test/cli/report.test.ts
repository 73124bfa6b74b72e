import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {createTranslator} from '../../src/cli/i18n.js'
import {UsageError, type Io} from '../../src/cli/io.js'
import {report, strings} from '../../src/cli/report.js'
import {createReviewCollector, type Review} from '../../src/cli/review.js'
import {formatReviewMarkdown} from '../../src/cli/review-markdown.js'
import {createGlossary} from '../../src/glossary/index.js'
import type {Analysis, Lang, TermMatch} from '../../src/types.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bilingual = 'test/fixtures/check-bilingual/input.md'
const superseded = 'test/fixtures/check-superseded/input.md'

/** A fake process: collects output, serves `stdin`. */
function fakeIo(stdin = ''): Io & {out: string; err: string} {
  const io = {
    out: '',
    err: '',
    readStdin: async () => stdin,
    stdout(chunk: string) {
      io.out += chunk
    },
    stderr(chunk: string) {
      io.err += chunk
    },
    env: {},
    cwd: root,
    isTty: false
  }
  return io
}

/** Run `glosa report` as `run` dispatches it: usage errors exit 2. */
async function runReport(argv: string[], io: Io, lang: Lang = 'en'): Promise<number> {
  const t = createTranslator(lang, {report: strings})
  try {
    return await report.run(argv, {io, t})
  } catch (error) {
    io.stderr('glosa: ' + (error as Error).message + '\n')
    return error instanceof UsageError ? 2 : 1
  }
}

const en = createTranslator('en', {report: strings})
const translate = (key: string, options?: Record<string, unknown>) => en('report:' + key, options ?? {})

/** A tiny glossary for hand-built analyses. */
const glossary = createGlossary([
  {
    id: 'mx-fgr',
    kind: 'prosecutor',
    jurisdiction: 'mx-federal',
    terms: [
      {text: 'Fiscalía General de la República', lang: 'es', type: 'fullForm', status: 'preferred'},
      {text: 'Fiscalía General', lang: 'es', type: 'variant', status: 'admitted'},
      {text: 'FGR', lang: 'es', type: 'acronym', status: 'preferred'},
      {text: "Attorney General's Office", lang: 'en', type: 'fullForm', status: 'preferred'}
    ],
    sources: []
  }
])

function term(value: string, text: string, from: number, lang: Lang, form = text): TermMatch {
  const start = value.indexOf(text, from)
  return {start, end: start + text.length, text, entry: 'mx-fgr', lang, form, status: 'preferred'}
}

describe('glosa report', () => {
  it('should render a table per concept with places, forms and renderings across the pair', async () => {
    const io = fakeIo()
    expect(await runReport([bilingual, '--date', '2025-03-01'], io)).toBe(0)
    expect(io.out).toMatch(/^# Term review\n\n1 file · \d+ concepts · \d+ mentions\n/)
    expect(io.out).toContain("## Fiscalía General de la República · Attorney General's Office\n\n`mx-fgr` · 2 mentions · consistent")
    expect(io.out).toContain("- Renderings: Fiscalía General de la República (es) ↔ Attorney General's Office (en) ×1")
    expect(io.out).toContain('| Where | Language | Text | Status | Rendered as |\n| --- | --- | --- | --- | --- |')
    expect(io.out).toContain(
      "| test/fixtures/check-bilingual/input.md:1:4 | es | Fiscalía General de la República | preferred | Attorney General's Office (en) |"
    )
    expect(io.out).toContain(
      "| test/fixtures/check-bilingual/input.md:3:5 | en | Attorney General's Office | preferred | Fiscalía General de la República (es) |"
    )
  })

  it('should list findings about a concept', async () => {
    const io = fakeIo()
    expect(await runReport([superseded, '--date', '2025-03-01'], io)).toBe(0)
    expect(io.out).toContain('`mx-pgr` · 2 mentions')
    expect(io.out).toContain('| superseded |')
    expect(io.out).toContain(
      '- test/fixtures/check-superseded/input.md:3:4 warning `superseded-term`: Unexpected \\`PGR\\`, expected \\`FGR\\` (replaced on 2018-12-20)'
    )
  })

  it('should print structured JSON', async () => {
    const io = fakeIo()
    expect(await runReport([bilingual, superseded, '--format', 'json', '--date', '2025-03-01'], io)).toBe(0)
    const review = JSON.parse(io.out) as Review
    expect(review.files).toEqual([bilingual, superseded])
    expect(review.failed).toEqual([])
    const fgr = review.concepts.find((concept) => concept.entry === 'mx-fgr')
    expect(fgr).toMatchObject({
      names: {es: 'Fiscalía General de la República', en: "Attorney General's Office"},
      mentions: 2,
      consistent: true,
      forms: {
        es: [{form: 'Fiscalía General de la República', status: 'preferred', count: 1}],
        en: [{form: "Attorney General's Office", status: 'preferred', count: 1}]
      },
      renderings: [
        {es: 'Fiscalía General de la República', en: "Attorney General's Office", esEntry: 'mx-fgr', enEntry: 'mx-fgr', count: 1}
      ]
    })
    expect(fgr?.occurrences[0]).toEqual({
      file: bilingual,
      line: 1,
      column: 4,
      start: 3,
      end: 35,
      lang: 'es',
      text: 'Fiscalía General de la República',
      form: 'Fiscalía General de la República',
      status: 'preferred',
      renderedAs: [{text: "Attorney General's Office", lang: 'en', entry: 'mx-fgr', line: 3, column: 5}]
    })
    const pgr = review.concepts.find((concept) => concept.entry === 'mx-pgr')
    expect(pgr?.findings.map((finding) => finding.ruleId)).toContain('superseded-term')
  })

  it('should speak Spanish with a Spanish UI', async () => {
    const io = fakeIo()
    expect(await runReport([bilingual], io, 'es')).toBe(0)
    expect(io.out).toMatch(/^# Revisión de términos\n\n1 archivo · /)
    expect(io.out).toContain('| Dónde | Idioma | Texto | Estado | Traducido como |')
    expect(io.out).toContain('| preferido |')
  })

  it('should read standard input', async () => {
    const io = fakeIo('La FGR informó.\n')
    expect(await runReport(['--format', 'json'], io)).toBe(0)
    const review = JSON.parse(io.out) as Review
    expect(review.files).toEqual(['<stdin>'])
    expect(review.concepts[0]?.occurrences[0]).toMatchObject({file: '<stdin>', line: 1, column: 4, text: 'FGR'})
  })

  it('should say so when no term is found', async () => {
    const io = fakeIo('Nothing to see here.\n')
    expect(await runReport([], io)).toBe(0)
    expect(io.out).toContain('No glossary terms found.')
  })

  it('should exit 2 on misuse', async () => {
    const bad = fakeIo()
    expect(await runReport(['--format', 'html'], bad)).toBe(2)
    expect(bad.err).toContain('Unexpected `--format` value `html`, expected `markdown` or `json`')
    const missing = fakeIo()
    expect(await runReport(['nope.md'], missing)).toBe(2)
    expect(missing.err).toContain('Cannot read `nope.md` (ENOENT)')
  })
})

describe('createReviewCollector', () => {
  it('should find a concept named with two different names in one language inconsistent', () => {
    const value = 'La Fiscalía General de la República habló. Después la Fiscalía General calló. La FGR no.'
    const analysis: Analysis = {
      version: 1,
      segments: [],
      terms: [
        term(value, 'Fiscalía General de la República', 0, 'es'),
        term(value, 'Fiscalía General', 40, 'es'),
        term(value, 'FGR', 0, 'es')
      ],
      pairs: [],
      messages: []
    }
    const collector = createReviewCollector(glossary)
    collector.add('a.md', value, analysis)
    const [concept] = collector.result().concepts
    expect(concept?.consistent).toBe(false)
    expect(concept?.variants).toEqual(['es name: Fiscalía General de la República, Fiscalía General'])
    expect(concept?.forms.es.map((form) => form.form + ' ' + form.count)).toEqual([
      'Fiscalía General de la República 1',
      'Fiscalía General 1',
      'FGR 1'
    ])
  })

  it('should keep a full form and its acronym consistent, across files', () => {
    const collector = createReviewCollector(glossary)
    for (const file of ['a.md', 'b.md']) {
      const value = 'La Fiscalía General de la República (FGR) habló.'
      const terms = [term(value, 'Fiscalía General de la República', 0, 'es'), term(value, 'FGR', 0, 'es')]
      collector.add(file, value, {version: 1, segments: [], terms, pairs: [], messages: []})
    }

    const [concept] = collector.result().concepts
    expect(concept?.consistent).toBe(true)
    expect(concept?.mentions).toBe(4)
    expect(concept?.occurrences.map((item) => item.file + ':' + item.line + ':' + item.column)).toEqual([
      'a.md:1:4',
      'a.md:1:38',
      'b.md:1:4',
      'b.md:1:38'
    ])
  })

  it('should link both sides of a pair and count renderings', () => {
    const value = 'La FGR habló.\n\nThe Attorney General’s Office spoke.'
    const es = term(value, 'FGR', 0, 'es')
    const en = {...term(value, 'Attorney General’s Office', 0, 'en'), form: "Attorney General's Office"}
    const analysis: Analysis = {
      version: 1,
      segments: [],
      terms: [es, en],
      pairs: [{id: 'a1', es: ['s1'], en: ['s2'], score: 1, links: [{es: [es.start, es.end], en: [en.start, en.end], kind: 'term'}]}],
      messages: [
        {ruleId: 'candidate-term', reason: 'Unexpected term', severity: 'info', start: 0, end: 2, actual: 'La'},
        {ruleId: 'candidate-term', reason: 'Unexpected term', severity: 'info', start: 0, end: 2, actual: 'La'}
      ]
    }
    const collector = createReviewCollector(glossary)
    collector.add('a.md', value, analysis)
    const review = collector.result()
    expect(review.concepts[0]?.renderings).toEqual([
      {es: 'FGR', en: 'Attorney General’s Office', esEntry: 'mx-fgr', enEntry: 'mx-fgr', count: 1}
    ])
    expect(review.concepts[0]?.occurrences.map((item) => item.renderedAs.map((other) => other.text + ' ' + other.lang))).toEqual([
      ['Attorney General’s Office en'],
      ['FGR es']
    ])
    expect(review.candidates).toEqual([
      {text: 'La', count: 2, places: [{file: 'a.md', line: 1, column: 1}, {file: 'a.md', line: 1, column: 1}]}
    ])
  })
})

describe('formatReviewMarkdown', () => {
  it('should escape article text so it renders as written', () => {
    const value = 'La FGR <script>alert(1)</script> | *x*'
    const analysis: Analysis = {
      version: 1,
      segments: [],
      terms: [{...term(value, 'FGR', 0, 'es'), text: 'FGR\n<script>|*'}],
      pairs: [],
      messages: [{ruleId: 'non-preferred-term', reason: 'Unexpected `<b>`', severity: 'warning', start: 3, end: 6, entry: 'mx-fgr'}]
    }
    const collector = createReviewCollector(glossary)
    collector.add('we|ird_[file].md', value, analysis)
    collector.fail('gone.md', 'ENOENT: no such file')
    const markdown = formatReviewMarkdown(collector.result(), translate)
    expect(markdown).toContain('| we\\|ird\\_\\[file\\].md:1:4 | es | FGR \\<script\\>\\|\\* | preferred |  |')
    expect(markdown).toContain('warning `non-preferred-term`: Unexpected \\`\\<b\\>\\`')
    expect(markdown).toContain('## Files that could not be read\n\n- gone.md: ENOENT: no such file')
    expect(markdown).not.toMatch(/<script>/)
  })
})
