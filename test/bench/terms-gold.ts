/**
 * Build the gold files of the term quality bench.
 *
 * Reads `test/fixtures/terms-bench/*.ann.md`, where every glossary-concept
 * mention is written `{{surface|concept-id}}`, and writes next to each the
 * plain article (`<name>.md`) and its gold annotations (`<name>.json`:
 * `{lang, gold: [{start, end, entry, text}]}` with UTF-16 offsets).
 *
 * Run: `npx tsx test/bench/terms-gold.ts`.
 */

import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/terms-bench')
const annotation = /\{\{([^|}]+)\|([a-z0-9-]+)\}\}/g

for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.ann.md')).sort()) {
  const source = fs.readFileSync(path.join(folder, name), 'utf8')
  const base = name.slice(0, -'.ann.md'.length)
  const lang = base.split('.').at(-1)
  const gold: Array<{start: number; end: number; entry: string; text: string}> = []
  let text = ''
  let last = 0

  for (const match of source.matchAll(annotation)) {
    text += source.slice(last, match.index)
    const surface = match[1]!
    gold.push({start: text.length, end: text.length + surface.length, entry: match[2]!, text: surface})
    text += surface
    last = match.index + match[0].length
  }

  text += source.slice(last)
  if (text.includes('{{') || text.includes('}}')) throw new Error('Unclosed annotation in `' + name + '`')
  fs.writeFileSync(path.join(folder, base + '.md'), text)
  fs.writeFileSync(path.join(folder, base + '.json'), JSON.stringify({lang, gold}, null, 2) + '\n')
  console.log(base, gold.length, 'mentions')
}
