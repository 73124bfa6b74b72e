/**
 * Exchange formats of glosa's glossary: TBX, CSV, DeepL, Google, i18next and
 * markdown abbreviations out; TBX and CSV in.
 */

export {conceptToYaml, type ConceptToYamlOptions} from './yaml.js'
export {ExchangeError, type ExchangeProblem} from './error.js'
export {exportGlossary, exportFormats, type ExportFormat, type ExportOptions} from './export.js'
export {toI18nextBundles, type I18nextBundles, type I18nextConcept} from './i18next.js'
export {importGlossary, type ImportFormat, type ImportOptions} from './import.js'
