/**
 * DeepL glossary TSV: one file per direction (`glossary.es-en.tsv`,
 * `glossary.en-es.tsv`), one `source<TAB>target` entry per line, no header.
 *
 * Each concept gives its preferred full form mapped to the preferred full
 * form of the other language, and its preferred acronym mapped to the other
 * language's preferred acronym when both have one (an acronym is never
 * expanded: `FGR` does not become `Attorney General's Office`). Superseded
 * concepts (PGR) give their superseded names, for historical text. Left out:
 * ambiguous source terms (see `pick.ts`), entries with tabs, line breaks or
 * other control characters, blank or padded entries, entries over 1024 UTF-8
 * bytes, and a source repeated in lower case.
 */

import type {Concept, Lang} from '../../types.js'
import {createAmbiguity, fold, isSingleLine, nameOf} from './pick.js'

/**
 * Serialize concepts as DeepL glossary files.
 *
 * @param concepts
 *   Concepts.
 * @returns
 *   File name → TSV (`\n` line endings; empty when no entry qualifies).
 */
export function writeDeepl(concepts: readonly Concept[]): Record<string, string> {
  const ambiguous = createAmbiguity(concepts)
  const files: Record<string, string> = {}
  const directions: Array<[Lang, Lang]> = [
    ['es', 'en'],
    ['en', 'es']
  ]

  for (const [source, target] of directions) {
    const seen = new Set<string>()
    let result = ''

    for (const concept of concepts) {
      for (const type of ['fullForm', 'acronym'] as const) {
        const from = nameOf(concept, source, type)
        const to = nameOf(concept, target, type)
        if (!from || !to || ambiguous(from, concept)) continue
        if (!isSingleLine(from.text) || !isSingleLine(to.text) || seen.has(fold(from.text))) continue
        seen.add(fold(from.text))
        result += from.text + '\t' + to.text + '\n'
      }
    }

    files['glossary.' + source + '-' + target + '.tsv'] = result
  }

  return files
}
