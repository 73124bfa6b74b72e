/**
 * glosa/node — Node-only helpers: glossary directories and exchange files.
 */

// glossary directories
export {
  lintGlossaryDirectory,
  loadGlossaryFiles,
  packageGlossaryDirectory,
  parseConceptFile,
  readGlossaryDirectory,
  stringifyConcept,
  type GlossaryFile,
  type ParsedConceptFile,
  type ReadGlossaryOptions
} from './glossary-dir.js'

// exchange formats
export {
  conceptToYaml,
  ExchangeError,
  exportFormats,
  exportGlossary,
  importGlossary,
  toI18nextBundles,
  type ConceptToYamlOptions,
  type ExchangeProblem,
  type ExportFormat,
  type ExportOptions,
  type I18nextBundles,
  type I18nextConcept,
  type ImportFormat,
  type ImportOptions
} from './exchange/index.js'

// batches
export {
  processFiles,
  type BatchFailure,
  type BatchProgress,
  type BatchResult,
  type BatchSuccess,
  type ProcessFilesOptions
} from './batch.js'
export {expandInputs} from './expand-inputs.js'
export {analyzeFile, type AnalyzedFile} from './analyze-file.js'
