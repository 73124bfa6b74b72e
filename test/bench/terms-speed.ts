/**
 * Speed bench of term matching, side by side with peers in one process.
 *
 * - Same input for all: a ~57 KB markdown document (the quality bench
 *   articles, repeated) and 10,000 exact multiword terms (1,000 taken from the
 *   document, 9,000 synthetic): glosa (index build + search, reported
 *   separately), textlint-rule-terminology (through `@textlint/kernel`) and
 *   the nlcst route alex uses (remark-parse → remark-retext → parse-latin →
 *   nlcst-search).
 * - Glossary size: 1k vs 100k terms on the same document (index built).
 * - Text size: 1 MB and 10 MB.
 * - Bad inputs: regex metacharacters, empty and blank terms, a 1 MB term,
 *   nested and overlapping terms, 100k terms sharing a prefix.
 *
 * Every engine gets one warm-up run. CPU time is process-wide, so it
 * includes the garbage collector's threads (also when they collect another
 * engine's garbage): on a loaded machine expect ±50% between runs.
 *
 * Times are medians; ratios are printed; results go to
 * `test/bench/results/terms.md`. Run: `npx tsx test/bench/terms-speed.ts`.
 */

import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import markdownPlugin from '@textlint/textlint-plugin-markdown'
import {TextlintKernel} from '@textlint/kernel'
import {search} from 'nlcst-search'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextLatin from 'retext-latin'
// @ts-expect-error: the rule ships no types.
import terminology from 'textlint-rule-terminology'
import {unified} from 'unified'
import {buildIndex, getIndex} from '../../src/match/build-index.js'
import {matchTerms} from '../../src/match/index.js'
import type {Concept, Glossary} from '../../src/types.js'
import {makeGlossary} from '../match/glossary.js'
import {writeSection} from './terms-results.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const articles = fs
  .readdirSync(path.resolve(here, '../fixtures/terms-bench'))
  .filter((name) => name.endsWith('.md') && !name.endsWith('.ann.md'))
  .sort()
  .map((name) => fs.readFileSync(path.resolve(here, '../fixtures/terms-bench', name), 'utf8'))
const lines: string[] = []
const log = (line = '') => {
  console.log(line)
  lines.push(line)
}

const document = repeat(57 * 1024)
const vocabulary = [...new Set(document.match(/\p{L}+/gu) ?? [])]
const random = prng(42)
const terms10k = makeTerms(10_000)

log(`Node ${process.version}; document ${(document.length / 1024).toFixed(1)} KB; ${terms10k.length} terms.`)
log()

// 1. Side by side: alternate the engines, fresh glossary objects for glosa
// (so each run builds its index), median wall and CPU time of 5 runs.
const glossary10k = termGlossary(terms10k)
const glosaRuns: Array<{build: Sample; search: Sample}> = []
const textlintRuns: Sample[] = []
const nlcstRuns: Sample[] = []
let hits = 0
let textlintHits = 0
let nlcstHits = 0
await runTextlint(document, terms10k)
await runNlcst(document, terms10k)
matchTerms(document, {glossary: makeGlossary(glossary10k.concepts)})

for (let run = 0; run < 5; run++) {
  const fresh = makeGlossary(glossary10k.concepts)
  const build = sample(() => getIndex(fresh))
  const search = sample(() => {
    hits = matchTerms(document, {glossary: fresh}).length
  })
  glosaRuns.push({build, search})
  textlintRuns.push(await sampleAsync(async () => {
    textlintHits = await runTextlint(document, terms10k)
  }))
  nlcstRuns.push(await sampleAsync(async () => {
    nlcstHits = await runNlcst(document, terms10k)
  }))
}

const build = middleSample(glosaRuns.map((run) => run.build))
const searchTime = middleSample(glosaRuns.map((run) => run.search))
const glosa = middleSample(glosaRuns.map((run) => add(run.build, run.search)))
const textlint = middleSample(textlintRuns)
const nlcst = middleSample(nlcstRuns)

