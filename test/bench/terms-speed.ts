/**
 * Speed bench of term matching, side by side with peers in one process.
 *
 * - Same input for all (see `terms-input.ts`): a ~57 KB markdown document
 *   (the quality bench articles, repeated) and 10,000 exact multiword terms
 *   (1,000 taken from the document, 9,000 synthetic): glosa on its first text
 *   and with its whole index built, textlint-rule-terminology (through
 *   `@textlint/kernel`) and the nlcst route alex uses (remark-parse →
 *   remark-retext → parse-latin → nlcst-search). Three ways: warm with
 *   nothing kept between runs, warm back to back, and cold (a fresh process
 *   per run, see `terms-cold.ts`).
 * - Glossary size: 1k vs 100k terms on the same document (index built).
 * - Text size: 1 MB and 10 MB.
 * - Bad inputs: regex metacharacters, empty and blank terms, a 1 MB term,
 *   nested and overlapping terms, 100k terms sharing a prefix.
 *
 * CPU time is process-wide, so it includes the garbage collector's and the
 * compiler's threads (also when they work for another engine): on a loaded
 * machine expect ±50% between runs.
 *
 * Times are medians; ratios are printed; results go to
 * `test/bench/results/terms.md`. Run: `npm run bench:terms-speed`.
 */

import path from 'node:path'
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import markdownPlugin from '@textlint/textlint-plugin-markdown'
import {TextlintKernel} from '@textlint/kernel'
import {search} from 'nlcst-search'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextLatin from 'retext-latin'
// @ts-expect-error: the rule ships no types.
import terminology from 'textlint-rule-terminology'
import {unified} from 'unified'
import {getIndex} from '../../src/match/build-index.js'
import {matchTerms} from '../../src/match/index.js'
import {makeGlossary} from '../match/glossary.js'
import {repeat, termGlossary, termMaker} from './terms-input.js'
import {writeSection} from './terms-results.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const lines: string[] = []
const log = (line = '') => {
  console.log(line)
  lines.push(line)
}

const here = path.dirname(fileURLToPath(import.meta.url))
const document = repeat(57 * 1024)
const makeTerms = termMaker(document)
const terms10k = makeTerms(10_000)

log(`Node ${process.version}; document ${(document.length / 1024).toFixed(1)} KB; ${terms10k.length} terms.`)
log()

// 1. Side by side, three ways. glosa runs on a fresh glossary object (its
// first text: the index compiles what this text can reach), and with the
// whole index built beforehand (a pipeline's case: search only).
const glossary10k = termGlossary(terms10k)
const pausing = await sideBySide(true)
const backToBack = await sideBySide(false)
const cold = {glosa: coldRuns('glosa'), textlint: coldRuns('textlint')}

log('## Side by side (57 KB markdown, 10,000 exact multiword terms)')
log()
log('Wall time, with CPU time (user + system) in parentheses: the machine is shared, CPU time is the steadier measure. The last column is how many times faster than textlint-rule-terminology an engine is.')
log()
log('- **warm, nothing kept between runs**: median of 7 alternating runs after 3 warm-up runs of each engine, with a garbage collection and a 50 ms pause before each run. The pause lets V8 drop the regular expressions textlint compiled in the run before, as a new process would not have them (that is where its time goes; the research measured 2.2 s).')
log('- **warm, back to back**: the same without the pause: textlint reuses the regular expressions V8 compiled for the run before.')
log('- **cold**: the first call in a fresh process, after importing the engine; median of 3 processes (JIT warm-up dominates).')
log()
log('| engine | warm, nothing kept (ms) | ÷ | warm, back to back (ms) | ÷ | cold (ms) | ÷ | hits |')
log('|---|---|---|---|---|---|---|---|')
log(`| glosa, first text (index for this text + search) | ${show(pausing.first)} | ${ratio(pausing.textlint, pausing.first)} | ${show(backToBack.first)} | ${ratio(backToBack.textlint, backToBack.first)} | ${show(cold.glosa)} | ${ratio(cold.textlint, cold.glosa)} | ${pausing.hits} |`)
log(`| glosa, whole index built beforehand (search only) | ${show(pausing.cached)} | ${ratio(pausing.textlint, pausing.cached)} | ${show(backToBack.cached)} | ${ratio(backToBack.textlint, backToBack.cached)} | — | — | ${pausing.cachedHits} |`)
log(`| glosa, whole index build + search | ${show(add(pausing.build, pausing.cached))} | ${ratio(pausing.textlint, add(pausing.build, pausing.cached))} | ${show(add(backToBack.build, backToBack.cached))} | ${ratio(backToBack.textlint, add(backToBack.build, backToBack.cached))} | — | — | ${pausing.cachedHits} |`)
log(`| textlint-rule-terminology 5.2.16 | ${show(pausing.textlint)} | 1× | ${show(backToBack.textlint)} | 1× | ${show(cold.textlint)} | 1× | ${pausing.textlintHits} |`)
log(`| remark-retext + nlcst-search (alex's route) | ${show(pausing.nlcst)} | ${ratio(pausing.textlint, pausing.nlcst)} | ${show(backToBack.nlcst)} | ${ratio(backToBack.textlint, backToBack.nlcst)} | — | — | ${pausing.nlcstHits} |`)
log()
if (pausing.hits !== pausing.cachedHits) log(`WRONG: ${pausing.hits} hits on the first text, ${pausing.cachedHits} with the whole index.`)
log(`glosa search: ${mbps(document.length, pausing.cached.wall)} MB/s. (textlint reports only case variants of exact terms, so its hit count differs.)`)
log()

