/**
 * Benchmark: glosa's whole pipeline next to the unified floor.
 *
 * In one process, on generated English news with Spanish quotes (deterministic,
 * ~5 KB an article, headings, emphasis, links, a quoted tweet):
 * - floor: remark-parse + remark-gfm + remark-rehype + rehype-stringify, the
 *   work any markdown-to-HTML pipeline does;
 * - `analyze` alone; `toHtml` (analyze + HTML); `annotateMarkdown` (analyze +
 *   directives); each as a ratio of the floor (issue 5 asks for at most 3×);
 * - time against size (10 KB, 1 MB, 10 MB) for the floor and `annotateMarkdown`,
 *   with the time per MB, which stays flat when the cost is linear.
 *
 * Run: `npx tsx test/bench/pipeline.ts [--write] [--quick]` (`--write` saves
 * the output to `test/bench/results/pipeline.md`; `--quick` skips 10 MB).
 */
import {writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {analyze} from '../../src/analyze.js'
import {annotateMarkdown, toHtml} from '../../src/outputs.js'
import {mulberry32} from './random.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const write = process.argv.includes('--write')
const quick = process.argv.includes('--quick')
const lines: string[] = []
const floorProcessor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify)

function log(line = ''): void {
  lines.push(line)
  console.log(line)
}

const english = [
  'The U.S. embassy in Mexico said on {day} that no ICE agents took part in the raid in {place}.',
  "Mexico's Attorney General's Office said the operation was led by the Criminal Investigation Agency.",
  'Officials from Homeland Security Investigations declined to comment on the *ongoing* investigation.',
  'President Claudia Sheinbaum said there is coordination but no subordination with the United States.',
  'The National Guard deployed {number} troops to the border, according to the [Security Cabinet](https://www.gob.mx/).',
  'A spokesperson for the Drug Enforcement Administration said the agency shares intelligence with Mexican authorities.',
  'Prosecutors in {place} said {number} people were arrested and charged with drug trafficking.',
  'The state prosecutor\'s office in {place} opened an investigation into the disappearance of {number} people.'
]
const spanish = [
  'La FGR informó que {number} personas fueron detenidas en {place}.',
  'No hay subordinación, hay coordinación con las agencias de Estados Unidos.',
  'La Guardia Nacional participó en el operativo junto con la Policía Ministerial.',
  'Es falso que agentes de ICE operen en territorio mexicano.',
  'La Agencia de Investigación Criminal desmanteló tres narcolaboratorios en {place}.'
]
const places = ['Sinaloa', 'Culiacán', 'Ciudad Juárez', 'Tijuana', 'Michoacán', 'Guanajuato', 'Sonora']
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']

/** One article of about `target` code units. */
function article(next: () => number, target: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const fill = (template: string) =>
    template
      .replace('{day}', pick(days))
      .replace('{place}', pick(places))
      .replace('{number}', String(2 + Math.floor(next() * 300)))
  const blocks: string[] = ['## ' + fill('Raid in {place} draws denials from both governments')]
  let size = blocks[0]!.length

  while (size < target) {
    const roll = next()
    let block: string
    if (roll < 0.15) {
      block = '> ' + fill(pick(spanish)) + '  \n> — Jesús Ramírez (@JesusRCuevas) May 15, 2025  \n> ' + fill(pick(spanish))
    } else if (roll < 0.45) {
      block = fill(pick(english)) + ' "' + fill(pick(spanish)) + '," ' + pick(['she said', 'he added', 'the statement reads']) + '. ' + fill(pick(english))
    } else {
      block = [fill(pick(english)), fill(pick(english)), fill(pick(english))].join(' ')
    }

    blocks.push(block)
    size += block.length + 2
  }

  return blocks.join('\n\n') + '\n'
}

/** Articles until `size` code units (one document). */
function document(seed: number, size: number): string {
  const next = mulberry32(seed)
  const parts: string[] = []
  let length = 0
  while (length < size) {
    const part = article(next, 5000)
    parts.push(part)
    length += part.length + 1
  }

  return parts.join('\n').slice(0, size)
}

