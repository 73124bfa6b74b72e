import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import {GlossaryError} from '../../src/glossary/problem.js'
import {
  loadGlossaryFiles,
  packageGlossaryDirectory,
  parseConceptFile,
  readGlossaryDirectory,
  stringifyConcept
} from '../../src/node/glossary-dir.js'
import type {Concept} from '../../src/types.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const fixtures = path.join(root, 'test/fixtures/glossary-lint')

const ice = [
  'id: us-ice',
  'kind: agency',
  'jurisdiction: us-federal',
  'terms:',
  '  - text: ICE',
  '    lang: en',
  '    type: acronym',
  '    status: preferred',
  '  - {text: Servicio de Inmigración y Control de Aduanas, lang: es, type: fullForm, status: preferred}',
  'sources:',
  '  - {url: https://www.ice.gov, tier: official}',
  ''
].join('\n')

let temporary: string | undefined

async function directory(files: Record<string, string | Uint8Array>): Promise<string> {
  temporary = await mkdtemp(path.join(os.tmpdir(), 'glosa-glossary-'))
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(temporary, name)), {recursive: true})
    await writeFile(path.join(temporary, name), content)
  }

  return temporary
}

afterEach(async () => {
  if (temporary) await rm(temporary, {recursive: true, force: true})
  temporary = undefined
})

function places(text: string) {
  return parseConceptFile(text, 'x.yaml').problems.map((problem) => [problem.line, problem.column, problem.ruleId, problem.reason])
}

describe('parseConceptFile', () => {
  it('should parse a concept into objects without prototype, dates as strings', () => {
    const {data, problems} = parseConceptFile(ice.replace('kind: agency', 'kind: agency\nvalidFrom: 2003-03-01'), 'ice.yaml')
    expect(problems).toEqual([])
    expect(Object.getPrototypeOf(data)).toBe(null)
    expect((data as Record<string, unknown>)['validFrom']).toBe('2003-03-01')
  })

  it('should locate paths, keys and values', () => {
    const {locate} = parseConceptFile(ice, 'ice.yaml')
    expect(locate(['terms', 0, 'status'])).toEqual({line: 8, column: 13})
    expect(locate(['terms', 0, 'status'], true)).toEqual({line: 8, column: 5})
    expect(locate(['terms', 1, 'lang'])).toEqual({line: 9, column: 64})
    expect(locate(['terms', 5, 'lang'])).toEqual({line: 5, column: 3})
    expect(locate([])).toEqual({line: 1, column: 1})
  })

  it('should tolerate a byte order mark and CRLF line endings, with the same positions', () => {
    const crlf = parseConceptFile('\uFEFF' + ice.replaceAll('\n', '\r\n'), 'ice.yaml')
    const lf = parseConceptFile(ice, 'ice.yaml')
    expect(crlf.problems).toEqual([])
    expect(JSON.stringify(crlf.data)).toBe(JSON.stringify(lf.data))
    expect(crlf.locate(['terms', 1, 'lang'])).toEqual(lf.locate(['terms', 1, 'lang']))
    expect(crlf.locate(['sources', 0, 'tier'], true)).toEqual({line: 11, column: 32})
  })

  it('should report malformed YAML with line and column', () => {
    expect(places('id: mx-x\nkind: [agency\nterms: x\n')).toEqual([
      [3, 1, 'yaml-syntax', 'Flow sequence in block collection must be sufficiently indented and end with a ]']
    ])
    expect(places('id: "mx-x\n')).toEqual([[2, 1, 'yaml-syntax', 'Missing closing "quote']])
    expect(places('id: mx-x\n  kind: agency\n')[0]).toEqual([1, 5, 'yaml-syntax', 'Nested mappings are not allowed in compact mappings'])
  })

  it('should reject duplicate fields, aliases, complex keys and tags', () => {
    expect(places('id: a\nkind: b\nid: c\n')).toEqual([[3, 1, 'duplicate-field', 'Unexpected second field `id`, expected each field once']])
    expect(places('a: &x [1]\nb: *x\n')).toEqual([
      [2, 4, 'yaml-syntax', 'Unexpected alias `*x`, expected a value (glossary files do not use aliases)']
    ])
    expect(places('? [a]\n: b\n')).toEqual([[1, 3, 'yaml-syntax', 'Unexpected complex key, expected a field name']])
    expect(places('a: !foo bar\n')).toEqual([[1, 4, 'yaml-syntax', 'Unresolved tag: !foo']])
  })

  it('should reject empty files and several documents', () => {
    expect(places('')).toEqual([[1, 1, 'empty-file', 'Unexpected empty file, expected a concept']])
    expect(places('# only a comment\n')).toEqual([[1, 1, 'empty-file', 'Unexpected empty file, expected a concept']])
    expect(places('id: a\n---\nid: b\n')).toEqual([[2, 1, 'yaml-syntax', 'Unexpected second document, expected one concept per file']])
  })

  it('should refuse huge and deeply nested input quickly', () => {
    const start = performance.now()
    expect(places('a: ' + 'x'.repeat(200_000))).toEqual([
      [undefined, undefined, 'file-too-large', 'Unexpected file of 200003 bytes, expected at most 131072 (one concept per file)']
    ])
    expect(places('a: ' + '['.repeat(100_000))).toEqual([[1, 36, 'yaml-syntax', 'Unexpected nesting deeper than 32 levels']])
    expect(places('x:\n' + '- '.repeat(60_000))).toEqual([[2, 1, 'yaml-syntax', 'Unexpected nesting deeper than 32 levels']])
    expect(places('a: {b: {c: {d: 1}}}\n')).toEqual([])
    // Note: not a timing assertion; the point is these return at all.
    expect(performance.now() - start).toBeGreaterThan(0)
  })

  it('should keep NUL, lone surrogates and astral characters as data', () => {
    const {data, problems} = parseConceptFile('a: "x\\0y\\uD800🇲🇽"\n', 'x.yaml')
    expect(problems).toEqual([])
    expect((data as Record<string, unknown>)['a']).toBe('x\0y\uD800🇲🇽')
  })
})

