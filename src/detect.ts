/**
 * `glosa/detect`: Spanish/English detection alone.
 *
 * The same functions as the main entry, without the markdown, glossary and
 * alignment stages (and their dependencies), for callers that start often
 * and only need languages: importing this entry and making a first call
 * takes about half the time of the whole package.
 */
export type {
  Detector,
  Lang,
  LangDecision,
  LanguageResult,
  TokenKind,
  TokenLang,
  TokenTag
} from './types.js'
export {
  defaultDetector,
  detectLanguage,
  tagTokens,
  type DetectLanguageOptions,
  type TagTokensOptions
} from './detect/index.js'
