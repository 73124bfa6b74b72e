import fs from 'node:fs'
import {pairSegments} from '../../src/align/pair-segments.js'
import {buildCandidates} from '../../src/align/candidates.js'
import {coverage, groupStatistics, pairMatrix} from '../../src/align/statistics.js'
import {pairProbability, defaultCalibration} from '../../src/align/calibration.js'
import {mulberry32, quoteTask, type Document} from './align-tasks.js'
const docs: Document[] = fs.readFileSync('/work/shared/dev-data/align/wmt-news-2008-2009.es-en.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l)).filter((d: Document)=>d.set==='news-test2008')
const cal = {...defaultCalibration, ...JSON.parse(process.argv[2] ?? '{}')}
let shown = 0; const c: Record<string, number> = {}
for (const [index, document] of docs.entries()) for (let seed=0; seed<3; seed++) {
  const task = quoteTask(document, mulberry32(index * 6151 + seed * 3571 + 99), true)
  if (!task) continue
  const res = pairSegments(task.segments, [], {calibration: cal})
  const set = buildCandidates(task.segments, []); const matrix = pairMatrix(set)
  const byEs = new Map<string, string[]>()
  for (const g of task.gold) { const [e, f] = g.split('→'); byEs.set(e!, [...(byEs.get(e!) ?? []), f!]) }
  for (const [e, fs_] of byEs) if (fs_.length === 2) {
    const pair = res.pairs.find(p => p.es.includes(e))
    const got = pair ? fs_.filter(f => pair.en.includes(f)).length : 0
    c['got' + got] = (c['got' + got] ?? 0) + 1
    if (got === 1 && shown++ < 8) {
      const ei = set.es.findIndex(x=>x.segment.id===e); const [f1, f2] = fs_.map(f=>set.en.findIndex(x=>x.segment.id===f))
      const one = pairProbability(groupStatistics(set,[ei],[pair!.en.map(f=>set.en.findIndex(x=>x.segment.id===f))[0]!],matrix), cal)
      const missing = fs_.find(f=>!pair!.en.includes(f))!; const mi = set.en.findIndex(x=>x.segment.id===missing)
      const cv = coverage(set,[ei],[mi])
      const both = coverage(set,[ei],[f1!,f2!]); both.esAlternative = 0; both.enAlternative = 0
      console.log('ONE', pair!.score, 'own', (cv.enMatched/cv.enWeight).toFixed(2), '\n ES:', set.es[ei]!.segment.text.slice(0,250), '\n MISSING:', set.en[mi]!.segment.text.slice(0,200))
    }
  }
}
console.log(c)
