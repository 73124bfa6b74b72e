/**
 * Alignment benchmark: `npm run bench:align` (`npx tsx test/bench/align.ts`).
 *
 * Reads ../shared/dev-data/align (WMT news 2008–2009 es–en, never shipped),
 * builds seeded tasks and prints glosa next to a Gale–Church baseline:
 * document alignment (link F1 with 15% of sentences deleted or merged) and
 * quote finding (pair F1 and 'none' accuracy). The dev split (news-test2008)
 * is the one settings were tuned on; the other sets are held out.
 *
 * Flags: `--fit` (fit the pair-score calibration on the dev split),
 * `--speed-only`, `--no-speed`.
 */
import fs from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {alignTexts, galeChurch, type AlignedBead} from '../../src/align/align-texts.js'
import {defaultCalibration, type Calibration} from '../../src/align/calibration.js'
import {pairSegments, type PairSegmentsOptions} from '../../src/align/pair-segments.js'
import type {Segment} from '../../src/types.js'
import {documentTask, f1, quoteTask, type Document, type QuoteTask} from './align-tasks.js'
import {mulberry32} from './random.js'
import {fitCalibration} from './align-fit.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const file = path.resolve(root, '../shared/dev-data/align/wmt-news-2008-2009.es-en.jsonl')
const flags = new Set(process.argv.slice(2))
const calibrationFlag = process.argv.find((d) => d.startsWith('--calibration='))
const calibration = calibrationFlag ? {...defaultCalibration, ...(JSON.parse(calibrationFlag.slice(14)) as Partial<Calibration>)} : undefined

if (!fs.existsSync(file)) {
  console.log('Note: %s is absent; the alignment bench needs the dev data. Skipping.', file)
  process.exit(0)
}

const documents: Document[] = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Document)
const splits: Record<string, Document[]> = {
  'dev (news-test2008)': documents.filter((d) => d.set === 'news-test2008'),
  'held-out (newstest2009 + newssyscomb2009)': documents.filter((d) => d.set !== 'news-test2008')
}

if (flags.has('--fit')) {
  const top = Number(process.argv.find((d) => d.startsWith('--top='))?.slice(6) ?? 3)
  fitCalibration(splits['dev (news-test2008)']!, top, flags.has('--quick'))
  process.exit(0)
}

if (!flags.has('--speed-only')) {
  for (const [name, split] of Object.entries(splits)) {
    console.log('\n## %s: %d documents, %d sentence pairs\n', name, split.length, count(split))
    if (!flags.has('--quote-only')) documentBench(split)
    quoteBench(split)
  }
}

if (!flags.has('--no-speed')) speedBench()

/**
 * Document alignment: link F1 of glosa and Gale–Church, three seeded tasks per document.
 */
function documentBench(split: Document[]): void {
  const methods: Record<string, (es: string[], en: string[]) => AlignedBead[]> = {
    glosa: (es, en) => alignTexts(es, en),
    'glosa, no lexicon': (es, en) => alignTexts(es, en, {lexicon: false}),
    'Gale–Church': galeChurch
  }
  const totals = Object.fromEntries(Object.keys(methods).map((d) => [d, {found: 0, predicted: 0, gold: 0, time: 0}]))

  for (const [index, document] of split.entries()) {
    for (let seed = 0; seed < 3; seed++) {
      const task = documentTask(document, mulberry32(index * 7919 + seed * 104_729 + 1))
      for (const [name, method] of Object.entries(methods)) {
        const start = performance.now()
        const beads = method(task.es, task.en)
        totals[name]!.time += performance.now() - start
        const links = beadLinks(beads)
        let found = 0
        for (const link of links) if (task.gold.has(link)) found++
        totals[name]!.found += found
        totals[name]!.predicted += links.size
        totals[name]!.gold += task.gold.size
      }
    }
  }

  console.log('Document alignment (15% of sentences deleted or merged, 3 seeds per document):\n')
  console.log('| method | precision | recall | link F1 | time |')
  console.log('| --- | ---: | ---: | ---: | ---: |')
  for (const [name, total] of Object.entries(totals)) {
    const score = f1(total.found, total.predicted, total.gold)
    console.log('| %s | %s | %s | **%s** | %s ms |', name, fixed(score.precision), fixed(score.recall), fixed(score.f1), total.time.toFixed(0))
  }
}

/**
 * Quote finding: pair F1 and 'none' accuracy, three seeded tasks per document
 * (and three with a two-sentence quote).
 */
