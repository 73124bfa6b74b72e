import fs from 'node:fs'
import {pairSegments} from '../../src/align/pair-segments.js'
import {buildCandidates} from '../../src/align/candidates.js'
import {groupStatistics, pairMatrix} from '../../src/align/statistics.js'
import {pairProbability, pairFeatures, defaultCalibration} from '../../src/align/calibration.js'
import {mulberry32, quoteTask, type Document} from './align-tasks.js'
const docs: Document[] = fs.readFileSync('/work/shared/dev-data/align/wmt-news-2008-2009.es-en.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l)).filter((d: Document)=>d.set==='news-test2008')
const cal = {...defaultCalibration, ...JSON.parse(process.argv[2] ?? '{}')}
const mode = process.argv[3] ?? 'fn'
let shown = 0
for (const [index, document] of docs.entries()) for (let seed=0; seed<3; seed++) {
  const task = quoteTask(document, mulberry32(index * 6151 + seed * 3571 + 7))
  if (!task) continue
  const res = pairSegments(task.segments, [], {calibration: cal})
  const set = buildCandidates(task.segments, []); const matrix = pairMatrix(set)
  const show = (e: number, f: number, tag: string) => {
    const st = groupStatistics(set, [e], [f], matrix)
    console.log(tag, pairProbability(st, cal).toFixed(2), pairFeatures(st).map(x=>x.toFixed(2)).join(' '), '\n  ES:', set.es[e]!.segment.text.slice(0,200), '\n  EN:', set.en[f]!.segment.text.slice(0,200))
  }
  if (mode === 'fn') for (const g of task.gold) {
    const [e, f] = g.split('→'); if (res.pairs.some(p=>p.es.includes(e!))) continue
    if (shown++ < 25) show(set.es.findIndex(c=>c.segment.id===e), set.en.findIndex(c=>c.segment.id===f), 'FN')
  }
  else for (const p of res.pairs) for (const e of p.es) if (task.unrelated.includes(e) && shown++ < 15) show(set.es.findIndex(c=>c.segment.id===e), set.en.findIndex(c=>c.segment.id===p.en[0]), 'FP')
}
