/**
 * Sentence alignment of two documents: a monotone dynamic program over beads
 * (1–0, 0–1, 1–1, 1–2, 2–1) inside a band around the diagonal.
 *
 * A bead costs the negative log of its prior, plus the Gale–Church length
 * cost, plus a lexical term that rewards evidence shared by its two sides
 * (lexicon translations, cognates, numbers and dates, names and handles).
 * The band starts narrow and doubles while the best path runs along its edge,
 * up to a cap on the number of cells, so time and memory stay linear in the
 * number of sentences.
 */
import {createBand, cellOf, isFull, type Band} from './band.js'
import {computeBandStats, type BandStats} from './band-stats.js'
import {defaultStrengths, extractFeatures, type FeatureContext, type Features, type KeyStrengths} from './features.js'
import {createKeyTable} from './keys.js'
import {lengthCost} from './length.js'
import {getDefaultLexicon, type Lexicon} from './lexicon.js'

/** An aligned bead: Spanish and English sentence indices, and a score in `[0, 1]`. */
export interface AlignedBead {
  es: number[]
  en: number[]
  score: number
}

/** Options of `alignTexts`. */
export interface AlignTextsOptions {
  /**
   * Lexicon to use as evidence; `false` to use none (default: the built-in
   * curated lexicon).
   */
  lexicon?: Lexicon | false | null | undefined
  /** Initial half-width of the band, in sentences (default: `32`). */
  band?: number | null | undefined
  /**
   * Most cells the band may grow to (default: `4_000_000`); bounds memory
   * (about 26 bytes a cell) when the two sides do not match at all.
   */
  maxCells?: number | null | undefined
}

/** Tunable settings of the dynamic program (internal; the bench tunes them). */
export interface AlignSettings {
  /** Prior probability of each bead kind. */
  priors: {one: number; skip: number; merge: number}
  /** Weight of the Gale–Church length cost. */
  lengthWeight: number
  /**
   * Expected Spanish characters per English character (a constant, as in
   * Gale and Church: estimating it from the two sides breaks when one side
   * has extra sentences).
   */
  ratio: number
  /** Weight of the lexical term (`0` turns it off: plain Gale–Church). */
  lexicalWeight: number
  /** Similarity expected of a true bead; beads above it gain, below it pay. */
  expected: number
  /** Pseudo-count of units pulling a bead's similarity towards `expected`. */
  smoothing: number
  strengths: KeyStrengths
  lexicon: Lexicon | undefined
  band: number
  maxCells: number
}

/**
 * Settings tuned on the dev split (news-test2008) of the document-alignment
 * task: a grid over the lexical weight, expected similarity and skip prior
 * (see `test/bench/results/align.md`); the ratio is the dev split's
 * characters-per-character (1.077), rounded.
 */
export const defaultSettings: Omit<AlignSettings, 'lexicon'> = {
  priors: {one: 0.89, skip: 0.03, merge: 0.089},
  lengthWeight: 1,
  ratio: 1.07,
  lexicalWeight: 16,
  expected: 0.2,
  smoothing: 2,
  strengths: defaultStrengths,
  band: 32,
  maxCells: 4_000_000
}

/** Bead kinds as moves `[di, dj]`, in tie-break order. */
const moves: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2]
]

/**
 * Align two documents sentence by sentence.
 *
 * @param es
 *   Spanish sentences.
 * @param en
 *   English sentences.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Beads in order; every index of either side occurs in exactly one bead.
 *   `score` is the bead's lexical similarity (`0` for 1–0 and 0–1 beads).
 *
 * @example
 *   alignTexts(['Hola.', 'La FGR aclaró.'], ['The FGR clarified.'])
 *   // => [{es: [0], en: [], score: 0}, {es: [1], en: [0], score: …}]
 */