function quoteBench(split: Document[]): void {
  const seeds = {plain: 7, merged: 99, context: 313}
  const titles = {
    plain: '',
    merged: ' with two-sentence quotes (1–2 pairs)',
    context: ' with English context (the English sentence carries the next one too)'
  }
  const methods: Record<string, (task: QuoteTask) => Set<string>> = {
    glosa: (task) => pairLinks(task.segments, calibration ? {calibration} : {}),
    'glosa, no lexicon (cognates, numbers, names)': (task) => pairLinks(task.segments, {lexicon: false}),
    'Gale–Church (1–1 beads of es vs en)': (task) => beadPairs(task.segments)
  }

  for (const variant of ['plain', 'merged', 'context'] as const) {
    const totals = Object.fromEntries(Object.keys(methods).map((d) => [d, {found: 0, predicted: 0, gold: 0, none: 0, unrelated: 0, time: 0}]))
    let tasks = 0
    for (const [index, document] of split.entries()) {
      for (let seed = 0; seed < 3; seed++) {
        const task = quoteTask(document, mulberry32(index * 6151 + seed * 3571 + seeds[variant]), variant)
        if (!task) continue
        tasks++
        for (const [name, method] of Object.entries(methods)) {
          const start = performance.now()
          const links = method(task)
          const total = totals[name]!
          total.time += performance.now() - start
          for (const link of links) if (task.gold.has(link)) total.found++
          total.predicted += links.size
          total.gold += task.gold.size
          const paired = new Set([...links].map((d) => d.split('→')[0]))
          total.none += task.unrelated.filter((d) => !paired.has(d)).length
          total.unrelated += task.unrelated.length
        }
      }
    }

    console.log('\nQuote finding%s, %d tasks:\n', titles[variant], tasks)
    console.log("| method | precision | recall | pair F1 | 'none' accuracy | time |")
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
    for (const [name, total] of Object.entries(totals)) {
      const score = f1(total.found, total.predicted, total.gold)
      console.log(
        '| %s | %s | %s | **%s** | **%s** | %s ms |',
        name,
        fixed(score.precision),
        fixed(score.recall),
        fixed(score.f1),
        fixed(total.none / total.unrelated),
        total.time.toFixed(0)
      )
    }
  }
}

/**
 * Speed and bad input.
 */
function speedBench(): void {
  console.log('\n## Speed and bad input\n')
  const all = documents.flatMap((d) => d.es.map((es, k) => [es, d.en[k]!] as const))
  const bitext = Array.from({length: 10_000}, (_, k) => all[k % all.length]!)
  const random = mulberry32(42)
  const task = documentTask({docid: 'all', set: 'all', es: bitext.map((d) => d[0]), en: bitext.map((d) => d[1])}, random)
  alignTexts(task.es.slice(0, 50), task.en.slice(0, 50))

  console.log('Wall time is shared-machine time; CPU time is this process only.\n')
  console.log('| case | sizes | wall time | CPU time | heap + buffers delta | result |')
  console.log('| --- | --- | ---: | ---: | ---: | --- |')
  const score = (beads: AlignedBead[]) => {
    const links = beadLinks(beads)
    let found = 0
    for (const link of links) if (task.gold.has(link)) found++
    return 'link F1 ' + fixed(f1(found, links.size, task.gold.size).f1)
  }

  measure('10k-pair bitext, 15% edited (first call: cold caches, JIT)', task.es, task.en, score)
  measure('10k-pair bitext, 15% edited (again: warm)', task.es, task.en, score)
  measure('10k-pair bitext, Gale–Church', task.es, task.en, () => 'baseline', galeChurch)
  const long = Array.from({length: 100_000}, (_, k) => all[k % all.length]![0])
  measure('100k Spanish sentences vs 10 English', long, bitext.slice(0, 10).map((d) => d[1]), summary)
  measure('100k Spanish sentences vs none', long, [], summary)
  const same = Array.from({length: 2000}, () => 'El presidente dijo que no.')
  measure('2,000 identical sentences each side', same, same.map(() => 'The president said no.'), summary)
  const numbers = Array.from({length: 1000}, (_, k) => String(k * 7) + ' ' + String(k))
  const handles = Array.from({length: 1000}, (_, k) => '@user' + k + ' #tag' + (k % 10))
  measure('numbers-only vs handles-only sentences', numbers, handles, summary)
  measure('numbers-only both sides (1,000)', numbers, numbers.map((d) => d.replace(' ', ', ')), summary)
  articleSpeed(all)
}

/**
 * Time `alignTexts` (or `method`) on one input; print a table row.
 */
function measure(
  name: string,
  es: string[],
  en: string[],
  describe: (beads: AlignedBead[]) => string,
  method: (es: string[], en: string[]) => AlignedBead[] = alignTexts
): void {
  globalThis.gc?.()
  const before = memory()
  const cpu = process.cpuUsage()
  const start = performance.now()
  const beads = method(es, en)
  const time = performance.now() - start
  const used = process.cpuUsage(cpu)
  const delta = memory() - before
  console.log(
    '| %s | %d × %d | %s ms | %s ms | %s MB | %s |',
    name,
    es.length,
    en.length,
    time.toFixed(0),
    ((used.user + used.system) / 1000).toFixed(0),
    (delta / 1e6).toFixed(1),
    describe(beads)
  )
}