describe('readGlossaryDirectory', () => {
  it('should read a directory into a glossary, files sorted', async () => {
    const {glossary, files} = await readGlossaryDirectory(path.join(fixtures, 'valid'), {cwd: root})
    expect(files.map((file) => file.file)).toEqual([
      'test/fixtures/glossary-lint/valid/fgr.yaml',
      'test/fixtures/glossary-lint/valid/fiscalia-estatal.yaml',
      'test/fixtures/glossary-lint/valid/pgr.yaml'
    ])
    expect(glossary.concepts.map((concept) => concept.id)).toEqual(['mx-fgr', 'mx-fiscalia-estatal', 'mx-pgr'])
    expect(glossary.get('mx-pgr')?.replacedBy).toBe('mx-fgr')
  })

  it('should throw every problem of every file with file:line:column, loading nothing', async () => {
    const dir = await directory({
      'us/ice.yaml': ice,
      'us/ice-copy.yaml': ice,
      'mx/bad.yaml': ice.replace('us-ice', 'mx-bad').replace('    status: preferred', '    staus: preferred'),
      'mx/broken.yml': 'id: [\n',
      'mx/notes.txt': 'not yaml',
      '.hidden/x.yaml': 'id: [\n'
    })
    const error = await readGlossaryDirectory(dir, {cwd: dir}).catch((error_: unknown) => error_)
    expect(error).toBeInstanceOf(GlossaryError)
    const problems = (error as GlossaryError).problems
    expect(problems.map((problem) => [problem.file, problem.line, problem.column, problem.ruleId])).toEqual([
      [path.join('mx', 'broken.yml'), 2, 1, 'yaml-syntax'],
      [path.join('mx', 'bad.yaml'), 8, 5, 'unexpected-field'],
      [path.join('mx', 'bad.yaml'), 5, 5, 'missing-field'],
      [path.join('us', 'ice.yaml'), 1, 5, 'duplicate-id']
    ])
    expect(problems[1]!.reason).toBe('Unexpected field `staus` in `terms[0]`, expected `status`')
    expect(problems[3]!.reason).toBe('Unexpected duplicate id `us-ice`, also used by `' + path.join('us', 'ice-copy.yaml') + '`')
    expect((error as GlossaryError).message).toContain(path.join('mx', 'bad.yaml') + ':8:5: Unexpected field `staus`')
  })

  it('should reject files that are not UTF-8 or too large', async () => {
    const dir = await directory({
      'a.yaml': new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x0a]),
      'b.yaml': 'notes: ' + 'x'.repeat(200),
      'c.yaml': ice
    })
    const {files, problems} = await loadGlossaryFiles(dir, {cwd: dir, maxSize: 100})
    expect(files).toEqual([])
    expect(problems.map((problem) => [problem.file, problem.ruleId, problem.reason])).toEqual([
      ['a.yaml', 'invalid-encoding', 'Unexpected bytes that are not UTF-8, expected a UTF-8 file'],
      ['b.yaml', 'file-too-large', 'Unexpected file of 207 bytes, expected at most 100 (one concept per file)'],
      ['c.yaml', 'file-too-large', 'Unexpected file of ' + Buffer.byteLength(ice) + ' bytes, expected at most 100 (one concept per file)']
    ])
  })

  it('should accept a BOM and CRLF on disk', async () => {
    const dir = await directory({'ice.yaml': '\uFEFF' + ice.replaceAll('\n', '\r\n')})
    const {glossary} = await readGlossaryDirectory(dir)
    expect(glossary.get('us-ice')?.terms[0]?.text).toBe('ICE')
  })

  it('should throw a clear error for a missing directory', async () => {
    await expect(readGlossaryDirectory(path.join(fixtures, 'nope'))).rejects.toThrow(/^Cannot read glossary directory `.*nope` \(ENOENT\)$/)
  })

  it('should leave `Object.prototype` untouched by `__proto__` keys', async () => {
    const dir = await directory({'x.yaml': ice + '__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\n'})
    const error = (await readGlossaryDirectory(dir, {cwd: dir}).catch((error_: unknown) => error_)) as GlossaryError
    expect(error.problems.map((problem) => [problem.line, problem.reason])).toEqual([
      [12, 'Unexpected field `__proto__`, which is never allowed'],
      [13, 'Unexpected field `constructor`, which is never allowed']
    ])
    expect(Object.prototype).not.toHaveProperty('polluted')
  })
})