/** Wall and CPU milliseconds to run `task` over every input (best of `rounds`, by CPU). */
function time(inputs: readonly string[], task: (value: string) => unknown, rounds: number): {wall: number; cpu: number} {
  let best = {wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY}
  for (let round = 0; round < rounds; round++) {
    const cpu = process.cpuUsage()
    const started = performance.now()
    for (const input of inputs) task(input)
    const used = process.cpuUsage(cpu)
    const sample = {wall: performance.now() - started, cpu: (used.user + used.system) / 1000}
    if (sample.cpu < best.cpu) best = sample
  }

  return best
}

const peers: Array<[string, (value: string) => unknown]> = [
  ['floor: remark-parse + gfm + remark-rehype + rehype-stringify', (value) => floorProcessor.processSync(value)],
  ['glosa analyze', (value) => analyze(value)],
  ['glosa toHtml (analyze + HTML)', (value) => toHtml(value)],
  ['glosa annotateMarkdown (analyze + directives)', (value) => annotateMarkdown(value)]
]

log('# Pipeline benchmark')
log()
log('`npx tsx test/bench/pipeline.ts --write` on ' + os.cpus().length + ' cores (' + os.cpus()[0]?.model.trim() + '), load average ' + os.loadavg().map((value) => value.toFixed(1)).join(' ') + ', Node ' + process.version + '.')
log('Best of 3 rounds by CPU time (user + system, all threads: GC included); every run in one process, the peers alternating within each round.')
log('Ratios are of CPU time; wall time is shown as well (the machine is shared, so wall time is noisier).')
log()

const next = mulberry32(5)
const corpus = Array.from({length: 1000}, () => article(next, 5000))
const megabytes = corpus.reduce((sum, value) => sum + Buffer.byteLength(value), 0) / 1e6
for (const value of corpus.slice(0, 20)) for (const [, task] of peers) task(value)

log('## 1,000 articles (' + megabytes.toFixed(2) + ' MB, ~' + Math.round((megabytes * 1e6) / 1000) + ' bytes each)')
log()
log('| pipeline | CPU | wall | MB/s (CPU) | × floor (CPU) |')
log('| --- | ---: | ---: | ---: | ---: |')
// Note: rounds alternate the peers, so each sees the same machine and heap conditions.
const best = peers.map(() => ({wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY}))
for (let round = 0; round < 3; round++) {
  for (const [index, [, task]] of peers.entries()) {
    const sample = time(corpus, task, 1)
    if (sample.cpu < best[index]!.cpu) best[index] = sample
  }
}

const floor = best[0]!.cpu
for (const [index, [name]] of peers.entries()) {
  const {wall, cpu} = best[index]!
  log('| ' + name + ' | ' + (cpu / 1000).toFixed(2) + ' s | ' + (wall / 1000).toFixed(2) + ' s | ' + (megabytes / (cpu / 1000)).toFixed(2) + ' | ' + (cpu / floor).toFixed(2) + ' |')
}

log()
log('## Time against size (one document)')
log()
log('CPU milliseconds; per MB stays flat when the cost is linear.')
log()
log('| size | floor | floor ms/MB | annotateMarkdown | annotate ms/MB | toHtml | toHtml ms/MB | annotate × floor | toHtml × floor |')
log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const size of quick ? [10_000, 1_000_000] : [10_000, 1_000_000, 10_000_000]) {
  const value = document(size, size)
  const mb = Buffer.byteLength(value) / 1e6
  const rounds = size <= 10_000 ? 20 : size <= 1_000_000 ? 2 : 1
  const repeat = size <= 10_000 ? Array.from({length: 20}, () => value) : [value]
  const [floorMs, annotateMs, htmlMs] = [peers[0]!, peers[3]!, peers[2]!].map(([, task]) => time(repeat, task, rounds).cpu / repeat.length) as [number, number, number]
  log(
    '| ' + (size >= 1e6 ? size / 1e6 + ' MB' : size / 1e3 + ' KB') + ' | ' + floorMs.toFixed(0) + ' ms | ' + (floorMs / mb).toFixed(0) + ' | ' +
      annotateMs.toFixed(0) + ' ms | ' + (annotateMs / mb).toFixed(0) + ' | ' + htmlMs.toFixed(0) + ' ms | ' + (htmlMs / mb).toFixed(0) + ' | ' +
      (annotateMs / floorMs).toFixed(2) + ' | ' + (htmlMs / floorMs).toFixed(2) + ' |'
  )
}

if (write) {
  writeFileSync(path.join(root, 'test/bench/results/pipeline.md'), lines.join('\n') + '\n')
  console.log('\nwrote test/bench/results/pipeline.md')
}
