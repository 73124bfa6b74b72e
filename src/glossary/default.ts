/**
 * The curated glossary that ships with glosa, compiled from `glossary/`.
 */
import type {Concept, Glossary, GlossaryTerm} from '../types.js'
import {compileGlossary} from './create.js'
import {loadConcepts} from './default-data.js'

let compiled: Glossary | undefined

/**
 * The default glossary: Mexico/US justice, security, immigration and
 * diplomatic institutions, in English and Spanish.
 *
 * Built from `glossary/**\/*.yaml` by `scripts/build-glossary.ts` into
 * `default-data.ts` (validated there and by the test suite), then parsed,
 * compiled and frozen on first use, so importing glosa stays cheap.
 *
 * @example
 *   defaultGlossary.get('mx-fgr')?.replacedBy // => undefined
 *   defaultGlossary.get('mx-pgr')?.replacedBy // => 'mx-fgr'
 */
export const defaultGlossary: Glossary = Object.freeze({
  get concepts(): readonly Concept[] {
    return load().concepts
  },
  get terms(): readonly GlossaryTerm[] {
    return load().terms
  },
  get(id: string): Concept | undefined {
    return load().get(id)
  }
})

/**
 * Compile the default glossary once.
 *
 * @returns
 *   Compiled glossary.
 */
function load(): Glossary {
  compiled ??= compileGlossary(loadConcepts())
  return compiled
}