export function alignTexts(
  es: readonly string[],
  en: readonly string[],
  options?: AlignTextsOptions | null | undefined
): AlignedBead[] {
  const lexicon = options?.lexicon === false ? undefined : (options?.lexicon ?? getDefaultLexicon())
  return alignWith(es, en, {
    ...defaultSettings,
    lexicon,
    band: options?.band ?? defaultSettings.band,
    maxCells: options?.maxCells ?? defaultSettings.maxCells
  })
}

/**
 * Align two documents with the Gale–Church length model only (the classic
 * baseline: priors 0.89 / 0.0099 / 0.089, variance 6.8, no lexical evidence).
 *
 * @param es
 *   Spanish sentences.
 * @param en
 *   English sentences.
 * @returns
 *   Beads as `alignTexts` returns them; `score` is the length probability.
 */
export function galeChurch(es: readonly string[], en: readonly string[]): AlignedBead[] {
  return alignWith(es, en, {
    ...defaultSettings,
    priors: {one: 0.89, skip: 0.0099, merge: 0.089},
    lengthWeight: 1,
    lexicalWeight: 0,
    lexicon: undefined
  })
}

/**
 * Align with explicit settings.
 *
 * @param es
 *   Spanish sentences.
 * @param en
 *   English sentences.
 * @param settings
 *   Settings.
 * @returns
 *   Beads.
 */
export function alignWith(es: readonly string[], en: readonly string[], settings: AlignSettings): AlignedBead[] {
  check(es, 'es')
  check(en, 'en')
  if (es.length === 0 || en.length === 0) {
    return [...es.map((_, i) => ({es: [i], en: [], score: 0})), ...en.map((_, j) => ({es: [], en: [j], score: 0}))]
  }

  const keys = createKeyTable()
  const lexical = settings.lexicalWeight > 0
  const context: FeatureContext = {keys, lexicon: settings.lexicon, strengths: settings.strengths}
  const esFeatures = es.map((text) => features(text, 'es', context, lexical))
  const enFeatures = en.map((text) => features(text, 'en', context, lexical))
  const cap = Math.max(4, Math.floor(settings.maxCells / (es.length + en.length + 2)))
  let width = Math.max(1, Math.min(settings.band, cap))

  for (;;) {
    const band = createBand(es.length, en.length, width)
    const stats = lexical ? computeBandStats(band, esFeatures, enFeatures, keys.names.length) : undefined
    const context: Context = {band, stats, es: esFeatures, en: enFeatures, settings}
    const path = solve(context)
    if (width >= cap || isFull(band) || !touchesEdge(band, path)) return toBeads(path, context)
    width = Math.min(cap, width * 2)
  }
}

/** Everything the dynamic program reads. */
interface Context {
  band: Band
  stats: BandStats | undefined
  es: Features[]
  en: Features[]
  settings: AlignSettings
}

/**
 * Run the dynamic program; return the path of grid points from `(0, 0)` to
 * `(n, m)`.
 */
