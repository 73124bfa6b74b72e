/**
 * The curated glossary that ships with glosa, compiled from `glossary/`.
 */
import type {Glossary} from '../types.js'
import {compileGlossary} from './create.js'
import {concepts} from './default-data.js'

/**
 * The default glossary: Mexico/US justice, security, immigration and
 * diplomatic institutions, in English and Spanish.
 *
 * Built from `glossary/**\/*.yaml` by `scripts/build-glossary.ts` into
 * `default-data.ts` (validated there and by the test suite), compiled and
 * frozen when this module loads.
 *
 * @example
 *   defaultGlossary.get('mx-fgr')?.replacedBy // => undefined
 *   defaultGlossary.get('mx-pgr')?.replacedBy // => 'mx-fgr'
 */
export const defaultGlossary: Glossary = /* @__PURE__ */ compileGlossary(concepts)