// 2. Glossary size: 1k and 100k terms, indexes built beforehand. First with
// the same terms found in the document in both (the 1k terms, plus 99k
// synthetic ones), so only the size differs; then with a tenth of each
// taken from the document, so the 100k glossary also finds far more.
const sameTerms = makeTerms(1000)
const same = compareSizes(sameTerms, [...sameTerms, ...makeTerms(99_000, 0)])
const tenth = compareSizes(makeTerms(1000), makeTerms(100_000))
log('## Glossary size (57 KB document, index built beforehand)')
log()
log('Median of 11 interleaved runs.')
log()
log('| terms | search (ms, wall (CPU)) | hits | 100k ÷ 1k (wall / CPU; goal ≤ 1.5×) |')
log('|---|---|---|---|')
log(`| 1,000 (100 from the document) | ${show(same.small)} | ${same.smallHits} | |`)
log(`| 100,000: the same 1,000 + 99,000 synthetic | ${show(same.large)} | ${same.largeHits} | ${same.ratio} |`)
log(`| 1,000 (a tenth from the document) | ${show(tenth.small)} | ${tenth.smallHits} | |`)
log(`| 100,000 (a tenth from the document) | ${show(tenth.large)} | ${tenth.largeHits} | ${tenth.ratio} |`)
log()
log(`Index build for 100,000 terms: ${show(tenth.build)}. In the second pair the larger glossary finds more of the text, and each match costs its checks: that part grows with the output, not the glossary.`)
log()

// 3. Text size.
const oneMb = repeat(1024 * 1024)
const tenMb = repeat(10 * 1024 * 1024)
const oneTime = middleSample(repeatSample(3, () => matchTerms(oneMb, {glossary: glossary10k})))
const tenTime = middleSample(repeatSample(1, () => matchTerms(tenMb, {glossary: glossary10k})))
log('## Text size (10,000 terms)')
log()
log('| text | search (ms, wall (CPU)) | MB/s (wall / CPU) |')
log('|---|---|---|')
log(`| 1 MB | ${show(oneTime)} | ${mbps(oneMb.length, oneTime.wall)} / ${mbps(oneMb.length, oneTime.cpu)} |`)
log(`| 10 MB | ${show(tenTime)} | ${mbps(tenMb.length, tenTime.wall)} / ${mbps(tenMb.length, tenTime.cpu)} |`)
log()
log(`10 MB / 1 MB time: ${(tenTime.wall / oneTime.wall).toFixed(1)}× wall, ${(tenTime.cpu / oneTime.cpu).toFixed(1)}× CPU (linear: 10×).`)
log()

