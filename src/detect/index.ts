/**
 * Spanish/English detection, from whole texts down to single words.
 */

export {detectLanguage} from './detect-language.js'
export {defaultDetector, type DetectLanguageOptions, type TagTokensOptions} from './detector.js'
export {languageRuns, type LanguageRun} from './language-runs.js'
export {
  segmentLanguage,
  type SegmentLanguageOptions,
  type SegmentLanguageResult
} from './segment-language.js'
export {tagTokens} from './tag-tokens.js'
