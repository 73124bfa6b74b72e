/**
 * Google Cloud Translation glossary, "equivalent term sets" CSV: a header
 * row of language codes plus `pos` and `description`, then one row per set
 * of equivalent terms (`en,es,pos,description`).
 *
 * Each concept gives a row of its preferred full forms and, when both
 * languages have one, a row of its preferred acronyms; `pos` is `noun` and
 * `description` the English definition (else the Spanish one, else the
 * concept id). Equivalent sets work in both directions, so a row is left out
 * when either term is ambiguous (see `pick.ts`) or not a single line.
 */

import type {Concept} from '../../types.js'
import {formatCsvRow} from './csv-syntax.js'
import {createAmbiguity, isSingleLine, nameOf} from './pick.js'

/**
 * Serialize concepts as a Google equivalent term set CSV.
 *
 * @param concepts
 *   Concepts.
 * @param bom
 *   Whether to start with a UTF-8 byte order mark.
 * @returns
 *   CSV (`\r\n` line endings).
 */
export function writeGoogle(concepts: readonly Concept[], bom: boolean): string {
  const ambiguous = createAmbiguity(concepts)
  const rows = [formatCsvRow(['en', 'es', 'pos', 'description'])]

  for (const concept of concepts) {
    const description = concept.definition?.en ?? concept.definition?.es ?? concept.id

    for (const type of ['fullForm', 'acronym'] as const) {
      const en = nameOf(concept, 'en', type)
      const es = nameOf(concept, 'es', type)
      if (!en || !es || ambiguous(en, concept) || ambiguous(es, concept)) continue
      if (!isSingleLine(en.text) || !isSingleLine(es.text)) continue
      rows.push(formatCsvRow([en.text, es.text, 'noun', description]))
    }
  }

  return (bom ? '\uFEFF' : '') + rows.join('\r\n') + '\r\n'
}
