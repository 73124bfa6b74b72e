/**
 * glosa — Spanish/English detection, a bilingual glossary, term checks and
 * aligned bilingual annotations for markdown news copy.
 *
 * The browser-safe public entry: explicit named exports only.
 */
export type * from './types.js'
export {analyze, type AnalyzeOptions} from './analyze.js'
export {
  defaultDetector,
  detectLanguage,
  tagTokens,
  type DetectLanguageOptions,
  type TagTokensOptions
} from './detect/index.js'
export {
  createGlossary,
  defaultGlossary,
  GlossaryError,
  lintGlossary,
  validateConcept,
  validateConcepts,
  type GlossaryProblem
} from './glossary/index.js'
export {matchTerms, translateTerms, type MatchTermsOptions, type TranslateTermsOptions} from './terms.js'
export {checkTerms, type CheckTermsOptions} from './messages/index.js'
export {
  alignTexts,
  createLexicon,
  galeChurch,
  pairSegments,
  toTmx,
  toTsv,
  type AlignedBead,
  type AlignTextsOptions,
  type Lexicon,
  type PairSegmentsOptions,
  type PairSegmentsResult,
  type TmxOptions
} from './align/index.js'
export {
  annotateMarkdown,
  stripAnnotations,
  toHtml,
  type AnnotateMarkdownOptions,
  type ToHtmlOptions
} from './outputs.js'
export {remarkGlosa} from './plugin.js'