/**
 * Time `pairSegments` on 200-segment articles built from the data: a typical
 * one (180 English sentences, 20 Spanish quotes of some of them) and a worst
 * case (100 of each, every Spanish one a translation).
 */
function articleSpeed(all: ReadonlyArray<readonly [string, string]>): void {
  const typical = article(all, 2000, 180, (k) => (k % 9 === 4 ? k : undefined))
  const worst = article(all, 1000, 100, (k) => (k + 3) % 100)
  for (const [name, segments] of [
    ['article of 200 segments (180 en, 20 es quotes)', typical],
    ['article of 200 segments (100 en, 100 es)', worst]
  ] as const) {
    const es = segments.filter((d) => d.lang === 'es').length
    const sizes = es + ' × ' + (segments.length - es)
    const coldCpu = process.cpuUsage()
    const coldStart = performance.now()
    const pairs = pairSegments(segments, []).pairs.length
    const cold = performance.now() - coldStart
    const coldUsed = process.cpuUsage(coldCpu)
    const warmup = 20
    const runs = 40
    for (let k = 0; k < warmup; k++) pairSegments(segments, [])
    const times: number[] = []
    const cpus: number[] = []
    for (let k = 0; k < runs; k++) {
      const cpu = process.cpuUsage()
      const start = performance.now()
      pairSegments(segments, [])
      times.push(performance.now() - start)
      const used = process.cpuUsage(cpu)
      cpus.push((used.user + used.system) / 1000)
    }

    console.log('| %s, pairSegments, first call | %s | %s ms | %s ms | | %d pairs |', name, sizes, cold.toFixed(1), ((coldUsed.user + coldUsed.system) / 1000).toFixed(1), pairs)
    console.log(
      '| same, steady state (median of %d calls after %d warm-up calls; fastest in brackets) | %s | %s ms | %s ms (%s) | | %d pairs |',
      runs,
      warmup,
      sizes,
      median(times).toFixed(1),
      median(cpus).toFixed(1),
      Math.min(...cpus).toFixed(1),
      pairs
    )
  }
}

/**
 * Build an article of `count` English sentences from `all[from…]`, each
 * followed by the Spanish sentence `spanish(k)` names (if any).
 */
function article(
  all: ReadonlyArray<readonly [string, string]>,
  from: number,
  count: number,
  spanish: (k: number) => number | undefined
): Segment[] {
  const segments: Segment[] = []
  let offset = 0
  const push = (text: string, lang: 'es' | 'en') => {
    segments.push({id: 's' + (segments.length + 1), start: offset, end: offset + text.length, text, lang, confidence: 1, kind: 'sentence'})
    offset += text.length + 2
  }

  for (let k = 0; k < count; k++) {
    push(all[from + k]![1], 'en')
    const other = spanish(k)
    if (other !== undefined) push(all[from + other]![0], 'es')
  }

  return segments
}

function summary(beads: AlignedBead[]): string {
  const kinds = new Map<string, number>()
  for (const bead of beads) {
    const kind = bead.es.length + '–' + bead.en.length
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
  }

  return [...kinds].map(([kind, n]) => kind + ': ' + n).join(', ')
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]!
}

function memory(): number {
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}

function beadLinks(beads: AlignedBead[]): Set<number> {
  const links = new Set<number>()
  for (const bead of beads) for (const es of bead.es) for (const en of bead.en) links.add(es * 1e6 + en)
  return links
}

function pairLinks(segments: Segment[], options: PairSegmentsOptions): Set<string> {
  const links = new Set<string>()
  for (const pair of pairSegments(segments, [], options).pairs) {
    for (const es of pair.es) for (const en of pair.en) links.add(es + '→' + en)
  }

  return links
}

function beadPairs(segments: Segment[]): Set<string> {
  const es = segments.filter((d) => d.lang === 'es')
  const en = segments.filter((d) => d.lang === 'en')
  const links = new Set<string>()
  for (const bead of galeChurch(es.map((d) => d.text), en.map((d) => d.text))) {
    if (bead.es.length === 1 && bead.en.length === 1) links.add(es[bead.es[0]!]!.id + '→' + en[bead.en[0]!]!.id)
  }

  return links
}

function count(split: Document[]): number {
  return split.reduce((total, d) => total + d.es.length, 0)
}

function fixed(value: number): string {
  return value.toFixed(3)
}


