/**
 * One cold run of one engine in this process (for `terms-speed.ts`): the
 * engine is imported, then timed on its first call, on the speed bench's
 * document and 10,000 terms. Prints `{"wall", "cpu", "hits"}` (ms).
 *
 * Run: `npx tsx test/bench/terms-cold.ts glosa|textlint`.
 */

import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {repeat, termGlossary, termMaker} from './terms-input.js'

const engine = process.argv[2]
const document = repeat(57 * 1024)
const terms = termMaker(document)(10_000)
const glossary = termGlossary(terms)
let run: () => Promise<number>

if (engine === 'glosa') {
  const {matchTerms} = await import('../../src/match/index.js')
  run = async () => matchTerms(document, {glossary}).length
} else if (engine === 'textlint') {
  const {TextlintKernel} = await import('@textlint/kernel')
  const markdown = (await import('@textlint/textlint-plugin-markdown')) as {default?: unknown}
  // @ts-expect-error: the rule ships no types.
  const terminology = (await import('textlint-rule-terminology')) as {default?: unknown}
  run = async () => {
    const result = await new TextlintKernel().lintText(document, {
      filePath: path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench.md'),
      ext: '.md',
      plugins: [{pluginId: 'markdown', plugin: (markdown.default ?? markdown) as never}],
      rules: [{ruleId: 'terminology', rule: (terminology.default ?? terminology) as never, options: {defaultTerms: false, terms}}]
    })
    return result.messages.length
  }
} else {
  throw new Error('Unexpected engine `' + engine + "`, expected `'glosa'` or `'textlint'`")
}

const cpu = process.cpuUsage()
const start = performance.now()
const hits = await run()
const used = process.cpuUsage(cpu)
console.log(JSON.stringify({wall: performance.now() - start, cpu: (used.user + used.system) / 1000, hits}))
