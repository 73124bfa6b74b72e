/**
 * Seeded alignment tasks built from parallel documents (for the bench), and
 * their scores.
 *
 * - document alignment: 15% of positions get one edit (delete a sentence on
 *   one side, or merge two consecutive sentences on one side); the gold links
 *   follow the edits;
 * - quote finding: an English window of 10–40 sentences, 1–3 Spanish
 *   sentences translating some of them, 1–3 unrelated Spanish sentences from
 *   the same document, as one article.
 */
import type {Segment} from '../../src/types.js'

/** A parallel document: `es[k]` translates `en[k]`. */
export interface Document {
  docid: string
  set: string
  es: string[]
  en: string[]
}

/** A document-alignment task. */
export interface DocumentTask {
  es: string[]
  en: string[]
  /** Gold links `es index * 1e6 + en index`. */
  gold: Set<number>
}

/** A quote-finding task. */
export interface QuoteTask {
  segments: Segment[]
  /** Gold links `esId→enId`. */
  gold: Set<string>
  /** Ids of the unrelated Spanish segments. */
  unrelated: string[]
}

/**
 * Perturb a document: 15% of positions get one edit.
 *
 * @param document
 *   Parallel document.
 * @param random
 *   Generator.
 * @param rate
 *   Share of positions edited (default: `0.15`).
 * @returns
 *   A task.
 */
export function documentTask(document: Document, random: () => number, rate = 0.15): DocumentTask {
  const n = document.es.length
  const edits = new Map<number, number>()
  const wanted = Math.round(rate * n)
  let guard = 0
  while (edits.size < wanted && guard++ < n * 20) {
    const position = Math.floor(random() * n)
    const kind = Math.floor(random() * 4)
    if (edits.has(position) || edits.has(position - 1)) continue
    if (kind >= 2 && (position + 1 >= n || edits.has(position + 1))) continue
    edits.set(position, kind)
  }

  const es: string[] = []
  const en: string[] = []
  const gold = new Set<number>()
  for (let k = 0; k < n; k++) {
    const kind = edits.get(k)
    if (kind === 0) en.push(document.en[k]!)
    else if (kind === 1) es.push(document.es[k]!)
    else if (kind === 2 || kind === 3) {
      const merged = kind === 2 ? 'es' : 'en'
      const esBefore = es.length
      const enBefore = en.length
      if (merged === 'es') {
        es.push(document.es[k]! + ' ' + document.es[k + 1]!)
        en.push(document.en[k]!, document.en[k + 1]!)
        gold.add(esBefore * 1e6 + enBefore).add(esBefore * 1e6 + enBefore + 1)
      } else {
        es.push(document.es[k]!, document.es[k + 1]!)
        en.push(document.en[k]! + ' ' + document.en[k + 1]!)
        gold.add(esBefore * 1e6 + enBefore).add((esBefore + 1) * 1e6 + enBefore)
      }

      k++
    } else {
      gold.add(es.length * 1e6 + en.length)
      es.push(document.es[k]!)
      en.push(document.en[k]!)
    }
  }

  return {es, en, gold}
}

/**
 * Build a quote-finding task from a document of at least 11 sentences.
 *
 * @param document
 *   Parallel document.
 * @param random
 *   Generator.
 * @param variant
 *   `'merged'`: a translated quote spans two English sentences (a 1–2 pair);
 *   `'context'`: the English sentence a quote translates carries the next
 *   sentence too (a paraphrase that adds context); `'plain'` (default).
 * @returns
 *   A task, or `undefined` when the document is too short.
 */
