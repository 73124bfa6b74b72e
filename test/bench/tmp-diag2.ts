import fs from 'node:fs'
import {pairSegments} from '../../src/align/pair-segments.js'
import {buildCandidates} from '../../src/align/candidates.js'
import {groupStatistics, pairMatrix} from '../../src/align/statistics.js'
import {pairProbability, defaultCalibration} from '../../src/align/calibration.js'
import {mulberry32, quoteTask, type Document} from './align-tasks.js'
const docs: Document[] = fs.readFileSync('/work/shared/dev-data/align/wmt-news-2008-2009.es-en.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l)).filter((d: Document)=>d.set==='news-test2008')
const cal = {...defaultCalibration, ...JSON.parse(process.argv[2] ?? '{}')}
const counts: Record<string, number> = {}
const add = (k: string) => counts[k] = (counts[k] ?? 0) + 1
let shown = 0
for (const [index, document] of docs.entries()) for (let seed=0; seed<3; seed++) {
  const task = quoteTask(document, mulberry32(index * 6151 + seed * 3571 + 7))
  if (!task) continue
  const res = pairSegments(task.segments, [], {calibration: cal})
  const set = buildCandidates(task.segments, []); const {es, en} = set; const matrix = pairMatrix(set)
  for (const g of task.gold) {
    const [e, f] = g.split('→')
    const pair = res.pairs.find(p => p.es.includes(e!))
    const ce = es.find(c=>c.segment.id===e)!, cf = en.find(c=>c.segment.id===f)!
    const p = pairProbability(groupStatistics(set,[es.indexOf(ce)],[en.indexOf(cf)],matrix), cal)
    if (pair && pair.en.includes(f!)) { add(pair.en.length > 1 || pair.es.length > 1 ? 'tp-merged' : 'tp'); if (pair.en.length>1||pair.es.length>1) add('extra-links:'+ (pair.en.length*pair.es.length-1)); continue }
    if (pair) { add('wrong-en'); if (shown++ < 5) console.log('WRONG', p.toFixed(2), pair.score, '\n ', ce.segment.text, '\n  gold:', cf.segment.text, '\n  got:', pair.en.map(x=>task.segments.find(s=>s.id===x)!.text).join(' | ')); continue }
    const taken = res.pairs.find(q => q.en.includes(f!))
    if (taken) { add('en-taken'); continue }
    add(p < cal.threshold ? 'below-threshold' : 'lost-other')
  }
  for (const u of task.unrelated) { const pair = res.pairs.find(p => p.es.includes(u)); add(pair ? 'unrelated-paired' : 'unrelated-none') }
}
console.log(counts)
