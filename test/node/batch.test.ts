import {mkdir, mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {analyze} from '../../src/analyze.js'
import {createGlossary} from '../../src/glossary/index.js'
import type {Glossary} from '../../src/types.js'
import {processFiles, type BatchResult, type ProcessFilesOptions} from '../../src/node/batch.js'
import {expandInputs} from '../../src/node/expand-inputs.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const superseded = path.join(root, 'test/fixtures/check-superseded/input.md')
const clean = path.join(root, 'test/fixtures/check-clean/input.md')
const bilingual = path.join(root, 'test/fixtures/check-bilingual/input.md')
const date = '2025-03-01'

let tree: string

beforeAll(async () => {
  tree = await mkdtemp(path.join(os.tmpdir(), 'glosa-batch-'))
  const files: Record<string, string> = {
    'docs/b.md': 'La FGR informó.\n',
    'docs/a.markdown': 'The ICE agents left.\n',
    'docs/NOTES.MD': 'La PGR dijo.\n',
    'docs/c.txt': 'not markdown\n',
    'docs/sub/deeper/e.md': 'La Guardia Nacional llegó.\n',
    'docs/sub/d.md': 'El INM informó.\n',
    'docs/node_modules/x.md': 'skipped\n',
    'docs/.hidden/y.md': 'skipped\n',
    'docs/.draft.md': 'skipped\n',
    'other/z.md': 'Z\n'
  }
  for (const [name, value] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(tree, name)), {recursive: true})
    await writeFile(path.join(tree, name), value)
  }
})

afterAll(async () => {
  await rm(tree, {recursive: true, force: true})
})

async function collect(files: string[], options?: ProcessFilesOptions): Promise<BatchResult[]> {
  const results: BatchResult[] = []
  for await (const result of processFiles(files, options)) results.push(result)
  return results
}

describe('expandInputs', () => {
  it('should walk directories for markdown files, sorted, skipping node_modules and hidden entries', async () => {
    expect(await expandInputs(['docs'], tree)).toEqual([
      'docs/NOTES.MD',
      'docs/a.markdown',
      'docs/b.md',
      'docs/sub/d.md',
      'docs/sub/deeper/e.md'
    ])
  })

  it('should keep named files whatever their extension, in input order, once', async () => {
    expect(await expandInputs(['other/z.md', 'docs/c.txt', './other/z.md', 'docs/sub'], tree)).toEqual([
      'other/z.md',
      'docs/c.txt',
      'docs/sub/d.md',
      'docs/sub/deeper/e.md'
    ])
  })

  it('should expand globs with `*`, `**`, `?` and `{a,b}`', async () => {
    expect(await expandInputs(['docs/*.md'], tree)).toEqual(['docs/b.md'])
    expect(await expandInputs(['docs/**/*.md'], tree)).toEqual(['docs/b.md', 'docs/sub/d.md', 'docs/sub/deeper/e.md'])
    expect(await expandInputs(['docs/?.{md,markdown}'], tree)).toEqual(['docs/a.markdown', 'docs/b.md'])
    expect(await expandInputs(['*/z.md'], tree)).toEqual(['other/z.md'])
    expect(await expandInputs(['nowhere/*.md'], tree)).toEqual([])
  })

  it('should take absolute inputs', async () => {
    expect(await expandInputs([path.join(tree, 'docs/sub')], '/')).toEqual([
      path.join(tree, 'docs/sub/d.md'),
      path.join(tree, 'docs/sub/deeper/e.md')
    ])
  })

  it('should throw naming a missing input, with `file` and `code`', async () => {
    await expect(expandInputs(['docs', 'missing.md'], tree)).rejects.toMatchObject({
      message: 'Cannot read `missing.md` (ENOENT)',
      file: 'missing.md',
      code: 'ENOENT'
    })
  })
})

