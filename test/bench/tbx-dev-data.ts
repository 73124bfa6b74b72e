/**
 * Evaluate TBX import on the real files of `../shared/dev-data/tbx`, as its
 * `manifest.json` describes them: valid files must import (their Spanish and
 * English term counts must equal the manifest's, and the concepts must pass
 * `glossary/schema.json`), broken files must fail with their expected errors,
 * each with a line and column, and nothing else.
 *
 * Run: `npx tsx test/bench/tbx-dev-data.ts` (prints a markdown table; exits
 * 0 with a note when the dev data is absent, 1 when a file fails).
 */

import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {isDeepStrictEqual} from 'node:util'
import {validateConcepts} from '../../src/glossary/validate.js'
import {ExchangeError, importGlossary} from '../../src/node/exchange/index.js'
import type {ExchangeProblem} from '../../src/node/exchange/index.js'
import type {Concept} from '../../src/types.js'

interface ManifestEntry {
  file: string
  expected: string
  well_formed: boolean
  expected_errors?: string[]
  observed: {entries?: number; terms?: Record<string, number>; parse_error?: string}
}

/** How to recognise each kind of expected error (manifest wording) among our problems. */
const recognisers: Array<[RegExp, (problem: ExchangeProblem) => boolean]> = [
  [/"source".*concept level/, (d) => d.ruleId === 'misplaced-source'],
  [/"definition" declared at term level/, (d) => d.ruleId === 'misplaced-definition'],
  [/"partOfSpeech" value/, (d) => d.ruleId === 'picklist-value' && d.reason.includes('`nominal`')],
  [/<transacNote> with @type/, (d) => d.ruleId === 'unexpected-transac-note-type'],
  [/<transac> with @type/, (d) => d.ruleId === 'unexpected-transac-type'],
  [/wrapped in <p>/, (d) => d.ruleId === 'header-text-outside-p'],
  [/<admin> may not be a direct child of <text>/, (d) => d.ruleId === 'misplaced-element'],
  [/<term> must come first/, (d) => d.ruleId === 'term-not-first'],
  [/<admin> must have a type/, (d) => d.ruleId === 'missing-type'],
  [/only one <term>/, (d) => d.ruleId === 'multiple-terms'],
  [/only one <descrip>/, (d) => d.ruleId === 'multiple-descrips'],
  [/"source"> not allowed in TBX-Min/, (d) => d.ruleId === 'unexpected-data-category' && d.reason.includes('`source`')],
  [/"usageStatus" takes a value/, (d) => d.ruleId === 'picklist-value' && d.reason.includes('not an allowed value')],
  [/<xref> not allowed/, (d) => d.ruleId === 'unexpected-data-category' && d.reason.includes('`<xref>`')],
  [/end tag is missing.*line 42/, (d) => d.ruleId === 'not-well-formed' && d.line === 42]
]

const root = path.resolve(fileURLToPath(import.meta.url), '../../..')
const data = path.resolve(root, '../shared/dev-data')

if (!existsSync(path.join(data, 'tbx', 'manifest.json'))) {
  console.log('Note: no dev data at `' + data + '`; nothing to evaluate.')
  process.exit(0)
}

const manifest = JSON.parse(readFileSync(path.join(data, 'tbx', 'manifest.json'), 'utf8')) as ManifestEntry[]
const imported = new Map<string, Concept[]>()
const rows: string[] = []
let failures = 0

for (const entry of manifest) {
  const bytes = new Uint8Array(readFileSync(path.resolve(data, '..', entry.file)))
  const name = entry.file.replace('dev-data/tbx/', '')
  const start = performance.now()
  let concepts: Concept[] | undefined
  let problems: ExchangeProblem[] = []

  try {
    concepts = importGlossary(bytes)
  } catch (error) {
    if (!(error instanceof ExchangeError)) throw error
    problems = error.problems
  }

  const ms = (performance.now() - start).toFixed(1)
  const result = entry.expected_errors ? judgeBroken(entry, concepts, problems) : judgeValid(entry, concepts, problems)
  if (concepts) imported.set(name, concepts)
  if (!result.pass) failures++
  rows.push('| `' + name + '` | ' + (result.pass ? 'pass' : '**FAIL**') + ' | ' + result.detail + ' | ' + ms + ' |')
}

