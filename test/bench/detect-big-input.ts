/**
 * Benchmark: `tagTokens` and `detectLanguage` on 1, 10 and 100 MB generated
 * inputs. Time must grow linearly with size: MB/s should stay about flat.
 *
 * Each size runs in a fresh Node process (with a large heap: 100 MB of text
 * is about 20 million tokens, each returned as a tag object).
 *
 * Run: `npx tsx test/bench/detect-big-input.ts [--sizes 1,10,100] [--write]`
 * (`--write` replaces the “Big inputs” section of
 * `test/bench/results/detect.md`).
 */

import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const results = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'results', 'detect.md')
const heading = '## Big inputs'
const lines: string[] = []

/**
 * Print a line and keep it.
 *
 * @param line
 *   Text.
 */
function print(line: string): void {
  lines.push(line)
  console.log(line)
}

const pieces = [
  'La Guardia Nacional llegó a Culiacán el martes por la noche.',
  'The Attorney General said the investigation would continue.',
  'La @FGRMexico informó que detuvo a 3 personas en #Sinaloa 🇲🇽',
  'Me dijo que just enjoy the moment y ya jajaja',
  'Sheinbaum said there is “coordinación sin subordinación” with the US.',
  'Según la fiscalía, los hechos ocurrieron el 15 de mayo de 2025 https://example.com/nota',
  'Officials from ICE and HSI met with the SSPC in Mexico City.',
  'el numero de telefono no aparece en el expediente',
  'Le gouvernement a annoncé de nouvelles mesures.'
]

/**
 * Generate about `megabytes` MB of mixed text (deterministic; numbers vary so
 * not every token repeats).
 *
 * @param megabytes
 *   Size in MB (millions of UTF-16 code units).
 * @returns
 *   Text.
 */
function generate(megabytes: number): string {
  const target = megabytes * 1_000_000
  const parts: string[] = []
  let length = 0
  let seed = 1

  while (length < target) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    const piece = pieces[seed % pieces.length] + ' ' + (seed % 10_000) + (seed % 7 === 0 ? '\n' : ' ')
    parts.push(piece)
    length += piece.length
  }

  return parts.join('')
}

/**
 * Measure one size in this process and print a JSON line.
 *
 * @param megabytes
 *   Size in MB.
 */
async function child(megabytes: number): Promise<void> {
  const {detectLanguage, tagTokens} = await import('../../src/detect/index.js')
  const text = generate(megabytes)
  detectLanguage('warm up la casa the house')
  let start = performance.now()
  const result = detectLanguage(text)
  const detect = performance.now() - start
  start = performance.now()
  const tags = tagTokens(text)
  const tag = performance.now() - start
  console.log(JSON.stringify({megabytes, detect, tag, tags: tags.length, lang: result.lang}))
}

/** Spawn one process per size and print MB/s. */
function main(): void {
  const flag = process.argv.indexOf('--sizes')
  const sizes = (flag >= 0 ? (process.argv[flag + 1] ?? '') : '1,10,100').split(',').map(Number)
  print('| input | tokens | detectLanguage | MB/s | tagTokens | MB/s |')
  print('| ---: | ---: | ---: | ---: | ---: | ---: |')

  for (const megabytes of sizes) {
    const result = spawnSync(
      process.execPath,
      ['--max-old-space-size=12000', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(megabytes)],
      {encoding: 'utf8', maxBuffer: 1e7}
    )
    const line = result.stdout.trim().split('\n').at(-1) ?? ''
    if (result.status !== 0 || !line.startsWith('{')) {
      print(`| ${megabytes} MB | failed: ${(result.stderr || line).slice(0, 200)} |`)
      continue
    }

    const data = JSON.parse(line) as {detect: number; tag: number; tags: number}
    print(
      `| ${megabytes} MB | ${data.tags.toLocaleString('en')} | ${(data.detect / 1000).toFixed(2)} s | ${(megabytes / (data.detect / 1000)).toFixed(2)} | ${(data.tag / 1000).toFixed(2)} s | ${(megabytes / (data.tag / 1000)).toFixed(2)} |`
    )
  }

  if (process.argv.includes('--write')) write()
}

/** Replace the big-input section of the results file. */
function write(): void {
  const existing = fs.existsSync(results) ? fs.readFileSync(results, 'utf8') : '# Detection benchmark\n'
  const before = existing.split('\n' + heading + '\n')[0]?.trimEnd() ?? ''
  const section = `${heading}\n\nCommand: \`npx tsx test/bench/detect-big-input.ts --write\` (node ${process.version}, ${new Date().toISOString().slice(0, 10)}).\n\n${lines.join('\n')}\n`
  fs.writeFileSync(results, before + '\n\n' + section)
}

const childFlag = process.argv.indexOf('--child')
if (childFlag >= 0) await child(Number(process.argv[childFlag + 1]))
else main()
