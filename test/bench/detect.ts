/**
 * Benchmark: glosa's Spanish/English detection next to eld and franc.
 *
 * Reads `../shared/dev-data/langid` (measurement data, never shipped) and runs
 * all peers in one process:
 * - glosa: `detectLanguage` (items), `tagTokens` (code-switched tweets);
 * - eld 2.1 with its large model (`import {eld} from 'eld/large'`, a static
 *   entry with the large n-gram database preloaded), restricted with
 *   `setLanguageSubset(['es', 'en'])`; an empty `language` counts as wrong.
 *   A second, unrestricted instance (`eld.newInstance()`) answers the rejection
 *   set, where any language other than es/en counts as a rejection;
 * - franc 6.2 restricted to `only: ['spa', 'eng']` with `minLength: 1` (its
 *   default of 10 would answer `und` for every short item).
 *
 * Scoring of code-switched tweets (`codeswitch-tokens.jsonl`): tokens labelled
 * `es` or `en` are scored, and `borrowing` counts as `es` (the corpus treats
 * borrowings as Spanish lexicon). `ne` (named entities), `other` and
 * `other-lang` tokens are not scored; separately we report how many `ne`
 * tokens glosa tags as language-less (`other`). A gold token is matched to the
 * glosa tag that contains its first character; a glosa tag of `other` on an
 * `es`/`en` token is wrong. eld and franc are scored per token (each token
 * detected alone) and projected (the whole tweet's label on every token).
 *
 * Run: `npx tsx test/bench/detect.ts [--write]` (`--write` saves the output
 * to `test/bench/results/detect.md`).
 */

import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {eld} from 'eld/large'
import {franc} from 'franc'
import {detectLanguage, tagTokens} from '../../src/detect/index.js'
import type {LanguageResult} from '../../src/types.js'

type Guess = 'es' | 'en' | 'und'

interface Item {
  text: string
  lang: string
  kind: string
}

interface CodeswitchTweet {
  text: string
  tokens: string[]
  labels: string[]
  offsets: Array<[number, number]>
}