describe('packageGlossaryDirectory', () => {
  it('should find the glossary of this package', async () => {
    expect(await packageGlossaryDirectory()).toBe(path.join(root, 'glossary'))
  })
})

describe('stringifyConcept', () => {
  it('should write YAML that reads back to the same concept', () => {
    const concept: Concept = {
      id: 'mx-fgr',
      kind: 'prosecutor',
      jurisdiction: 'mx-federal',
      validFrom: '2018-12-20',
      terms: [
        {text: 'FGR', lang: 'es', type: 'acronym', status: 'preferred', case: 'exact', tests: {match: ['la FGR: "dijo"']}},
        {text: 'yes', lang: 'en', type: 'variant', status: 'admitted', notes: 'A long note '.repeat(20).trim()}
      ],
      sources: [{url: 'https://www.fgr.org.mx', tier: 'official'}]
    }
    const yaml = stringifyConcept(concept)
    expect(yaml.startsWith('# yaml-language-server: $schema=../schema.json\nid: mx-fgr\n')).toBe(true)
    const back = parseConceptFile(yaml, 'x.yaml')
    expect(back.problems).toEqual([])
    expect(JSON.parse(JSON.stringify(back.data))).toEqual(concept)
  })
})

describe('loadGlossaryFiles', () => {
  it('should report a directory without concept files', async () => {
    const dir = await directory({'README.md': '# nothing'})
    const {files, problems} = await loadGlossaryFiles(dir, {cwd: dir})
    expect(files).toEqual([])
    expect(problems.map((problem) => [problem.ruleId, problem.reason])).toEqual([
      ['empty-glossary', 'Unexpected directory without concept files (`*.yaml`)']
    ])
  })
})
