/**
 * Term checks: findings about a text's glossary terms, as messages.
 */

export {checkTerms, type CheckTermsOptions} from './check-terms.js'
