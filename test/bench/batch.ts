/**
 * Benchmark `processFiles`: in-process against the worker pool, side by side.
 *
 * Writes the WMT news documents of `../shared/dev-data/align/` as bilingual
 * markdown articles (Spanish paragraphs, then English ones) into a temporary
 * directory, builds the batch helper and its worker with tsup (workers cannot
 * load `.ts`), and times `processFiles` at concurrency 1 and 2..N.
 *
 * Run: `npx tsx test/bench/batch.ts`.
 */
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {build} from 'tsup'
import type {processFiles as ProcessFiles} from '../../src/node/batch.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const data = path.resolve(root, '../shared/dev-data/align/wmt-news-2008-2009.es-en.jsonl')

if (!existsSync(data)) {
  console.log('Note: `' + data + '` is absent; nothing to measure.')
  process.exit(0)
}

const work = await mkdtemp(path.join(os.tmpdir(), 'glosa-bench-batch-'))
try {
  await symlink(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir')
  await build({
    entry: {'node/batch': 'src/node/batch.ts', 'node/batch-worker': 'src/node/batch-worker.ts'},
    outDir: path.join(work, 'dist'),
    format: ['esm'],
    target: 'node20',
    platform: 'neutral',
    splitting: true,
    dts: false,
    silent: true,
    config: false
  })
  const {processFiles} = (await import(pathToFileURL(path.join(work, 'dist/node/batch.js')).href)) as {
    processFiles: typeof ProcessFiles
  }

  const files: string[] = []
  let bytes = 0
  await mkdir(path.join(work, 'articles'))
  for (const [index, line] of (await readFile(data, 'utf8')).split('\n').entries()) {
    if (!line.trim()) continue
    const document = JSON.parse(line) as {es: string[]; en: string[]}
    const value = [...document.es, ...document.en].join('\n\n') + '\n'
    const file = path.join(work, 'articles', String(index).padStart(4, '0') + '.md')
    await writeFile(file, value)
    files.push(file)
    bytes += Buffer.byteLength(value)
  }

  console.log(files.length + ' articles, ' + (bytes / 1024).toFixed(0) + ' KB; ' + os.availableParallelism() + ' CPUs; load ' + os.loadavg()[0]!.toFixed(1))
  const maximum = Math.max(2, os.availableParallelism())
  let base = 0
  for (let concurrency = 1; concurrency <= maximum; concurrency++) {
    const start = performance.now()
    let first = 0
    let messages = 0
    for await (const result of processFiles(files, {concurrency, options: {date: '2025-01-01'}})) {
      first ||= performance.now() - start
      messages += result.analysis?.messages.length ?? 0
    }

    const time = performance.now() - start
    base ||= time
    console.log(
      'concurrency ' + concurrency + ': ' + (time / 1000).toFixed(2) + ' s, ' + (bytes / 1024 / 1024 / (time / 1000)).toFixed(2) +
        ' MB/s, first result ' + first.toFixed(0) + ' ms, ' + messages + ' messages, ×' + (base / time).toFixed(2) + ' vs in-process'
    )
  }
} finally {
  await rm(work, {recursive: true, force: true})
}
