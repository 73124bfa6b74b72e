/**
 * Write an imported concept as the YAML of a concept file.
 */

import type {Concept} from '../../types.js'
import {stringifyConcept} from '../glossary-dir.js'
import {orderConcept} from './canonical.js'

/** Options of `conceptToYaml`. */
export interface ConceptToYamlOptions {
  /**
   * Path of `schema.json` from the file, for editors (default:
   * `'../schema.json'`, right for `glossary/<family>/<name>.yaml`; `null` for
   * no comment).
   */
  schema?: string | null | undefined
}

/**
 * Serialize a concept as the YAML of a concept file, fields in glosa's order
 * (`id`, `kind`, `jurisdiction`, … `terms`, `sources`, `notes`), so that the
 * file reads like the ones in `glossary/` and loads back unchanged.
 *
 * @param concept
 *   Concept.
 * @param options
 *   Configuration (optional).
 * @returns
 *   YAML, ending in a line feed.
 *
 * @example
 *   conceptToYaml(importGlossary(tbx)[0], {schema: null})
 *   // => 'id: mx-fgr\nkind: prosecutor\n…'
 */
export function conceptToYaml(concept: Concept, options?: ConceptToYamlOptions | null | undefined): string {
  return stringifyConcept(orderConcept(concept), {schema: options?.schema})
}