console.log('| file | result | detail | ms |')
console.log('| --- | --- | --- | --- |')
for (const row of rows) console.log(row)

const dca = imported.get('ltac-tbx-basic-dialect/DCA/Example_Astronomy_DCA_VALID.tbx') ?? []
const dct = imported.get('ltac-tbx-basic-dialect/DCT/Example_Astronomy_DCT_VALID.tbx') ?? []
// Note: the DCT file has 105 `<note>` elements, the DCA file 108 (three
// second `G-Source:` notes are missing from DCT), so notes are compared apart.
const withoutNotes = (concepts: Concept[]) => concepts.map(({notes, ...rest}) => rest)
const same = dca.length > 0 && isDeepStrictEqual(withoutNotes(dca), withoutNotes(dct))
const noteDiffs = dca.filter((d, index) => d.notes !== dct[index]?.notes).map((d) => d.id)
if (!same) failures++
console.log(
  '\nDCA and DCT astronomy files import to the same concepts (notes aside): ' + (same ? 'yes' : '**no**') +
    '; notes differ in ' + (noteDiffs.join(', ') || 'none') + ' (the DCT file lacks 3 of the DCA file’s 108 notes)'
)

const turkish = imported.get('okapi-lisa-samples/test02_win1254.tbx')?.[0]?.terms[0]?.text
const decoded = turkish === 'term with: éá and İı'
if (!decoded) failures++
console.log('windows-1254 term decoded as `term with: éá and İı`: ' + (decoded ? 'yes' : '**no** (' + String(turkish) + ')'))
console.log('\n' + (manifest.length + 2 - failures) + '/' + (manifest.length + 2) + ' checks pass')
process.exitCode = failures > 0 ? 1 : 0

/**
 * Judge a file that must import.
 *
 * @param entry
 *   Manifest entry.
 * @param concepts
 *   Imported concepts (optional).
 * @param problems
 *   Problems when the import failed.
 * @returns
 *   Verdict.
 */
function judgeValid(entry: ManifestEntry, concepts: Concept[] | undefined, problems: ExchangeProblem[]) {
  if (!concepts) {
    return {pass: false, detail: 'import failed: ' + problems.map((d) => d.line + ':' + d.column + ' ' + d.reason).join('; ')}
  }

  const counts = {es: 0, en: 0}
  for (const concept of concepts) for (const term of concept.terms) counts[term.lang]++
  const expected = {es: entry.observed.terms?.['es'] ?? 0, en: entry.observed.terms?.['en'] ?? 0}
  const invalid = validateConcepts(concepts).length
  const pass = counts.es === expected.es && counts.en === expected.en && invalid === 0
  return {
    pass,
    detail:
      concepts.length + ' concepts (of ' + String(entry.observed.entries) + ' entries); terms es ' + counts.es + '/' +
      expected.es + ', en ' + counts.en + '/' + expected.en + '; schema problems: ' + invalid
  }
}

/**
 * Judge a file that must fail with expected errors.
 *
 * @param entry
 *   Manifest entry.
 * @param concepts
 *   Imported concepts (when the import wrongly succeeded).
 * @param problems
 *   Problems.
 * @returns
 *   Verdict.
 */
function judgeBroken(entry: ManifestEntry, concepts: Concept[] | undefined, problems: ExchangeProblem[]) {
  if (concepts) return {pass: false, detail: 'imported ' + concepts.length + ' concepts, expected errors'}
  const unused = new Set(problems)
  const found: string[] = []
  let missing = 0

  for (const expected of entry.expected_errors ?? []) {
    const recognise = recognisers.find(([pattern]) => pattern.test(expected))?.[1]
    const match = recognise ? [...unused].find((d) => recognise(d)) : undefined
    if (match) {
      unused.delete(match)
      found.push(match.line + ':' + match.column + ' `' + match.ruleId + '`')
    } else {
      missing++
      found.push('missing: ' + expected)
    }
  }

  const extra = [...unused].map((d) => 'extra ' + d.line + ':' + d.column + ' `' + d.ruleId + '`')
  return {
    pass: missing === 0 && extra.length === 0,
    detail: (entry.expected_errors?.length ?? 0) - missing + '/' + (entry.expected_errors?.length ?? 0) + ' expected errors: ' + [...found, ...extra].join(', ')
  }
}