function solve(context: Context): Array<[number, number]> {
  const {band} = context
  const {lo, hi, offset} = band
  const cells = offset[band.n + 1]!
  const cost = new Float64Array(cells).fill(Infinity)
  const back = new Uint8Array(cells)
  const beads = beadCosts(context)
  cost[0] = 0

  for (let i = 0; i <= band.n; i++) {
    const row = offset[i]!
    const low = lo[i]!
    const up1 = i > 0 ? offset[i - 1]! : 0
    const low1 = i > 0 ? lo[i - 1]! : 0
    const high1 = i > 0 ? hi[i - 1]! : -1
    const up2 = i > 1 ? offset[i - 2]! : 0
    const low2 = i > 1 ? lo[i - 2]! : 0
    const high2 = i > 1 ? hi[i - 2]! : -1

    for (let j = low; j <= hi[i]!; j++) {
      const cell = row + j - low
      let best = cell === 0 ? 0 : Infinity
      let move = 0
      // 1–1.
      if (j - 1 >= low1 && j - 1 <= high1) {
        const value = cost[up1 + j - 1 - low1]! + beads.one(i - 1, j - 1, cell)
        if (value < best) [best, move] = [value, 0]
      }

      // 1–0.
      if (j >= low1 && j <= high1) {
        const value = cost[up1 + j - low1]! + beads.skip
        if (value < best) [best, move] = [value, 1]
      }

      // 0–1.
      if (j - 1 >= low) {
        const value = cost[cell - 1]! + beads.skip
        if (value < best) [best, move] = [value, 2]
      }

      // 2–1.
      if (j - 1 >= low2 && j - 1 <= high2) {
        const other = j >= low1 && j <= high1 ? up1 + j - low1 : -1
        const value = cost[up2 + j - 1 - low2]! + beads.esMerge(i - 2, j - 1, other, cell)
        if (value < best) [best, move] = [value, 3]
      }

      // 1–2.
      if (j - 2 >= low1 && j - 2 <= high1) {
        const other = j - 1 >= low ? cell - 1 : -1
        const value = cost[up1 + j - 2 - low1]! + beads.enMerge(i - 1, j - 2, other, cell)
        if (value < best) [best, move] = [value, 4]
      }

      cost[cell] = best
      back[cell] = move
    }
  }

  const path: Array<[number, number]> = [[band.n, band.m]]
  let i = band.n
  let j = band.m
  while (i > 0 || j > 0) {
    const [di, dj] = moves[back[cellOf(band, i, j)]!]!
    i -= di
    j -= dj
    path.push([i, j])
  }

  return path.reverse()
}

/** Costs of beads, given the cells that hold their pair statistics. */
interface BeadCosts {
  skip: number
  /** 1–1 bead of Spanish `p` and English `q`; `cell` holds pair `(p, q)`. */
  one(p: number, q: number, cell: number): number
  /** 2–1 bead of Spanish `p`, `p + 1` and English `q`; cells of pairs `(p, q)` and `(p + 1, q)` (`-1`: outside). */
  esMerge(p: number, q: number, first: number, second: number): number
  /** 1–2 bead of Spanish `p` and English `q`, `q + 1`; cells of pairs `(p, q)` and `(p, q + 1)`. */
  enMerge(p: number, q: number, first: number, second: number): number
}

/**
 * Bead cost functions: `-ln prior` + length cost + lexical term.
 */
function beadCosts(context: Context): BeadCosts {
  const {settings, es, en, stats} = context
  const {ratio} = settings
  const one = -Math.log(settings.priors.one)
  const merge = -Math.log(settings.priors.merge)
  const {lengthWeight, lexicalWeight, expected, smoothing} = settings
  const esLength = Float64Array.from(es, (d) => d.length)
  const enLength = Float64Array.from(en, (d) => d.length)
  const esUnits = Float64Array.from(es, (d) => d.units.length)
  const enUnits = Float64Array.from(en, (d) => d.units.length)
  const esMatched = stats?.esMatched
  const enMatched = stats?.enMatched
  const at = (values: Float32Array | undefined, cell: number) => (values && cell !== -1 ? values[cell]! : 0)
  const lexical = (matched: number, total: number) =>
    stats ? lexicalWeight * (expected - (matched + expected * smoothing) / (total + smoothing)) : 0

  return {
    skip: -Math.log(settings.priors.skip),
    one(p, q, cell) {
      const matched = Math.min(at(esMatched, cell), esUnits[p]!) + Math.min(at(enMatched, cell), enUnits[q]!)
      return one + lengthWeight * lengthCost(esLength[p]!, enLength[q]!, ratio) + lexical(matched, esUnits[p]! + enUnits[q]!)
    },
    esMerge(p, q, first, second) {
      const matched =
        Math.min(at(esMatched, first), esUnits[p]!) +
        Math.min(at(esMatched, second), esUnits[p + 1]!) +
        Math.min(at(enMatched, first) + at(enMatched, second), enUnits[q]!)
      const length = lengthCost(esLength[p]! + esLength[p + 1]!, enLength[q]!, ratio)
      return merge + lengthWeight * length + lexical(matched, esUnits[p]! + esUnits[p + 1]! + enUnits[q]!)
    },
    enMerge(p, q, first, second) {
      const matched =
        Math.min(at(esMatched, first) + at(esMatched, second), esUnits[p]!) +
        Math.min(at(enMatched, first), enUnits[q]!) +
        Math.min(at(enMatched, second), enUnits[q + 1]!)
      const length = lengthCost(esLength[p]!, enLength[q]! + enLength[q + 1]!, ratio)
      return merge + lengthWeight * length + lexical(matched, esUnits[p]! + enUnits[q]! + enUnits[q + 1]!)
    }
  }
}

