/**
 * Term matching and term translation.
 */

export type {LanguageSpan} from './context-language.js'
export {findTerms, matchTerms, type FoundTerm, type MatchTermsOptions} from './match-terms.js'
export {translateTerms, type TranslateTermsOptions} from './translate-terms.js'
export {termKey} from './term-key.js'
