/**
 * Segmentation of plain text: sentences and quoted passages.
 */
export {splitSentences, type Sentence} from './sentences.js'
export {findQuotes, type Quote} from './quotes.js'
