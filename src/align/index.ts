/**
 * Bilingual alignment: pair Spanish and English passages of an article, and
 * align two documents sentence by sentence.
 */
export {alignTexts, galeChurch, type AlignedBead, type AlignTextsOptions} from './align-texts.js'
export {toTmx, toTsv, type TmxOptions} from './export.js'
export {createLexicon, getDefaultLexicon, type Lexicon} from './lexicon.js'
export {pairSegments, type PairSegmentsOptions, type PairSegmentsResult} from './pair-segments.js'
