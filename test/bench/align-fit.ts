/**
 * Fit the pair-score calibration (`src/align/calibration.ts`) on a split of
 * the dev data: a logistic regression (Newton's method) over `pairFeatures`
 * of true 1–1 pairs and of the hardest wrong pairs of the same document, then
 * the threshold that maximises quote-finding F1 + 'none' accuracy.
 */
import {pairFeatures, type Calibration, type Coefficients} from '../../src/align/calibration.js'
import {buildCandidates, type CandidateSet} from '../../src/align/candidates.js'
import {pairSegments} from '../../src/align/pair-segments.js'
import {groupStatistics, pairMatrix, type PairMatrix} from '../../src/align/statistics.js'
import {f1, quoteTask, type Document} from './align-tasks.js'
import {mulberry32} from './random.js'

/** Coefficient names in `pairFeatures` order. */
const names = ['esCoverage', 'enCoverage', 'anchors', 'length', 'size', 'esMargin', 'enMargin'] as const

/**
 * Fit and print a calibration: the translation model on plain quote-finding
 * tasks, the paraphrase model on tasks whose English sentences carry extra
 * context, then quote-finding scores of the combined score per threshold.
 *
 * Training rows come from tasks of the split built with other seeds than the
 * bench's: for each Spanish candidate, its `top` most similar English
 * candidates, labelled by the gold.
 *
 * @param split
 *   Documents to fit on.
 * @param top
 *   Candidates per Spanish sentence.
 */
export function fitCalibration(split: Document[], top = 3, quick = false): void {
  const translation = fitModel(split, 'plain', top)
  if (quick) {
    for (const threshold of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]) {
      const result = quoteScore(split, combine(translation, translation, threshold, 1))
      console.log('| %s | %s | %s |', threshold, result.f1.toFixed(3), result.none.toFixed(3))
    }

    console.log(JSON.stringify(round(translation)))
    return
  }

  const paraphrase = fitModel(split, 'context', top)
  console.log(JSON.stringify({translation: round(translation), paraphrase: round(paraphrase)}))
  console.log('\n| translation threshold | paraphrase threshold | pair F1 | none accuracy | context: pair F1 | none accuracy |')
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const threshold of [0.3, 0.35, 0.4, 0.45, 0.5]) {
    for (const paraphraseThreshold of [0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1]) {
      const calibration = combine(translation, paraphrase, threshold, paraphraseThreshold)
      const result = quoteScore(split, calibration)
      const context = quoteScore(split, calibration, 'context')
      console.log(
        '| %s | %s | %s | %s | %s | %s |',
        threshold,
        paraphraseThreshold,
        result.f1.toFixed(3),
        result.none.toFixed(3),
        context.f1.toFixed(3),
        context.none.toFixed(3)
      )
    }
  }
}

/**
 * One calibration from two models and their thresholds: the paraphrase
 * model's bias is shifted so that its threshold lands on the translation
 * threshold (one threshold then applies to the larger score).
 */
export function combine(
  translation: Coefficients,
  paraphrase: Coefficients,
  threshold: number,
  paraphraseThreshold: number
): Calibration {
  const logit = (p: number) => Math.log(p / (1 - p))
  const shift = paraphraseThreshold >= 1 ? -1e3 : logit(threshold) - logit(paraphraseThreshold)
  return {translation, paraphrase: {...paraphrase, bias: paraphrase.bias + shift}, threshold}
}

/**
 * Fit one logistic model on tasks of one variant.
 */
function fitModel(split: Document[], variant: 'plain' | 'context', top: number): Coefficients {
  const rows: number[][] = []
  const labels: number[] = []

  for (const [index, document] of split.entries()) {
    for (let seed = 0; seed < 6; seed++) {
      const task = quoteTask(document, mulberry32(index * 7741 + seed * 1013 + 555_555), variant)
      if (!task) continue
      const set = buildCandidates(task.segments, [])
      const matrix = pairMatrix(set)
      for (let e = 0; e < set.es.length; e++) {
        const ranked = set.en
          .map((_, f) => f)
          .sort((a, b) => similarity(set, matrix, e, b) - similarity(set, matrix, e, a))
        for (const f of ranked.slice(0, top)) {
          rows.push([1, ...pairFeatures(groupStatistics(set, [e], [f], matrix))])
          labels.push(task.gold.has(set.es[e]!.segment.id + '→' + set.en[f]!.segment.id) ? 1 : 0)
        }
      }
    }
  }

  const weights = newton(rows, labels)
  const model = {bias: weights[0]!} as Coefficients
  for (const [k, name] of names.entries()) model[name] = weights[k + 1]!
  console.log('%s model: %d rows (%d positive)', variant, rows.length, labels.filter(Boolean).length)
  return model
}

/**
 * Quote-finding F1 and 'none' accuracy of a calibration on a split.
 */
export function quoteScore(
  split: Document[],
  calibration: Calibration,
  variant: 'plain' | 'context' = 'plain'
): {f1: number; none: number} {
  let found = 0
  let predicted = 0
  let gold = 0
  let none = 0
  let unrelated = 0
  for (const [index, document] of split.entries()) {
    for (let seed = 0; seed < 3; seed++) {
      const task = quoteTask(document, mulberry32(index * 6151 + seed * 3571 + (variant === 'plain' ? 7 : 313)), variant)
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
 * Similarity of a 1–1 pair: matched weight of both sides over their total.
 */
function similarity(set: CandidateSet, matrix: PairMatrix, e: number, f: number): number {
  const index = e * matrix.width + f
  const total = set.es[e]!.total + set.en[f]!.total
  return total === 0 ? 0 : (matrix.esMatched[index]! + matrix.enMatched[index]!) / total
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

function round(value: Coefficients): Coefficients {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Math.round(v * 1000) / 1000])) as unknown as Coefficients
}