export function quoteTask(
  document: Document,
  random: () => number,
  variant: 'plain' | 'merged' | 'context' = 'plain'
): QuoteTask | undefined {
  const merged = variant === 'merged'
  const n = document.en.length
  if (n < 11) return undefined
  const size = 10 + Math.floor(random() * (Math.min(40, n - 1) - 10 + 1))
  const from = Math.floor(random() * (n - size + 1))
  const window = range(from, from + size)
  const outside = range(0, n).filter((k) => k < from || k >= from + size)
  const translated = pick(window, 1 + Math.floor(random() * 3), random).sort((a, b) => a - b)
  const unrelated = pick(outside, Math.min(outside.length, 1 + Math.floor(random() * 3)), random)
  const spanish = [...translated.map((k) => ({k, related: true})), ...unrelated.map((k) => ({k, related: false}))]
  spanish.sort((a, b) => a.k - b.k)

  const builder = new ArticleBuilder()
  const enIds = new Map<number, string>()
  const esIds: Array<{id: string; k: number; related: boolean; also?: number}> = []
  const emitEnglish = () => {
    for (const [index, k] of window.entries()) {
      if (variant === 'context' && enIds.has(k)) continue
      const joined = variant === 'context' && translated.includes(k) && window.includes(k + 1) && !translated.includes(k + 1)
      const text = joined ? document.en[k]! + ' ' + document.en[k + 1]! : document.en[k]!
      const id = builder.sentence(text, 'en', index % 3 === 2)
      enIds.set(k, id)
      if (joined) enIds.set(k + 1, id)
    }

    builder.paragraph()
  }

  const emitSpanish = () => {
    for (const item of spanish) {
      const pairWithNext = merged && item.related && window.includes(item.k + 1) && !translated.includes(item.k + 1)
      const text = pairWithNext ? document.es[item.k]! + ' ' + document.es[item.k + 1]! : document.es[item.k]!
      const entry = {id: builder.sentence(text, 'es', false), k: item.k, related: item.related}
      esIds.push(pairWithNext ? {...entry, also: item.k + 1} : entry)
    }

    builder.paragraph()
  }

  if (random() < 0.5) {
    emitSpanish()
    emitEnglish()
  } else {
    emitEnglish()
    emitSpanish()
  }

  const gold = new Set<string>()
  for (const item of esIds) {
    if (!item.related) continue
    gold.add(item.id + '→' + enIds.get(item.k)!)
    if (item.also !== undefined) gold.add(item.id + '→' + enIds.get(item.also)!)
  }

  return {segments: builder.segments, gold, unrelated: esIds.filter((d) => !d.related).map((d) => d.id)}
}

/** Builds the markdown and sentence segments of a synthetic article. */
class ArticleBuilder {
  value = ''
  segments: Segment[] = []

  sentence(text: string, lang: 'es' | 'en', breakAfter: boolean): string {
    if (this.value && !this.value.endsWith('\n')) this.value += ' '
    const start = this.value.length
    this.value += text
    const id = 's' + (this.segments.length + 1)
    this.segments.push({id, start, end: this.value.length, text, lang, confidence: 1, kind: 'sentence'})
    if (breakAfter) this.paragraph()
    return id
  }

  paragraph(): void {
    if (this.value && !this.value.endsWith('\n\n')) this.value += '\n\n'
  }
}

/**
 * Precision, recall and F1 of predicted against gold.
 *
 * @param found
 *   True positives.
 * @param predicted
 *   Predicted count.
 * @param gold
 *   Gold count.
 * @returns
 *   Scores.
 */
export function f1(found: number, predicted: number, gold: number): {precision: number; recall: number; f1: number} {
  const precision = predicted === 0 ? 1 : found / predicted
  const recall = gold === 0 ? 1 : found / gold
  return {precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)}
}

function range(from: number, to: number): number[] {
  const result: number[] = []
  for (let k = from; k < to; k++) result.push(k)
  return result
}

function pick<T>(values: T[], count: number, random: () => number): T[] {
  const copy = [...values]
  for (let k = copy.length - 1; k > 0; k--) {
    const other = Math.floor(random() * (k + 1))
    ;[copy[k], copy[other]] = [copy[other]!, copy[k]!]
  }

  return copy.slice(0, count)
}