// 4. Bad inputs.
log('## Bad inputs')
log()
log('| case | build (ms, wall (CPU)) | search 1 MB | search 2 MB | 2 MB / 1 MB (CPU) | result |')
log('|---|---|---|---|---|---|')
const metacharacters = metacharacterTerms(10_000)
badInput('10k terms of regex metacharacters', metacharacters, (size) => fill('x ' + metacharacters[1] + ' and ' + metacharacters[42] + ' (a+)+$ ', size), (count) => count > 0)
badInput('1k empty and blank terms + 1 real term', ['', ' ', '\n\n', '\t', ...Array.from({length: 996}, () => '   '), 'Guardia Nacional'], (size) => fill('Guardia Nacional y ', size), (count) => count > 0)
const longTerm = Array.from({length: 150_000}, (_, index) => 'w' + (index % 97)).join(' ')
badInput('one 1 MB term (+ a short one)', [longTerm, 'w0 w1'], (size) => fill(longTerm.slice(0, 2000) + ' ', size), (count) => count > 0)
badInput('1,000 nested terms (a, a a, a a a…)', Array.from({length: 1000}, (_, index) => Array.from({length: index + 1}, () => 'a').join(' ')), (size) => fill('a ', size), (count) => count > 0)
badInput('1,000 overlapping terms (a b, b c, c d…)', Array.from({length: 1000}, (_, index) => 'w' + index + ' w' + (index + 1)), (size) => fill(Array.from({length: 50}, (_, index) => 'w' + index).join(' ') + ' ', size), (count) => count > 0)
badInput('text without whitespace (`F.G.R.F.G.R.…`)', ['F.G.R.', 'a.b'], (size) => fill('F.G.R.a.b.', size), () => true)
badInput('100k terms sharing a prefix', Array.from({length: 100_000}, (_, index) => 'shared prefix ' + index), (size) => fill('the shared prefix 99999 and shared prefix ', size), (count) => count > 0)
log()
log('Each result is checked (matches found where expected); the 2 MB / 1 MB ratio shows linear time (≈2×).')

writeSection('speed', ['## Speed (`npx tsx test/bench/terms-speed.ts`)', '', ...lines].join('\n'))

/**
 * Search times with two glossaries (indexes built beforehand), interleaved
 * so that both see the same load on a shared machine.
 */
function compareSizes(smallTerms: string[], largeTerms: string[]) {
  const small = termGlossary(smallTerms)
  const large = termGlossary(largeTerms)
  const build = sample(() => getIndex(large))
  getIndex(small)
  const smallHits = matchTerms(document, {glossary: small}).length
  const largeHits = matchTerms(document, {glossary: large}).length
  const smallRuns: Sample[] = []
  const largeRuns: Sample[] = []

  for (let run = 0; run < 11; run++) {
    smallRuns.push(sample(() => matchTerms(document, {glossary: small})))
    largeRuns.push(sample(() => matchTerms(document, {glossary: large})))
  }

  const smallTime = middleSample(smallRuns)
  const largeTime = middleSample(largeRuns)
  const ratio = (largeTime.wall / smallTime.wall).toFixed(2) + '× / ' + (largeTime.cpu / smallTime.cpu).toFixed(2) + '×'
  return {small: smallTime, large: largeTime, build, smallHits, largeHits, ratio}
}

/**
 * Time a pathological glossary on 1 MB and 2 MB of matching text.
 */
function badInput(label: string, texts: string[], text: (size: number) => string, ok: (count: number) => boolean): void {
  const glossary = termGlossary(texts)
  const built = sample(() => getIndex(glossary))
  const one = text(1024 * 1024)
  const two = text(2 * 1024 * 1024)
  const first = middleSample(repeatSample(3, () => matchTerms(one, {glossary})))
  const second = middleSample(repeatSample(3, () => matchTerms(two, {glossary})))
  const count = matchTerms(one, {glossary}).length
  const ratio = second.cpu / first.cpu
  log(`| ${label} | ${show(built)} | ${show(first)} | ${show(second)} | ${ratio.toFixed(2)}× | ${ok(count) ? 'ok' : 'WRONG'}, ${count} matches |`)
}

/**
 * Alternate the engines: median of 7 runs after 3 warm-up runs each,
 * pausing before each run or not (see the table).
 */
async function sideBySide(pause: boolean) {
  const runs: Record<'first' | 'build' | 'cached' | 'textlint' | 'nlcst', Sample[]> = {
    first: [],
    build: [],
    cached: [],
    textlint: [],
    nlcst: []
  }
  const counts = {hits: 0, cachedHits: 0, textlintHits: 0, nlcstHits: 0}

  for (let run = 0; run < 10; run++) {
    const fresh = makeGlossary(glossary10k.concepts)
    const built = makeGlossary(glossary10k.concepts)
    const samples = {
      first: await timed(pause, async () => {
        counts.hits = matchTerms(document, {glossary: fresh}).length
      }),
      build: await timed(pause, async () => getIndex(built)),
      cached: await timed(pause, async () => {
        counts.cachedHits = matchTerms(document, {glossary: built}).length
      }),
      textlint: await timed(pause, async () => {
        counts.textlintHits = await runTextlint(document, terms10k)
      }),
      nlcst: await timed(pause, async () => {
        counts.nlcstHits = await runNlcst(document, terms10k)
      })
    }

    if (run < 3) continue
    for (const key of Object.keys(runs) as Array<keyof typeof runs>) runs[key].push(samples[key])
  }

  return {
    first: middleSample(runs.first),
    build: middleSample(runs.build),
    cached: middleSample(runs.cached),
    textlint: middleSample(runs.textlint),
    nlcst: middleSample(runs.nlcst),
    ...counts
  }
}