/**
 * Smoothed lexical similarity of a bead, in `[0, 1]`: matched weight of both
 * sides over their total weight.
 */
function similarity(context: Context, p: number, ps: number, q: number, qs: number): number {
  const {stats, band, es, en, settings} = context
  if (!stats) return 0
  let matched = 0
  let total = 0

  for (let a = p; a < p + ps; a++) {
    let found = 0
    for (let b = q; b < q + qs; b++) found += read(stats.esMatched, band, a, b)
    const weight = es[a]!.units.length
    matched += Math.min(found, weight)
    total += weight
  }

  for (let b = q; b < q + qs; b++) {
    let found = 0
    for (let a = p; a < p + ps; a++) found += read(stats.enMatched, band, a, b)
    const weight = en[b]!.units.length
    matched += Math.min(found, weight)
    total += weight
  }

  return (matched + settings.expected * settings.smoothing) / (total + settings.smoothing)
}

/**
 * Statistic of sentence pair `(p, q)`, `0` outside the band.
 */
function read(values: Float32Array, band: Band, p: number, q: number): number {
  const cell = cellOf(band, p + 1, q + 1)
  return cell === -1 ? 0 : values[cell]!
}

/**
 * Whether a path runs within two cells of a band edge that is not the grid's.
 */
function touchesEdge(band: Band, path: Array<[number, number]>): boolean {
  for (const [i, j] of path) {
    if ((band.lo[i]! > 0 && j - band.lo[i]! < 2) || (band.hi[i]! < band.m && band.hi[i]! - j < 2)) return true
  }

  return false
}

/**
 * Turn a path into beads with scores.
 */
function toBeads(path: Array<[number, number]>, context: Context): AlignedBead[] {
  const beads: AlignedBead[] = []
  for (let k = 1; k < path.length; k++) {
    const [i0, j0] = path[k - 1]!
    const [i1, j1] = path[k]!
    const es = range(i0, i1)
    const en = range(j0, j1)
    let score = 0
    if (es.length > 0 && en.length > 0) {
      score = context.stats
        ? similarity(context, i0, es.length, j0, en.length)
        : Math.exp(-lengthCost(sumLengths(context.es, es), sumLengths(context.en, en), context.settings.ratio))
    }

    beads.push({es, en, score: Math.round(score * 1000) / 1000})
  }

  return beads
}

/**
 * Features of a sentence (only its length when lexical evidence is off).
 */
function features(text: string, lang: 'es' | 'en', context: FeatureContext, lexical: boolean): Features {
  if (!lexical) return {units: [], bag: new Int32Array(0), length: text.length}
  return extractFeatures(text, lang, context)
}

/**
 * Throw unless `value` is an array of strings.
 */
function check(value: readonly string[], side: string): void {
  if (!Array.isArray(value)) throw new TypeError('Unexpected `' + side + '` value, expected an array of strings')
  for (const [index, item] of value.entries()) {
    if (typeof item !== 'string') {
      throw new TypeError('Unexpected `' + side + '[' + index + ']` value `' + String(item) + '`, expected a string')
    }
  }
}

function range(from: number, to: number): number[] {
  const result: number[] = []
  for (let index = from; index < to; index++) result.push(index)
  return result
}

function sumLengths(side: Features[], indices: number[]): number {
  let total = 0
  for (const index of indices) total += side[index]!.length
  return total
}
