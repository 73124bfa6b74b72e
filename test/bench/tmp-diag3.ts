import fs from 'node:fs'
import {buildCandidates} from '../../src/align/candidates.js'
import type {Segment} from '../../src/types.js'
import {getDefaultLexicon} from '../../src/align/lexicon.js'
const docs = fs.readFileSync('/work/shared/dev-data/align/wmt-news-2008-2009.es-en.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l)).filter((d: any)=>d.set==='news-test2008')
const miss = new Map<string, number>(); const missEn = new Map<string, number>()
const lex = getDefaultLexicon()
for (const d of docs) for (let k = 0; k < d.es.length; k++) {
  const segs: Segment[] = [{id:'a',start:0,end:d.es[k].length,text:d.es[k],lang:'es',confidence:1,kind:'sentence'},{id:'b',start:d.es[k].length+1,end:d.es[k].length+1+d.en[k].length,text:d.en[k],lang:'en',confidence:1,kind:'sentence'}]
  const set = buildCandidates(segs, [])
  const es = set.es[0]!, en = set.en[0]!
  const enBag = new Set(en.features.bag), esBag = new Set(es.features.bag)
  for (const u of es.features.units) if (!u.keys.some(x=>enBag.has(x))) { const w = es.segment.text.slice(u.start,u.end).toLowerCase(); const key = w + (lex.translate(w) ? '' : '*'); miss.set(key,(miss.get(key)??0)+1) }
  for (const u of en.features.units) if (!u.keys.some(x=>esBag.has(x))) { const w = en.segment.text.slice(u.start,u.end).toLowerCase(); missEn.set(w,(missEn.get(w)??0)+1) }
}
console.log([...miss].sort((a,b)=>b[1]-a[1]).slice(0,300).map(d=>d[0]+':'+d[1]).join(' '))
console.log('\nEN', [...missEn].sort((a,b)=>b[1]-a[1]).slice(0,300).map(d=>d[0]+':'+d[1]).join(' '))
