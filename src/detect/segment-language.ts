/**
 * The language of a segment from its tagged tokens.
 */

import type {Detector, SegmentLang, TokenTag} from '../types.js'
import {resolveDetector} from './detector.js'

/** Result of `segmentLanguage`. */
export interface SegmentLanguageResult {
  lang: SegmentLang
  /** Share of the segment's words in `lang` (for `'mixed'`: of both languages). */
  confidence: number
}

/** Options of `segmentLanguage`. */
export interface SegmentLanguageOptions {
  /**
   * Detector that checks single-language segments for other languages
   * (French, Portuguese, Galician…) (default: `defaultDetector`).
   */
  detector?: Detector | null | undefined
}

/** Words a run needs to count as real (not a single borrowing). */
const realRun = 2

/**
 * Decide the language of a segment from its token tags.
 *
 * `'mixed'` when both Spanish and English have a real run (two words or
 * more) in the segment; `'und'` when no word is Spanish or English, when
 * most words are of another language, or when the detector rejects the
 * segment's text as another language.
 *
 * @param tags
 *   Tags of the segment's tokens, in order.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Language and confidence.
 *
 * @example
 *   segmentLanguage(tagTokens('Me sale invalid address')).lang // => 'mixed'
 */
export function segmentLanguage(
  tags: readonly TokenTag[],
  options?: SegmentLanguageOptions | null | undefined
): SegmentLanguageResult {
  const counts = {es: 0, en: 0, other: 0}
  const longest = {es: 0, en: 0}
  let run: 'es' | 'en' | undefined
  let length = 0

  for (const tag of tags) {
    if (tag.kind !== 'word') continue
    counts[tag.lang]++
    if (tag.lang === 'other') continue
    length = tag.lang === run ? length + 1 : 1
    run = tag.lang
    longest[run] = Math.max(longest[run], length)
  }

  const words = counts.es + counts.en + counts.other
  if (counts.es + counts.en === 0 || counts.other > counts.es + counts.en) {
    return {lang: 'und', confidence: words === 0 ? 0 : counts.other / words}
  }

  if (longest.es >= realRun && longest.en >= realRun) {
    return {lang: 'mixed', confidence: (counts.es + counts.en) / words}
  }

  const lang = counts.es >= counts.en ? 'es' : 'en'
  const text = tags.map((tag) => tag.text).join(' ')
  if (resolveDetector(options?.detector).detectLanguage(text).lang === 'und') {
    return {lang: 'und', confidence: 1 - counts[lang] / words}
  }

  return {lang, confidence: counts[lang] / words}
}