log('## Side by side (57 KB markdown, 10,000 exact multiword terms)')
log()
log('Median of 5 alternating runs; wall time, with CPU time (user + system) in parentheses: the machine is shared, CPU time is the steadier measure.')
log()
log('| engine | build (ms) | search (ms) | total (ms) | hits | glosa faster by (wall / CPU) |')
log('|---|---|---|---|---|---|')
log(`| glosa | ${show(build)} | ${show(searchTime)} | ${show(glosa)} | ${hits} | — |`)
log(`| textlint-rule-terminology 5.2.16 | — | — | ${show(textlint)} | ${textlintHits} | ${ratio(textlint, glosa)} |`)
log(`| remark-retext + nlcst-search (alex's route) | — | — | ${show(nlcst)} | ${nlcstHits} | ${ratio(nlcst, glosa)} |`)
log()
log(`glosa search: ${mbps(document.length, searchTime.wall)} MB/s. (textlint reports only case variants of exact terms, so its hit count differs.)`)
log()

// 2. Glossary size.
const small = termGlossary(makeTerms(1000))
const large = termGlossary(makeTerms(100_000))
const largeBuild = sample(() => getIndex(large))
getIndex(small)
// Note: interleaved runs, so both sizes see the same load on a shared machine.
const smallRuns: Sample[] = []
const largeRuns: Sample[] = []
matchTerms(document, {glossary: small})
matchTerms(document, {glossary: large})
for (let run = 0; run < 11; run++) {
  smallRuns.push(sample(() => matchTerms(document, {glossary: small})))
  largeRuns.push(sample(() => matchTerms(document, {glossary: large})))
}

const smallSearch = middleSample(smallRuns)
const largeSearch = middleSample(largeRuns)
log('## Glossary size (57 KB document, index built beforehand)')
log()
log('| terms | search (ms, wall (CPU)) |')
log('|---|---|')
log(`| 1,000 | ${show(smallSearch)} |`)
log(`| 100,000 | ${show(largeSearch)} (index build ${show(largeBuild)}) |`)
log()
log(`100k / 1k search time: ${(largeSearch.wall / smallSearch.wall).toFixed(2)}× wall, ${(largeSearch.cpu / smallSearch.cpu).toFixed(2)}× CPU (goal ≤ 1.5×).`)
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

async function sampleAsync(task: () => Promise<unknown>): Promise<Sample> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  await task()
  const used = process.cpuUsage(cpu)
  return {wall: performance.now() - start, cpu: (used.user + used.system) / 1000}
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
  return (peer.wall / ours.wall).toFixed(0) + '× / ' + (peer.cpu / ours.cpu).toFixed(0) + '×'
}

/**
 * `count` distinct multiword terms: a tenth from the document, the rest
 * synthetic from its vocabulary (and a few invented words).
 */
function makeTerms(count: number): string[] {
  const words = document.split(/\s+/).filter((word) => /^\p{L}+$/u.test(word))
  const result = new Set<string>()
  for (let tries = 0; result.size < count / 10 && tries < count; tries++) {
    const start = Math.floor(random() * (words.length - 3))
    result.add(words.slice(start, start + 2 + Math.floor(random() * 2)).join(' '))
  }

  while (result.size < count) {
    const length = 2 + Math.floor(random() * 3)
    const parts = Array.from({length}, () => vocabulary[Math.floor(random() * vocabulary.length)]!)
    if (random() < 0.5) parts.push('z' + Math.floor(random() * 1e6).toString(36))
    result.add(parts.join(' '))
  }

  return [...result]
}

function termGlossary(texts: readonly string[]): Glossary {
  const concepts: Concept[] = texts.map((text, index) => ({
    id: 'x-' + index,
    kind: 'other',
    jurisdiction: 'international',
    sources: [],
    terms: [{text, lang: 'en', type: 'fullForm', status: 'preferred', case: 'exact'}]
  }))
  return makeGlossary(concepts)
}

function metacharacterTerms(count: number): string[] {
  const pieces = ['(.*)', '+', '[a-z]', '\\d', '$', '^', '|', '?', '{2,}', '.*+', '(?:', ')', '\\', '**', '[^]']
  return Array.from({length: count}, (_, index) => {
    const a = pieces[index % pieces.length]!
    const b = pieces[Math.floor(index / pieces.length) % pieces.length]!
    return a + ' ' + b + ' m' + index
  })
}

function repeat(size: number): string {
  let text = ''
  let index = 0
  while (text.length < size) text += articles[index++ % articles.length] + '\n\n'
  return text
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

function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}
