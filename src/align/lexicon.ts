/**
 * The Spanish → English lexicon used as alignment evidence.
 *
 * The data is tab-separated text, one Spanish headword a line:
 * `headword<TAB>translation; translation<TAB>tags`, where tags (optional,
 * comma-separated) are `fn` (function word: no alignment evidence) and
 * `news` (news vocabulary outside the frequency list). Lines starting with `#`
 * and blank lines are ignored. The default lexicon is compiled from
 * `data/lexicon/es-en.tsv` by `scripts/build-lexicon.ts`.
 */
import {isEnglishStopword} from './english.js'
import {fold} from './fold.js'
import {lexiconData} from './lexicon-data.js'
import {findCandidate} from './spanish.js'

/** A compiled es → en lexicon. */
export interface Lexicon {
  /** Number of headwords. */
  readonly size: number
  /**
   * English translations of a Spanish word in any case or inflection
   * (`Aclaró` → `['clarify', …]`), through the lemmatiser when the form itself
   * is not a headword; `undefined` when unknown.
   */
  translate(word: string): readonly string[] | undefined
  /** Whether a Spanish word is a function word (`de`, `que`, `la`). */
  isFunctionWord(word: string): boolean
  /**
   * Whether a Spanish word (any inflection) frames a quote rather than says
   * what it is about (`señaló`, `presidenta`).
   */
  isFrameWord(word: string): boolean
}

/** One parsed line of lexicon data. */
export interface LexiconEntry {
  spanish: string
  english: string[]
  tags: string[]
  /** 1-based line number in the data. */
  line: number
}

let defaultLexicon: Lexicon | undefined

/**
 * Parse lexicon data (the TSV source or its compiled form) into entries.
 *
 * Malformed lines are skipped here; `scripts/build-lexicon.ts` reports them.
 *
 * @param data
 *   Tab-separated lexicon text.
 * @returns
 *   Entries in order.
 */
export function parseLexicon(data: string): LexiconEntry[] {
  const entries: LexiconEntry[] = []
  const lines = data.split(/\r?\n/)

  for (let index = 0; index < lines.length; index++) {
    const value = lines[index]!
    if (value === '' || value.startsWith('#')) continue
    const [spanish = '', english = '', tags = ''] = value.split('\t')
    entries.push({
      spanish,
      english: english.split(';').map((d) => d.trim()).filter(Boolean),
      tags: tags.split(',').map((d) => d.trim()).filter(Boolean),
      line: index + 1
    })
  }

  return entries
}

/**
 * Create a lexicon from tab-separated data.
 *
 * @param data
 *   Lexicon text (`headword<TAB>translation; translation<TAB>tags` lines).
 * @returns
 *   A lexicon.
 *
 * @example
 *   createLexicon('aclarar\tclarify').translate('aclaró') // => ['clarify']
 */
export function createLexicon(data: string): Lexicon {
  const translations = new Map<string, string[]>()
  const functionWords = new Set<string>()
  const frameWords = new Set<string>()
  const cache = new Map<string, string | undefined>()

  for (const entry of parseLexicon(data)) {
    if (entry.spanish === '' || entry.english.length === 0) continue
    const key = fold(entry.spanish)
    const known = translations.get(key)
    translations.set(key, known ? [...new Set([...known, ...entry.english])] : entry.english)
    // Note: a word whose translations are all English function words (`tiene` →
    // `have`) carries no evidence either.
    if (entry.tags.includes('fn') || entry.english.every((d) => d.split(/[\s-]+/).every(isEnglishStopword))) {
      functionWords.add(key)
    }

    if (entry.tags.includes('frame')) frameWords.add(key)
  }

  return {
    size: translations.size,
    translate(word) {
      const headword = resolve(word)
      return headword === undefined ? undefined : translations.get(headword)
    },
    isFunctionWord(word) {
      return functionWords.has(fold(word))
    },
    isFrameWord(word) {
      const headword = resolve(word)
      return headword !== undefined && frameWords.has(headword)
    }
  }

  /**
   * Headword a word resolves to: itself, or the first lemmatiser candidate
   * that is a headword.
   */
  function resolve(word: string): string | undefined {
    const key = fold(word)
    if (cache.has(key)) return cache.get(key)
    let result = translations.has(key) ? key : undefined
    if (result === undefined && key.length > 3) result = findCandidate(key, (d) => translations.has(d))
    cache.set(key, result)
    return result
  }
}

/**
 * The default lexicon (curated, MIT), parsed on first use.
 *
 * @returns
 *   The default lexicon.
 */
export function getDefaultLexicon(): Lexicon {
  if (!defaultLexicon) defaultLexicon = createLexicon(lexiconData)
  return defaultLexicon
}
