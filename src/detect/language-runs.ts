/**
 * Single-language runs of a tagged token sequence.
 */

import type {Lang, Range, TokenTag} from '../types.js'

/** A run of one language. */
export interface LanguageRun extends Range {
  lang: Lang
}

/**
 * Find the maximal single-language runs of tagged tokens.
 *
 * A run goes from the first to the last token of one language; tokens without
 * language (`'other'`: punctuation, names, numbers…) inside it do not break
 * it, and are not part of it at its edges.
 *
 * @param tags
 *   Tags in order (as from `tagTokens`).
 * @returns
 *   Runs in order, not overlapping.
 *
 * @example
 *   languageRuns(tagTokens('Me sale invalid address, pero ya')).map((r) => r.lang)
 *   // => ['es', 'en', 'es']
 */
export function languageRuns(tags: readonly TokenTag[]): LanguageRun[] {
  const runs: LanguageRun[] = []
  let current: LanguageRun | undefined

  for (const tag of tags) {
    if (tag.lang !== 'es' && tag.lang !== 'en') continue
    if (current && current.lang === tag.lang) {
      current.end = tag.end
    } else {
      current = {start: tag.start, end: tag.end, lang: tag.lang}
      runs.push(current)
    }
  }

  return runs
}
