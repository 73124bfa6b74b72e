/**
 * Markdown abbreviation blocks (PHP Markdown Extra, markdown-it-abbr), one
 * file per language (`abbr.es.md`, `abbr.en.md`): `*[FGR]: Fiscalía General
 * de la República`, one line per acronym, sorted.
 *
 * An acronym of a language (preferred, admitted or superseded — historical
 * text uses PGR) expands to its concept's name in that language (preferred
 * full form; a superseded concept's superseded one). Left out: deprecated
 * acronyms, acronyms that need context or are limited by `matchIn` to other
 * languages, acronyms with `]` or that are not single lines, and acronyms
 * that two concepts would expand differently (abbreviations apply to every
 * occurrence in a document).
 */

import type {Concept, Lang} from '../../types.js'
import {isSingleLine, nameOf} from './pick.js'

/** Collator for a stable order. */
const collator = new Intl.Collator('en')

/**
 * Serialize concepts as abbreviation blocks.
 *
 * @param concepts
 *   Concepts.
 * @returns
 *   File name → markdown (empty when a language has no acronym).
 */
export function writeAbbr(concepts: readonly Concept[]): Record<string, string> {
  const files: Record<string, string> = {}
  for (const lang of ['es', 'en'] as const) {
    const lines = [...abbreviations(concepts, lang)]
      .filter(([, expansions]) => expansions.size === 1)
      .sort(([a], [b]) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0))
      .map(([acronym, expansions]) => '*[' + acronym + ']: ' + [...expansions][0])
    files['abbr.' + lang + '.md'] = lines.map((d) => d + '\n').join('')
  }

  return files
}

/**
 * Collect the expansions of each acronym of a language.
 *
 * @param concepts
 *   Concepts.
 * @param lang
 *   Language.
 * @returns
 *   Acronym → expansions.
 */
function abbreviations(concepts: readonly Concept[], lang: Lang): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>()

  for (const concept of concepts) {
    const expansion = nameOf(concept, lang, 'fullForm')
    if (!expansion || !isSingleLine(expansion.text)) continue

    for (const term of concept.terms) {
      if (term.lang !== lang || term.type !== 'acronym' || term.status === 'deprecated') continue
      if (term.requiresContext || (term.matchIn && !term.matchIn.includes(lang))) continue
      if (!isSingleLine(term.text) || term.text.includes(']')) continue
      let expansions = result.get(term.text)
      if (!expansions) result.set(term.text, (expansions = new Set()))
      expansions.add(expansion.text)
    }
  }

  return result
}
