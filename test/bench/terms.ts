/**
 * Quality bench of term matching: recall and precision on news articles.
 *
 * Articles under `test/fixtures/terms-bench/` (written for this bench, with
 * gold annotations made by `terms-gold.ts`) are matched with the real
 * `defaultGlossary` and with the stand-in bench glossary. A prediction is
 * right when its span and concept equal a gold mention. Traps (lowercase
 * `ice`, `EU` in English, a bare `Fiscalía` without FGR context, `Attorney
 * General` the person, `Mexico City`…) are unannotated, so matching them
 * counts as a false positive.
 *
 * Two scores: *all* mentions, and *institutions* (gold mentions of places
 * left out, and place predictions left out unless they overlap a gold
 * mention). Recall counts only gold mentions whose concept the glossary has;
 * coverage says how many it has.
 *
 * Run: `npm run bench:terms` (`npx tsx test/bench/terms.ts`).
 */

import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {matchTerms} from '../../src/match/index.js'
import type {Glossary, Lang, TermMatch} from '../../src/types.js'
import {benchGlossary} from './terms-glossary.js'
import {writeSection} from './terms-results.js'

interface Gold {
  start: number
  end: number
  entry: string
  text: string
}

interface Score {
  truePositives: number
  predicted: number
  gold: number
  covered: number
}

const here = path.dirname(fileURLToPath(import.meta.url))
const folder = path.resolve(here, '../fixtures/terms-bench')
/** Stand-in ids → default glossary ids. */
const aliases: Record<string, string> = {
  'mx-fiscal-general': 'mx-fiscal-general-republica',
  'place-us': 'intl-united-states',
  'intl-eu': 'intl-european-union',
  'us-embassy-mx': 'us-embassy-mexico',
  'mx-pfm': 'mx-policia-federal-ministerial',
  'mx-cjng': 'co-cjng',
  'mx-cartel-sinaloa': 'co-sinaloa-cartel',
  'mx-cartel-golfo': 'co-gulf-cartel',
  'mx-cartel-noreste': 'co-cartel-del-noreste',
  'mx-cnb': 'mx-comision-nacional-busqueda',
  'mx-agente-ministerial': 'mx-policia-ministerial-estatal'
}

const glossaries: Array<[string, Glossary]> = [['stand-in bench glossary', benchGlossary]]
try {
  const module = await import('../../src/glossary/index.js')
  glossaries.unshift(['defaultGlossary', module.defaultGlossary as Glossary])
} catch (error) {
  console.log('Note: no `defaultGlossary` yet (' + String(error).slice(0, 80) + ')')
}

const articles = fs
  .readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const data = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as {lang: string; gold: Gold[]}
    const text = fs.readFileSync(path.join(folder, name.replace(/\.json$/, '.md')), 'utf8')
    return {name: name.replace(/\.json$/, ''), text, ...data}
  })

const lines: string[] = []
const log = (line = '') => {
  console.log(line)
  lines.push(line)
}

for (const [label, glossary] of glossaries) {
  const all = emptyScore()
  const institutions = emptyScore()
  const errors: string[] = []
  const started = performance.now()

  for (const article of articles) {
    const lang: Lang | undefined = article.lang === 'es' || article.lang === 'en' ? article.lang : undefined
    const predicted = matchTerms(article.text, {glossary, lang}).map((match) => ({
      ...match,
      entry: aliases[match.entry] ?? match.entry
    }))
    score(all, article.gold, predicted, glossary, () => true)
    score(institutions, article.gold, predicted, glossary, (entry) => glossary.get(entry)?.kind !== 'place' && !entry.startsWith('intl-united-states') && entry !== 'intl-mexico')
    errors.push(...describeErrors(article.name, article.gold, predicted, glossary))
  }

  const time = performance.now() - started
  log('### ' + label)
  log()
  log('| score | recall | precision | gold mentions covered by the glossary |')
  log('|---|---|---|---|')
  log(row('all mentions', all))
  log(row('institutions (places left out)', institutions))
  log()
  log(`${articles.length} articles, ${all.gold} gold mentions, matched in ${time.toFixed(0)} ms (first run includes the index build).`)
  log()
  log('<details><summary>Errors (' + errors.length + ')</summary>')
  log()
  for (const error of errors) log('- ' + error)
  log()
  log('</details>')
  log()
}

writeSection('quality', ['## Quality (`npm run bench:terms`)', '', ...lines].join('\n'))

function emptyScore(): Score {
  return {truePositives: 0, predicted: 0, gold: 0, covered: 0}
}

function score(
  total: Score,
  gold: readonly Gold[],
  predicted: readonly TermMatch[],
  glossary: Glossary,
  keep: (entry: string) => boolean
): void {
  const goldKept = gold.filter((item) => keep(item.entry))
  const covered = goldKept.filter((item) => hasConcept(glossary, item.entry))
  const predictedKept = predicted.filter(
    (match) => keep(match.entry) || gold.some((item) => keep(item.entry) && overlaps(item, match))
  )
  const truePositives = predictedKept.filter((match) =>
    covered.some((item) => item.start === match.start && item.end === match.end && item.entry === match.entry)
  ).length

  total.truePositives += truePositives
  total.predicted += predictedKept.length
  total.gold += goldKept.length
  total.covered += covered.length
}

function describeErrors(name: string, gold: readonly Gold[], predicted: readonly TermMatch[], glossary: Glossary): string[] {
  const errors: string[] = []
  const same = (item: Gold, match: TermMatch) =>
    item.start === match.start && item.end === match.end && item.entry === match.entry

  for (const match of predicted) {
    if (!gold.some((item) => same(item, match))) {
      errors.push(`${name}: false positive \`${flat(match.text)}\` → ${match.entry}`)
    }
  }

  for (const item of gold) {
    if (!hasConcept(glossary, item.entry) || predicted.some((match) => same(item, match))) continue
    errors.push(`${name}: missed \`${flat(item.text)}\` (${item.entry})`)
  }

  return errors
}

/**
 * Whether a glossary has a concept, under its own id or a stand-in alias.
 */
function hasConcept(glossary: Glossary, id: string): boolean {
  if (glossary.get(id)) return true
  return Object.entries(aliases).some(([from, to]) => to === id && glossary.get(from) !== undefined)
}

function row(label: string, value: Score): string {
  const recall = value.truePositives / Math.max(1, value.covered)
  const precision = value.truePositives / Math.max(1, value.predicted)
  return `| ${label} | ${percent(recall)} (${value.truePositives}/${value.covered}) | ${percent(precision)} (${value.truePositives}/${value.predicted}) | ${value.covered}/${value.gold} |`
}

function percent(value: number): string {
  return (value * 100).toFixed(1) + '%'
}

function overlaps(a: {start: number; end: number}, b: {start: number; end: number}): boolean {
  return a.start < b.end && b.start < a.end
}

function flat(value: string): string {
  return value.replace(/\s+/g, ' ')
}
