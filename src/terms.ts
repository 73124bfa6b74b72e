/**
 * Public term functions: the match stage with the default glossary filled in.
 *
 * The stage itself takes its glossary explicitly (stages do not import each
 * other); this glue is what users call.
 */
import {defaultGlossary} from './glossary/index.js'
import {
  matchTerms as matchWith,
  translateTerms as translateWith,
  type MatchTermsOptions as StageMatchOptions,
  type TranslateTermsOptions as StageTranslateOptions
} from './match/index.js'
import type {Glossary, TermMatch} from './types.js'

/** Options of `matchTerms`: as the stage's, with `glossary` optional (default: `defaultGlossary`). */
export type MatchTermsOptions = Omit<StageMatchOptions, 'glossary'> & {glossary?: Glossary | null | undefined}

/** Options of `translateTerms`: as the stage's, with `glossary` optional (default: `defaultGlossary`). */
export type TranslateTermsOptions = Omit<StageTranslateOptions, 'glossary'> & {glossary?: Glossary | null | undefined}

/**
 * Find every mention of a glossary concept in `text`, in either language.
 *
 * @param text
 *   Plain text.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Matches in order, never overlapping, with UTF-16 offsets into `text`.
 *
 * @example
 *   matchTerms('La F.G.R. dijo').map((m) => m.entry) // => ['mx-fgr']
 */
export function matchTerms(text: string, options?: MatchTermsOptions | null | undefined): TermMatch[] {
  return matchWith(text, {...options, glossary: options?.glossary ?? defaultGlossary} as StageMatchOptions)
}

/**
 * Put each glossary term of `text` into the other language, or gloss it.
 *
 * @param text
 *   Plain text.
 * @param options
 *   Configuration; `to` is required.
 * @returns
 *   The text with its terms replaced (`style: 'replace'`, default) or glossed.
 *
 * @example
 *   translateTerms('la FGR informó', {to: 'en', style: 'gloss'})
 *   // => "la FGR (Attorney General's Office) informó"
 */
export function translateTerms(text: string, options: TranslateTermsOptions): string {
  return translateWith(text, {...options, glossary: options?.glossary ?? defaultGlossary} as StageTranslateOptions)
}
