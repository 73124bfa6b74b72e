/**
 * Benchmark of the glossary core.
 *
 * 1. The default glossary: importing the bundled module (esbuild bundle of
 *    `src/glossary/default.ts`, in a fresh `node` per run) and compiling it
 *    (`createGlossary` of the generated data, warm).
 * 2. Generated glossaries of 1k, 10k and 100k concepts: YAML parse with
 *    positions (`parseConceptFile`), schema validation (ours, and ajv as the
 *    peer), `createGlossary` (validate + compile), `lintGlossary` (no specs),
 *    in ms and retained MB (heap after GC), with per-1k figures to show they
 *    are linear.
 *
 * Usage: `npx tsx test/bench/glossary.ts [--write]` (`--write` saves the
 * table to `test/bench/results/glossary.md`).
 */
import {execFileSync} from 'node:child_process'
import {mkdir, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import v8 from 'node:v8'
import vm from 'node:vm'
import {Ajv2020} from 'ajv/dist/2020.js'
import {build} from 'esbuild'
import {compileGlossary, createGlossary, normalizeConcept} from '../../src/glossary/create.js'
import {loadConcepts} from '../../src/glossary/default-data.js'
import {lintGlossary} from '../../src/glossary/lint.js'
import {conceptSchema} from '../../src/glossary/schema.js'
import {validateConcepts} from '../../src/glossary/validate.js'
import {parseConceptFile, stringifyConcept} from '../../src/node/glossary-dir.js'
import type {Concept, Glossary} from '../../src/types.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const sizes = [1000, 10_000, 100_000]
const lines: string[] = []

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

function out(line = ''): void {
  lines.push(line)
  console.log(line)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now()
  const result = run()
  return [result, performance.now() - start]
}

/** Like `time`, in CPU ms (user + system): steadier than wall time on a loaded machine. */
function cpu<T>(run: () => T): [T, number] {
  const start = process.cpuUsage()
  const result = run()
  const used = process.cpuUsage(start)
  return [result, (used.user + used.system) / 1000]
}

function heap(): number {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

/** A plausible concept: 6 terms, forms, specs, 2 sources, definitions. */
function concept(index: number): Concept {
  const name = 'Institución ' + index.toString(36)
  const acronym = 'X' + index.toString(36).toUpperCase()
  return {
    id: 'mx-synthetic-' + index,
    kind: 'agency',
    jurisdiction: 'mx-federal',
    parent: index > 0 ? 'mx-synthetic-' + (index - 1) : undefined!,
    validFrom: '2018-12-20',
    definition: {en: 'Synthetic institution number ' + index + ' for the benchmark.', es: 'Institución sintética número ' + index + '.'},
    terms: [
      {text: name + ' de la República', lang: 'es', type: 'fullForm', status: 'preferred', gender: 'feminine', forms: ['Instituciones número ' + index.toString(36) + ' de la República'], tests: {match: ['la ' + name + ' de la República informó']}},
      {text: acronym, lang: 'es', type: 'acronym', status: 'preferred', case: 'exact'},
      {text: '@' + acronym + 'mx', lang: 'es', type: 'handle', status: 'preferred'},
      {text: 'Institution ' + index.toString(36) + ' of the Republic', lang: 'en', type: 'fullForm', status: 'preferred'},
      {text: 'Institution ' + index.toString(36) + ' Office', lang: 'en', type: 'variant', status: 'admitted', notes: 'A variant.'},
      {text: name, lang: 'es', type: 'shortForm', status: 'admitted', requiresContext: true}
    ],
    sources: [
      {url: 'https://www.gob.mx/synthetic/' + index, tier: 'official', accessed: '2026-11-29'},
      {url: 'https://es.wikipedia.org/wiki/Synthetic_' + index, tier: 'wikipedia'}
    ]
  }
}

function generate(count: number): Concept[] {
  const list: Concept[] = []
  for (let index = 0; index < count; index++) {
    const value = concept(index)
    if (index === 0) delete (value as Partial<Concept>).parent
    list.push(value)
  }

  return list
}

async function defaultGlossaryLoad(): Promise<void> {
  const bundle = path.join(root, 'test/output/bench-default-glossary.mjs')
  await mkdir(path.dirname(bundle), {recursive: true})
  await build({entryPoints: [path.join(root, 'src/glossary/default.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: bundle, logLevel: 'error'})
  const empty = path.join(root, 'test/output/bench-empty.mjs')
  await writeFile(empty, 'export const x = 1\n')
  // Note: import an empty module first, so the time of starting the ESM loader is not counted.
  const script =
    'await import(' + JSON.stringify(empty) + ');' +
    'const c = process.cpuUsage(); const s = performance.now(); const m = await import(' + JSON.stringify(bundle) + ');' +
    // The glossary compiles on first use: touch it inside the timed span.
    'const concepts = m.defaultGlossary.concepts.length; const terms = m.defaultGlossary.terms.length;' +
    'const ms = performance.now() - s; const u = process.cpuUsage(c); const cpu = (u.user + u.system) / 1000;' +
    'console.log(JSON.stringify({ms, cpu, concepts, terms}))'
  const runs = Array.from({length: 9}, () => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})) as {ms: number; cpu: number; concepts: number; terms: number})
  const create = Array.from({length: 21}, () => time(() => createGlossary(loadConcepts()))[1])
  const fresh = Array.from({length: 21}, () => loadConcepts())
  const compile = fresh.map((concepts) => time(() => compileGlossary(concepts))[1])

  out('## Default glossary')
  out()
  out(`${runs[0]!.concepts} concepts, ${runs[0]!.terms} terms.`)
  out()
  out('| measure | median ms |')
  out('| --- | ---: |')
  out(`| import bundled \`default.ts\` in a fresh node, loader started (parse data + compile): wall | ${median(runs.map((run) => run.ms)).toFixed(1)} |`)
  out(`| same, CPU time (user + system, all threads) | ${median(runs.map((run) => run.cpu)).toFixed(1)} |`)
  out(`| \`compileGlossary\` of the generated data, as \`default.ts\` does (warm) | ${median(compile).toFixed(2)} |`)
  out(`| \`createGlossary\` of the generated data: validate + copy + compile (warm) | ${median(create).toFixed(2)} |`)
  out()
}

function generated(): void {
  const ajv = new Ajv2020({allErrors: true})
  ajv.addVocabulary(['patternErrorMessage', 'markdownDescription'])
  const reference = ajv.compile(conceptSchema)
  const rows: Array<Record<string, number>> = []
  let warm = false

  // Note: a first, unrecorded round warms up the JIT.
  for (const size of [1000, ...sizes]) {
    let data: unknown[] = generate(size)
    const yamlTexts = size <= 10_000 ? (data as Concept[]).map((value) => stringifyConcept(value)) : undefined
    let parseMs = Number.NaN
    if (yamlTexts) {
      ;[data, parseMs] = cpu(() => yamlTexts.map((text, index) => parseConceptFile(text, index + '.yaml').data))
    }

    const [problems, validateMs] = cpu(() => validateConcepts(data))
    if (problems.length > 0) throw new Error('Unexpected problems in generated data: ' + problems[0]!.reason)
    const [, ajvMs] = cpu(() => data.every((value) => reference(value)))
    const before = heap()
    let glossary: Glossary | undefined
    const [, compileMs] = cpu(() => (glossary = createGlossary(data as Concept[])))
    const mb = (heap() - before) / 1024 / 1024
    const [messages, lintMs] = cpu(() => lintGlossary(data))
    if (messages.length > 0) throw new Error('Unexpected lint messages: ' + messages[0]!.reason)
    if (rows.length === 0 && size === 1000 && !warm) {
      warm = true
      continue
    }

    rows.push({size, parseMs, validateMs, ajvMs, compileMs, mb, lintMs, terms: glossary!.terms.length})
    glossary = undefined
    data = []
  }

  out('## Generated glossaries')
  out()
  out('6 terms, 2 sources a concept. Times are CPU ms (user + system), after a warm-up round. `createGlossary` = validate + copy + compile; MB = heap retained by the glossary (after GC).')
  out('YAML parse (with positions) is measured up to 10k concepts (the YAML parser alone takes minutes at 100k).')
  out()
  out('| concepts | YAML parse ms | validate ms | ajv ms (peer) | ours / ajv | createGlossary ms | per 1k ms | MB | per 1k MB | lint ms | per 1k ms |')
  out('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const row of rows) {
    const k = row['size']! / 1000
    out(
      `| ${row['size']} | ${Number.isNaN(row['parseMs']) ? '–' : row['parseMs']!.toFixed(0)} | ${row['validateMs']!.toFixed(0)} | ${row['ajvMs']!.toFixed(0)} | ${(row['validateMs']! / row['ajvMs']!).toFixed(2)} | ${row['compileMs']!.toFixed(0)} | ${(row['compileMs']! / k).toFixed(1)} | ${row['mb']!.toFixed(1)} | ${(row['mb']! / k).toFixed(2)} | ${row['lintMs']!.toFixed(0)} | ${(row['lintMs']! / k).toFixed(1)} |`
    )
  }

  const first = rows[0]!
  const last = rows.at(-1)!
  const scale = last['size']! / first['size']!
  out()
  out(`Linearity (100k vs 1k, per concept): createGlossary ×${(last['compileMs']! / first['compileMs']! / scale).toFixed(2)}, memory ×${(last['mb']! / first['mb']! / scale).toFixed(2)}, lint ×${(last['lintMs']! / first['lintMs']! / scale).toFixed(2)} (1.00 = linear).`)
  out()
}

out('# Glossary benchmark')
out()
out(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at start; \`npx tsx test/bench/glossary.ts\`.`)
out()
await defaultGlossaryLoad()
generated()

if (process.argv.includes('--write')) {
  await writeFile(path.join(root, 'test/bench/results/glossary.md'), lines.join('\n') + '\n')
  console.log('wrote test/bench/results/glossary.md')
}
