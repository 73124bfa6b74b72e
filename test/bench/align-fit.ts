/**
 * Fit the pair-score calibration (`src/align/calibration.ts`) on a split of
 * the dev data: a logistic regression (Newton's method) over `pairFeatures`
 * of true 1–1 pairs and of the hardest wrong pairs of the same document, then
 * the threshold that maximises quote-finding F1 + 'none' accuracy.
 */
import {defaultCalibration, pairFeatures, type Calibration} from '../../src/align/calibration.js'
import {buildCandidates} from '../../src/align/candidates.js'
import {pairSegments} from '../../src/align/pair-segments.js'
import {groupStatistics, pairMatrix} from '../../src/align/statistics.js'
import {f1, mulberry32, quoteTask, type Document} from './align-tasks.js'

/** Coefficient names in `pairFeatures` order. */
const names = ['similarity', 'coverage', 'anchors', 'length', 'size', 'esMargin', 'enMargin'] as const

/**
 * Fit and print a calibration.
 *
 * Training rows come from quote-finding tasks of the split built with other
 * seeds than the bench's: every Spanish × English candidate pair of a task,
 * labelled by the gold.
 *
 * @param split
 *   Documents to fit on.
 */
export function fitCalibration(split: Document[], features: readonly string[] = names, top = 3): void {
  const used = new Set<string>(features)
  const rows: number[][] = []
  const labels: number[] = []

  for (const [index, document] of split.entries()) {
    for (let seed = 0; seed < 6; seed++) {
      const task = quoteTask(document, mulberry32(index * 7741 + seed * 1013 + 555_555))
      if (!task) continue
      const set = buildCandidates(task.segments, [])
      const matrix = pairMatrix(set)
      for (let e = 0; e < set.es.length; e++) {
        const ranked = set.en.map((_, f) => f).sort((a, b) => matrix.similarity[e * matrix.width + b]! - matrix.similarity[e * matrix.width + a]!)
        for (const f of ranked.slice(0, top)) {
          const label = task.gold.has(set.es[e]!.segment.id + '→' + set.en[f]!.segment.id) ? 1 : 0
          rows.push([1, ...pairFeatures(groupStatistics(set, [e], [f], matrix)).filter((_, k) => used.has(names[k]!))])
          labels.push(label)
        }
      }
    }
  }

  const weights = newton(rows, labels)
  const calibration: Calibration = {...defaultCalibration, bias: weights[0]!}
  for (const [k, name] of names.filter((d) => used.has(d)).entries()) calibration[name] = weights[k + 1]!
  for (const name of names) if (!used.has(name)) calibration[name] = 0
  console.log('fitted on %d rows (%d positive):', rows.length, labels.filter(Boolean).length)
  console.log(JSON.stringify(round(calibration)))

  console.log('\n| threshold | pair F1 | none accuracy |')
  for (let threshold = 0.05; threshold < 0.96; threshold += 0.05) {
    const result = quoteScore(split, {...calibration, threshold})
    console.log('| %s | %s | %s |', threshold.toFixed(2), result.f1.toFixed(3), result.none.toFixed(3))
  }
}

/**
 * Quote-finding F1 and 'none' accuracy of a calibration on a split.
 */
export function quoteScore(split: Document[], calibration: Calibration): {f1: number; none: number} {
  let found = 0
  let predicted = 0
  let gold = 0
  let none = 0
  let unrelated = 0
  for (const [index, document] of split.entries()) {
    for (let seed = 0; seed < 3; seed++) {
      const task = quoteTask(document, mulberry32(index * 6151 + seed * 3571 + 7))
      if (!task) continue
      const links = new Set<string>()
      for (const pair of pairSegments(task.segments, [], {calibration}).pairs) {
        for (const es of pair.es) for (const en of pair.en) links.add(es + '→' + en)
      }

      for (const link of links) if (task.gold.has(link)) found++
      predicted += links.size
      gold += task.gold.size
      const paired = new Set([...links].map((d) => d.split('→')[0]))
      none += task.unrelated.filter((d) => !paired.has(d)).length
      unrelated += task.unrelated.length
    }
  }

  return {f1: f1(found, predicted, gold).f1, none: none / unrelated}
}

/**
 * Logistic regression by Newton's method with a small ridge.
 */
function newton(rows: number[][], labels: number[]): number[] {
  const size = rows[0]!.length
  let weights: number[] = Array.from({length: size}, () => 0)
  for (let iteration = 0; iteration < 30; iteration++) {
    const gradient: number[] = Array.from({length: size}, () => 0)
    const hessian = Array.from({length: size}, (_, a) => Array.from({length: size}, (_, b) => (a === b ? 1e-3 : 0)))
    for (const [index, row] of rows.entries()) {
      const z = row.reduce((total, value, k) => total + value * weights[k]!, 0)
      const p = 1 / (1 + Math.exp(-z))
      for (let a = 0; a < size; a++) {
        gradient[a]! += (labels[index]! - p) * row[a]!
        for (let b = 0; b < size; b++) hessian[a]![b]! += p * (1 - p) * row[a]! * row[b]!
      }
    }

    const step = solve(hessian, gradient)
    weights = weights.map((w, k) => w + step[k]!)
  }

  return weights
}

/**
 * Solve `a x = b` (Gaussian elimination with partial pivoting).
 */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length
  const m = a.map((row, k) => [...row, b[k]!])
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row
    ;[m[col], m[pivot]] = [m[pivot]!, m[col]!]
    for (let row = 0; row < n; row++) {
      if (row === col) continue
      const factor = m[row]![col]! / m[col]![col]!
      for (let k = col; k <= n; k++) m[row]![k]! -= factor * m[col]![k]!
    }
  }

  return m.map((row, k) => row[n]! / row[k]!)
}

function round(value: Calibration): Calibration {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Math.round(v * 1000) / 1000])) as unknown as Calibration
}