interface Peer {
  name: string
  detect(text: string): Guess
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dataDirectory = path.resolve(root, '../shared/dev-data/langid')
const lines: string[] = []

const eldPair = eld.newInstance()
eldPair.setLanguageSubset(['es', 'en'])
const eldFull = eld.newInstance()

const peers: Peer[] = [
  {name: 'glosa', detect: (text) => forced(detectLanguage(text))},
  {name: 'glosa (und counts)', detect: (text) => detectLanguage(text).lang},
  {name: 'eld', detect: (text) => toGuess(eldPair.detect(text).language)},
  {name: 'franc', detect: (text) => fromFranc(franc(text, {only: ['spa', 'eng'], minLength: 1}))}
]

/**
 * Find a peer by name.
 *
 * @param name
 *   Name.
 * @returns
 *   Peer.
 */
function peerNamed(name: string): Peer {
  const peer = peers.find((candidate) => candidate.name === name)
  if (!peer) throw new Error('Unexpected peer `' + name + '`')
  return peer
}

/**
 * Print a line and keep it for the results file.
 *
 * @param line
 *   Text.
 */
function print(line = ''): void {
  lines.push(line)
  console.log(line)
}

/**
 * The forced Spanish/English choice of a glosa result (argmax of `scores`;
 * `und` only when the scores are even, that is without evidence).
 *
 * @param result
 *   Result of `detectLanguage`.
 * @returns
 *   Guess.
 */
function forced(result: LanguageResult): Guess {
  const {es, en} = result.scores
  return es > en ? 'es' : en > es ? 'en' : 'und'
}

/**
 * Map an ISO 639-1 answer to a guess.
 *
 * @param code
 *   Answer.
 * @returns
 *   Guess.
 */
function toGuess(code: string): Guess {
  return code === 'es' || code === 'en' ? code : 'und'
}

/**
 * Map a franc answer to a guess.
 *
 * @param code
 *   ISO 639-3 code.
 * @returns
 *   Guess.
 */
function fromFranc(code: string): Guess {
  return code === 'spa' ? 'es' : code === 'eng' ? 'en' : 'und'
}

/**
 * Read a JSONL file of the data set.
 *
 * @param name
 *   File name.
 * @returns
 *   Parsed lines.
 */
function read<T>(name: string): T[] {
  return fs
    .readFileSync(path.join(dataDirectory, name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T)
}

/**
 * Length bucket of a text.
 *
 * @param text
 *   Text.
 * @returns
 *   Bucket label.
 */
function bucket(text: string): string {
  return text.length <= 30 ? '≤30' : text.length <= 80 ? '31–80' : '>80'
}

/**
 * Format a percentage.
 *
 * @param correct
 *   Correct count.
 * @param total
 *   Total.
 * @returns
 *   Percentage with two decimals.
 */
function percent(correct: number, total: number): string {
  return total === 0 ? '–' : ((100 * correct) / total).toFixed(2) + '%'
}

/** A row of the accuracy table. */
interface Row {
  label: string
  total: number
  correct: Record<string, number>
}

/**
 * Score peers on groups of items.
 *
 * @param groups
 *   Label → items.
 * @returns
 *   Rows.
 */
function scoreGroups(groups: Map<string, Item[]>): Row[] {
  return [...groups].map(([label, items]) => {
    const correct: Record<string, number> = {}
    for (const peer of peers) {
      correct[peer.name] = items.filter((item) => peer.detect(item.text) === item.lang).length
    }

    return {label, total: items.length, correct}
  })
}

/**
 * Print rows as a markdown table with glosa/eld ratios.
 *
 * @param rows
 *   Rows.
 */
function printRows(rows: Row[]): void {
  print('| kind × length | n | ' + peers.map((peer) => peer.name).join(' | ') + ' | glosa/eld |')
  print('| --- | ---: | ' + peers.map(() => '---:').join(' | ') + ' | ---: |')
  for (const row of rows) {
    const cells = peers.map((peer) => percent(row.correct[peer.name] ?? 0, row.total))
    const ratio = (row.correct.glosa ?? 0) / Math.max(1, row.correct.eld ?? 0)
    print(`| ${row.label} | ${row.total} | ${cells.join(' | ')} | ${ratio.toFixed(3)} |`)
  }
}

/**
 * Group items of all es/en files by kind and length bucket, plus the goal groups.
 *
 * @returns
 *   Table groups and goal groups.
 */
function groupItems(): {table: Map<string, Item[]>; goals: Map<string, Item[]>} {
  const table = new Map<string, Item[]>()
  const goals = new Map<string, Item[]>()
  const add = (map: Map<string, Item[]>, key: string, item: Item) => {
    const list = map.get(key) ?? []
    list.push(item)
    map.set(key, list)
  }

  for (const file of ['words', 'word-pairs', 'phrases', 'sentences', 'tweets', 'token-spans']) {
    for (const item of read<Item>(file + '.jsonl')) {
      const short = file === 'words' || file === 'word-pairs'
      add(table, short ? file : `${file} ${bucket(item.text)}`, item)
      const words = item.text.split(/\s+/).length
      if (file === 'words') add(goals, 'single words', item)
      if (file === 'word-pairs' || (file === 'phrases' && words <= 3)) add(goals, '2–3 words', item)
      if (file === 'phrases' || file === 'sentences') add(goals, `${bucket(item.text)} chars (phrases + sentences)`, item)
      if (file === 'sentences') add(goals, 'sentences (all)', item)
      if (file === 'tweets' || file === 'token-spans') add(goals, file, item)
    }
  }

  return {table, goals}
}

/**
 * Score code-switched tweets per token.
 *
 * @param mixedOnly
 *   Only tweets with both `es` and `en` tokens.
 */
function scoreCodeswitch(tweets: CodeswitchTweet[], mixedOnly: boolean): void {
  const counts = {total: 0, glosa: 0, eldToken: 0, eldProjected: 0, francToken: 0, francProjected: 0, ne: 0, neOther: 0}

  for (const tweet of tweets) {
    if (mixedOnly && !(tweet.labels.includes('es') && tweet.labels.includes('en'))) continue
    const tags = tagTokens(tweet.text)
    const owner = new Int32Array(tweet.text.length).fill(-1)
    tags.forEach((tag, index) => owner.fill(index, tag.start, tag.end))
    const eldWhole = peerNamed('eld').detect(tweet.text)
    const francWhole = peerNamed('franc').detect(tweet.text)
    tweet.tokens.forEach((token, index) => {
      const label = tweet.labels[index] === 'borrowing' ? 'es' : tweet.labels[index]
      const start = tweet.offsets[index]?.[0] ?? 0
      const tag = tags[owner[start] ?? -1]
      if (label === 'ne') {
        counts.ne++
        if (!tag || tag.lang === 'other') counts.neOther++
        return
      }

      if (label !== 'es' && label !== 'en') return
      counts.total++
      if (tag?.lang === label) counts.glosa++
      if (peerNamed('eld').detect(token) === label) counts.eldToken++
      if (eldWhole === label) counts.eldProjected++
      if (peerNamed('franc').detect(token) === label) counts.francToken++
      if (francWhole === label) counts.francProjected++
    })
  }

  const name = mixedOnly ? 'codeswitch tokens (tweets with es+en)' : 'codeswitch tokens (all tweets)'
  print(
    `| ${name} | ${counts.total} | ${percent(counts.glosa, counts.total)} | ${percent(counts.eldToken, counts.total)} | ${percent(counts.eldProjected, counts.total)} | ${percent(counts.francToken, counts.total)} | ${percent(counts.francProjected, counts.total)} | ${(counts.glosa / counts.eldToken).toFixed(3)} | ${percent(counts.neOther, counts.ne)} |`
  )
}

/** Score the rejection set and the es/en sentences that must stay es/en. */
function scoreRejection(): void {
  const items = read<Item>('rejection-sentences.jsonl')
  const languages = [...new Set(items.map((item) => item.lang))]
  print('| rejection set | n | glosa `und` | glosa not `es` | eld (es/en) not `es` | eld (all 60 languages) not es/en | franc (spa/eng) not `es` |')
  print('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const language of [...languages, 'all']) {
    const subset = items.filter((item) => language === 'all' || item.lang === language)
    const glosa = subset.map((item) => detectLanguage(item.text).lang)
    const eldFullAnswers = subset.map((item) => toGuess(eldFull.detect(item.text).language))
    print(
      `| ${language} | ${subset.length} | ${percent(glosa.filter((lang) => lang === 'und').length, subset.length)} | ${percent(glosa.filter((lang) => lang !== 'es').length, subset.length)} | ${percent(subset.filter((item) => peerNamed('eld').detect(item.text) !== 'es').length, subset.length)} | ${percent(eldFullAnswers.filter((lang) => lang === 'und').length, subset.length)} | ${percent(subset.filter((item) => peerNamed('franc').detect(item.text) !== 'es').length, subset.length)} |`
    )
  }

  const sentences = read<Item>('sentences.jsonl')
  const kept = sentences.filter((item) => detectLanguage(item.text).lang === item.lang).length
  const eldKept = sentences.filter((item) => toGuess(eldFull.detect(item.text).language) === item.lang).length
  print()
  print(`es/en sentences still given their language by glosa (with rejection on): ${percent(kept, sentences.length)} (eld, all 60 languages: ${percent(eldKept, sentences.length)})`)
}

/**
 * Items per second of each peer on short items (words and word pairs).
 */
function measureSpeed(): void {
  const items = [...read<Item>('words.jsonl'), ...read<Item>('word-pairs.jsonl')].map((item) => item.text)
  const cells: string[] = []
  for (const peer of peers.filter((candidate) => candidate.name !== 'glosa (und counts)')) {
    for (const text of items.slice(0, 200)) peer.detect(text)
    const start = performance.now()
    let count = 0
    while (performance.now() - start < 1000) {
      for (const text of items) peer.detect(text)
      count += items.length
    }

    cells.push(`${peer.name} ${Math.round(count / ((performance.now() - start) / 1000)).toLocaleString('en')}/s`)
  }

  print('Items per second on short items (words and word pairs, repeated for ≥ 1 s; glosa caches word scores): ' + cells.join(', '))
}

/**
 * Time importing a built entry (`glosa/detect` or `glosa`, from `dist/`, as a
 * user's code resolves it) plus a first `detectLanguage` call, in fresh node
 * processes.
 *
 * @param entry
 *   Specifier to import.
 * @returns
 *   Median wall and CPU milliseconds of 7 runs, or `undefined` without a build.
 */
function measureColdStart(entry: string): {wall: number; cpu: number} | undefined {
  if (!fs.existsSync(path.join(root, 'dist/detect.js'))) return undefined
  const script = `const c=process.cpuUsage();const t=performance.now();const m=await import(${JSON.stringify(entry)});m.detectLanguage('La FGR dijo que no');const u=process.cpuUsage(c);console.log(performance.now()-t, (u.user+u.system)/1000)`
  const wall: number[] = []
  const cpu: number[] = []
  for (let run = 0; run < 7; run++) {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: root, encoding: 'utf8'})
    const [time, used] = result.stdout.trim().split(' ').map(Number)
    wall.push(time ?? Number.NaN)
    cpu.push(used ?? Number.NaN)
  }

