import fs from 'node:fs'
import {analyze} from '../../src/analyze.js'
const md = fs.readFileSync('/work/shared/samples/embassy-ice-labs.md', 'utf8')
const a = analyze(md)
for (const s of a.segments) if (s.kind !== 'block') console.log(s.id, s.kind, s.lang, s.parent, JSON.stringify(s.text.slice(0, 90)))
for (const t of a.terms) console.log('T', t.entry, t.lang, JSON.stringify(t.text), t.start)
for (const p of a.pairs) console.log('P', p.id, p.es, p.en, p.score, p.links.map(l => md.slice(...l.es) + '↔' + md.slice(...l.en) + ':' + l.kind).join(', '))
console.log(a.messages.filter(m => m.ruleId === 'unaligned-segment'))