/**
 * Median of 3 cold runs of an engine, each in a fresh process.
 */
function coldRuns(engine: 'glosa' | 'textlint'): Sample {
  const script = path.join(here, 'terms-cold.ts')
  const samples = Array.from({length: 3}, () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', script, engine], {encoding: 'utf8'})
    return JSON.parse(output) as Sample
  })
  return middleSample(samples)
}

async function runTextlint(text: string, terms: string[]): Promise<number> {
  const kernel = new TextlintKernel()
  const result = await kernel.lintText(text, {
    filePath: path.join(here, 'bench.md'),
    ext: '.md',
    // Note: the plugin is CommonJS; tsx may hand us its module namespace.
    plugins: [{pluginId: 'markdown', plugin: markdownProcessor()}],
    rules: [{ruleId: 'terminology', rule: terminology, options: {defaultTerms: false, terms}}]
  })
  return result.messages.length
}

async function runNlcst(text: string, terms: string[]): Promise<number> {
  let count = 0
  const searchTerms = () => (tree: never) => {
    search(tree, terms, () => {
      count++
    })
  }

  const processor = unified()
    .use(remarkParse)
    .use(remarkRetext, unified().use(retextLatin).use(searchTerms as never) as never)
  await processor.run(processor.parse(text))
  return count
}

/**
 * The markdown plugin (CommonJS: tsx may hand us its module namespace).
 */
function markdownProcessor(): never {
  const module = markdownPlugin as unknown as {default?: unknown}
  return (module.default ?? module) as never
}

/** Wall and CPU time of one run, in ms. */
interface Sample {
  wall: number
  cpu: number
}

function sample(task: () => unknown): Sample {
  const cpu = process.cpuUsage()
  const start = performance.now()
  task()
  const used = process.cpuUsage(cpu)
  return {wall: performance.now() - start, cpu: (used.user + used.system) / 1000}
}

async function timed(pause: boolean, task: () => Promise<unknown>): Promise<Sample> {
  if (pause) await collect()
  const cpu = process.cpuUsage()
  const start = performance.now()
  await task()
  const used = process.cpuUsage(cpu)
  return {wall: performance.now() - start, cpu: (used.user + used.system) / 1000}
}

/**
 * Collect garbage and pause, as between two runs of a command: a sample pays
 * only for its own garbage, and V8 has dropped the regular expressions it
 * compiled for the sample before.
 */
async function collect(): Promise<void> {
  gc()
  await new Promise((resolve) => {
    setTimeout(resolve, 50)
  })
}

function repeatSample(runs: number, task: () => unknown): Sample[] {
  task()
  return Array.from({length: runs}, () => sample(task))
}

function add(a: Sample, b: Sample): Sample {
  return {wall: a.wall + b.wall, cpu: a.cpu + b.cpu}
}

function middleSample(samples: Sample[]): Sample {
  return {wall: middle(samples.map((item) => item.wall)), cpu: middle(samples.map((item) => item.cpu))}
}

function show(value: Sample): string {
  return ms(value.wall) + ' (' + ms(value.cpu) + ')'
}

function ratio(peer: Sample, ours: Sample): string {
  return times(peer.wall / ours.wall) + ' / ' + times(peer.cpu / ours.cpu)
}

function times(value: number): string {
  return value.toFixed(value < 10 ? 1 : 0) + '×'
}

function metacharacterTerms(count: number): string[] {
  const pieces = ['(.*)', '+', '[a-z]', '\\d', '$', '^', '|', '?', '{2,}', '.*+', '(?:', ')', '\\', '**', '[^]']
  return Array.from({length: count}, (_, index) => {
    const a = pieces[index % pieces.length]!
    const b = pieces[Math.floor(index / pieces.length) % pieces.length]!
    return a + ' ' + b + ' m' + index
  })
}

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length))
}

function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function ms(value: number): string {
  return value < 10 ? value.toFixed(1) : value.toFixed(0)
}

function mbps(length: number, time: number): string {
  return (length / 1024 / 1024 / (time / 1000)).toFixed(1)
}

