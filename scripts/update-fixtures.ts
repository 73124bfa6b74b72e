/**
 * Regenerate the golden outputs of `test/fixtures/<phenomenon>/`:
 * `analysis.json` (the analysis with positions, as `glosa annotate` writes
 * it), `output.html` (`toHtml`) and `annotated.md` (`annotateMarkdown`).
 *
 * Explicit only (`npx tsx scripts/update-fixtures.ts`); CI never runs it.
 * Review the diff before committing: a change is a change of behaviour.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {analyze} from '../src/analyze.js'
import {annotateMarkdown, toHtml} from '../src/outputs.js'
import {withPositions} from '../src/render/index.js'
import {fixtureCases, fixtureDate} from '../test/render/fixture-cases.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

for (const {folder, lang, analysis} of fixtureCases) {
  const directory = path.join(root, 'test/fixtures', folder)
  const markdown = readFileSync(path.join(directory, 'input.md'), 'utf8')
  const options = {date: fixtureDate, lang: lang ?? 'en'}
  if (analysis) {
    writeFileSync(path.join(directory, 'analysis.json'), JSON.stringify(withPositions(markdown, analyze(markdown, options)), null, 2) + '\n')
  }

  writeFileSync(path.join(directory, 'output.html'), toHtml(markdown, options) + '\n')
  writeFileSync(path.join(directory, 'annotated.md'), annotateMarkdown(markdown, options))
  console.log('wrote ' + folder)
}
