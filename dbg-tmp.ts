import {matchTerms} from './src/match/index.js'
import {defaultGlossary as glossary} from './src/glossary/index.js'
let fail = 0, total = 0
for (const c of glossary.concepts) for (const t of c.terms) for (const kind of ['match', 'noMatch'] as const) for (const phrase of t.tests?.[kind] ?? []) {
  total++
  const found = matchTerms(phrase, {glossary})
  const hit = found.find(m => m.entry === c.id)
  if ((kind === 'match') !== Boolean(hit)) { fail++; console.log(kind, c.id, JSON.stringify(phrase), '→', found.map(m => m.text + '→' + m.entry).join(', ')) }
}
console.log(fail, '/', total)