  return {wall: median(wall), cpu: median(cpu)}
}

/**
 * Median of numbers.
 *
 * @param values
 *   Numbers.
 * @returns
 *   Median.
 */
function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
}

/** Run the benchmark. */
async function main(): Promise<void> {
  if (!fs.existsSync(dataDirectory)) {
    console.log(`Skipping the detection benchmark: no data at ${dataDirectory}`)
    return
  }

  const {table, goals} = groupItems()
  print('### Accuracy by kind and length (es/en items)')
  print()
  print('`glosa` is the forced Spanish/English choice (argmax of `scores`), as eld and franc restricted to es/en; `glosa (und counts)` counts an `und` answer (rejection as another language) as wrong. An empty eld answer counts as wrong.')
  print()
  printRows(scoreGroups(table))
  print()
  print('### Goal groups')
  print()
  printRows(scoreGroups(goals))
  print()
  print('### Code-switched tweets, per token')
  print()
  print('| set | tokens | glosa | eld per token | eld projected | franc per token | franc projected | glosa/eld (per token) | `ne` tokens glosa tags `other` |')
  print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  const tweets = read<CodeswitchTweet>('codeswitch-tokens.jsonl')
  scoreCodeswitch(tweets, false)
  scoreCodeswitch(tweets, true)
  print()
  print('### Rejection of other languages')
  print()
  scoreRejection()
  print()
  print('### Speed and size')
  print()
  measureSpeed()
  const load = `machine load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`
  for (const entry of ['glosa/detect', 'glosa']) {
    const cold = measureColdStart(entry)
    print(
      cold
        ? `Cold import of \`${entry}\` + first \`detectLanguage\` call (fresh node process, built dist, median of 7): ${cold.wall.toFixed(1)} ms wall, ${cold.cpu.toFixed(1)} ms CPU (${load})`
        : `Cold import of \`${entry}\`: not measured (run \`npm run build\` first)`
    )
  }
  const size = ['model-data.ts', 'trigram-data.ts'].map((name) => fs.statSync(path.join(root, 'src/detect', name)).size)
  print(`glosa model data (src/detect/model-data.ts + trigram-data.ts): ${(size[0]! + size[1]!).toLocaleString('en')} bytes`)

  if (process.argv.includes('--write')) {
    const header = `# Detection benchmark\n\nCommand: \`npx tsx test/bench/detect.ts --write\` (node ${process.version}, ${new Date().toISOString().slice(0, 10)}).\nData: ../shared/dev-data/langid (measurement only).\n\n`
    const file = path.join(root, 'test/bench/results/detect.md')
    const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
    const big = existing.includes('\n## Big inputs\n') ? '\n## Big inputs\n' + existing.split('\n## Big inputs\n')[1] : ''
    fs.writeFileSync(file, header + lines.join('\n') + '\n' + big)
  }
}

await main()
