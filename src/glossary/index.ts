/**
 * The glossary stage: format (schema), validation, compilation, lint, and
 * the default glossary.
 */
export {createGlossary, defaultCase} from './create.js'
export {defaultGlossary} from './default.js'
export {
  lintGlossary,
  type ConceptLocation,
  type LintMessage,
  type LintOptions,
  type Point,
  type SpecMatch,
  type SpecMatcher
} from './lint.js'
export {formatPath, GlossaryError, type GlossaryProblem, type PathSegment} from './problem.js'
export {conceptSchema} from './schema.js'
export {validateConcept, validateConcepts, type ValidateOptions} from './validate.js'
