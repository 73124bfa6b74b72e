/**
 * The detection model: its data shape.
 *
 * The data is a generated module (`model-data.ts`, made by
 * `scripts/build-detect-model.ts`) of base64 tables; `default-model.ts`
 * decodes it on first use.
 */

import type {NgramShape} from './ngram.js'
import {BloomFilter, HashTable, type BloomShape, type TableShape} from './table.js'

/** An encoded hashed table. */
export interface TableData extends TableShape {
  data: string
}

/** An encoded Bloom filter. */
export interface BloomData extends BloomShape {
  data: string
}

/** Data of one language. */
export interface LanguageData {
  /** ISO 639-1 code. */
  language: string
  /** Frequent words: folded word → quantised log-probability. */
  words: TableData
  /** Character n-grams (see `ngram.ts`). */
  ngrams: TableData
  /** Large lexicon (folded words), when the language has one. */
  lexicon: BloomData | null
  /** Total n-gram probability of the lexicon's words (its normaliser). */
  lexiconMass: number
  /** Number of words in the lexicon. */
  lexiconSize: number
  /** `log P(accented letter | its base letter)` for letters seen in the language. */
  accents: Record<string, number>
  /** Weights of the word model's three parts (sum to 1). */
  mixture: {frequent: number; lexicon: number; ngram: number}
}

/** The whole model as generated. */
export interface ModelData {
  version: number
  ngram: NgramShape
  /** Log-probability of word value 0. */
  wordOffset: number
  /** Quantisation step of word log-probabilities. */
  wordStep: number
  /** `log P` of an accented letter a language never uses. */
  accentFloor: number
  languages: LanguageData[]
}

/** A decoded language. */
export interface LanguageModel {
  language: string
  words: HashTable
  ngrams: HashTable
  lexicon: BloomFilter | undefined
  lexiconMass: number
  lexiconSize: number
  accents: Map<string, number>
  mixture: {frequent: number; lexicon: number; ngram: number}
}

/** The decoded model. */
export interface Model {
  ngram: NgramShape
  wordOffset: number
  wordStep: number
  accentFloor: number
  languages: LanguageModel[]
}

/**
 * Wrap model data in lookup structures (cheap: tables are read in place).
 *
 * @param data
 *   Model data.
 * @returns
 *   Decoded model.
 */
export function decodeModel(data: ModelData): Model {
  return {
    ngram: data.ngram,
    wordOffset: data.wordOffset,
    wordStep: data.wordStep,
    accentFloor: data.accentFloor,
    languages: data.languages.map((language) => ({
      language: language.language,
      words: new HashTable(language.words.data, language.words),
      ngrams: new HashTable(language.ngrams.data, language.ngrams),
      lexicon: language.lexicon ? new BloomFilter(language.lexicon.data, language.lexicon) : undefined,
      lexiconMass: language.lexiconMass,
      lexiconSize: language.lexiconSize,
      accents: new Map(Object.entries(language.accents)),
      mixture: language.mixture
    }))
  }
}