describe('processFiles (in-process)', () => {
  it('should yield one result per file in input order, with the text and its analysis', async () => {
    const results = await collect([bilingual, superseded, clean], {options: {date}})
    expect(results.map((result) => result.file)).toEqual([bilingual, superseded, clean])
    const second = results[1]!
    if (second.error) throw second.error
    const value = await readFile(superseded, 'utf8')
    expect(second.value).toBe(value)
    expect(second.analysis).toEqual(analyze(value, {date}))
  })

  it('should report a failing file and go on with the others', async () => {
    const results = await collect(['docs/b.md', 'missing.md', 'docs', 'docs/sub/d.md'], {cwd: tree})
    expect(results.map((result) => [result.file, result.error ? (result.error as NodeJS.ErrnoException).code : 'ok'])).toEqual([
      ['docs/b.md', 'ok'],
      ['missing.md', 'ENOENT'],
      ['docs', 'EISDIR'],
      ['docs/sub/d.md', 'ok']
    ])
  })

  it('should strip a byte order mark', async () => {
    await writeFile(path.join(tree, 'bom.md'), '\uFEFFLa FGR informó.\n')
    const [result] = await collect(['bom.md'], {cwd: tree})
    expect(result?.value).toBe('La FGR informó.\n')
  })

  it('should call `onProgress` once per file with counts', async () => {
    const seen: string[] = []
    await collect(['docs/b.md', 'missing.md', 'docs/sub/d.md'], {
      cwd: tree,
      onProgress: (progress) => seen.push(progress.done + '/' + progress.total + ' ' + progress.file)
    })
    expect(seen).toEqual(['1/3 docs/b.md', '2/3 missing.md', '3/3 docs/sub/d.md'])
  })

  it('should stream: stop reading files when the consumer stops', async () => {
    const done: string[] = []
    for await (const result of processFiles(['docs/b.md', 'docs/sub/d.md', 'other/z.md'], {
      cwd: tree,
      onProgress: (progress) => done.push(progress.file)
    })) {
      expect(result.file).toBe('docs/b.md')
      break
    }

    expect(done).toEqual(['docs/b.md'])
  })

  it('should throw on a bad `concurrency`', () => {
    expect(() => processFiles([], {concurrency: 0})).toThrow('Unexpected `concurrency` value `0`, expected a positive integer')
    expect(() => processFiles([], {concurrency: 1.5})).toThrow('expected a positive integer')
  })

  it('should yield nothing for no files', async () => {
    expect(await collect([])).toEqual([])
  })

  it('should use a given glossary', async () => {
    const glossary = createGlossary([
      {
        id: 'test-widget',
        kind: 'other',
        jurisdiction: 'international',
        terms: [{text: 'Widget Bureau', lang: 'en', type: 'fullForm', status: 'preferred'}],
        sources: []
      }
    ])
    await writeFile(path.join(tree, 'widget.md'), 'The Widget Bureau said so.\n')
    const [result] = await collect(['widget.md'], {cwd: tree, options: {glossary}})
    expect(result?.analysis?.terms.map((term) => term.entry)).toEqual(['test-widget'])
  })
})

describe('processFiles (worker threads, from a build)', () => {
  let out: string
  let built: {processFiles: typeof processFiles}

  // Note: workers cannot load `.ts`, so build the batch helper and its worker
  // the way `tsup.config.ts` does, into a temporary directory that sees the
  // project's `node_modules`.
  beforeAll(async () => {
    const {build} = await import('tsup')
    out = await mkdtemp(path.join(os.tmpdir(), 'glosa-build-'))
    await symlink(path.join(root, 'node_modules'), path.join(out, 'node_modules'), 'dir')
    await build({
      entry: {'node/batch': 'src/node/batch.ts', 'node/batch-worker': 'src/node/batch-worker.ts'},
      outDir: path.join(out, 'dist'),
      format: ['esm'],
      target: 'node20',
      platform: 'neutral',
      splitting: true,
      dts: false,
      silent: true,
      config: false
    })
    built = (await import(pathToFileURL(path.join(out, 'dist/node/batch.js')).href)) as typeof built
  }, 60_000)

  afterAll(async () => {
    await rm(out, {recursive: true, force: true})
  })

  it('should give the same results as in-process, in input order, isolating errors', async () => {
    const files = Array.from({length: 16}, (_, index) => [superseded, clean, bilingual][index % 3]!)
    files.splice(5, 0, path.join(tree, 'missing.md'))
    const ports = () => process.getActiveResourcesInfo().filter((name) => name === 'MessagePort').length
    const before = ports()
    let during = 0
    const pooled: BatchResult[] = []
    for await (const result of built.processFiles(files, {concurrency: 2, options: {date}})) {
      during = Math.max(during, ports())
      pooled.push(result)
    }

    const alone: BatchResult[] = []
    for await (const result of built.processFiles(files, {concurrency: 1, options: {date}})) alone.push(result)

    expect(during).toBeGreaterThanOrEqual(before + 2)
    expect(pooled.map((result) => result.file)).toEqual(files)
    expect(pooled[5]?.error?.message).toContain('ENOENT')
    expect((pooled[5]?.error as NodeJS.ErrnoException | undefined)?.code).toBe('ENOENT')
    expect(pooled.map((result) => result.analysis)).toEqual(alone.map((result) => result.analysis))
  }, 120_000)

  it('should fail each file, not hang, when workers crash', async () => {
    // A glossary whose concepts are invalid: each worker throws as it starts.
    const broken = {concepts: [{id: 'Not An Id'}], terms: [], get: () => undefined} as unknown as Glossary
    const files = Array.from({length: 8}, () => clean)
    const results: BatchResult[] = []
    for await (const result of built.processFiles(files, {concurrency: 2, options: {glossary: broken}})) results.push(result)
    expect(results.map((result) => result.file)).toEqual(files)
    expect(results.every((result) => result.error !== undefined)).toBe(true)
  }, 120_000)
})
