/**
 * Choose the terms that machine-translation glossaries and other projections
 * can use, and find the ones they must leave out.
 *
 * MT engines insert glossary entries regardless of context, so an entry must
 * be unambiguous: a term is left out when it needs context
 * (`requiresContext`), is limited to the text of some languages (`matchIn`,
 * like `EU`, which is Estados Unidos only in Spanish), or collides in lower
 * case (NFC) with a term or form of another concept in the same language.
 */

import type {Concept, Lang, Term, TermType} from '../../types.js'

/**
 * Get the name of a concept in a language: its preferred term of a type; for
 * a superseded concept (no preferred term in that language), its superseded
 * term of that type.
 *
 * @param concept
 *   Concept.
 * @param lang
 *   Language.
 * @param type
 *   Term type.
 * @returns
 *   Term (optional).
 */
export function nameOf(concept: Concept, lang: Lang, type: TermType): Term | undefined {
  const own = concept.terms.filter((d) => d.lang === lang)
  const typed = own.filter((d) => d.type === type)
  const preferred = typed.find((d) => d.status === 'preferred')
  if (preferred) return preferred
  if (own.some((d) => d.status === 'preferred')) return undefined
  return typed.find((d) => d.status === 'superseded')
}

/**
 * Create a check for ambiguous terms.
 *
 * @param concepts
 *   All concepts of the glossary.
 * @returns
 *   Function telling whether a term of a concept is ambiguous.
 */
export function createAmbiguity(concepts: readonly Concept[]): (term: Term, concept: Concept) => boolean {
  const owners = new Map<string, Set<string>>()

  for (const concept of concepts) {
    for (const term of concept.terms) {
      for (const text of [term.text, ...(term.forms ?? [])]) {
        const key = term.lang + ':' + fold(text)
        let ids = owners.get(key)
        if (!ids) owners.set(key, (ids = new Set()))
        ids.add(concept.id)
      }
    }
  }

  return function (term, concept) {
    if (term.requiresContext || term.matchIn !== undefined) return true
    const ids = owners.get(term.lang + ':' + fold(term.text))
    return ids !== undefined && [...ids].some((d) => d !== concept.id)
  }
}

/**
 * Fold text for comparison: NFC, lower case.
 *
 * @param value
 *   Text.
 * @returns
 *   Folded text.
 */
export function fold(value: string): string {
  return value.normalize('NFC').toLowerCase()
}

/**
 * Check that text can be one entry of a line-based glossary: not blank, no
 * surrounding white space, no control characters or line separators (so no
 * tabs or line breaks), at most 1024 UTF-8 bytes (DeepL's limit).
 *
 * @param value
 *   Text.
 * @returns
 *   Whether it is usable.
 */
export function isSingleLine(value: string): boolean {
  return (
    value !== '' &&
    value.trim() === value &&
    !/[\p{Cc}\u2028\u2029]/u.test(value) &&
    new TextEncoder().encode(value).length <= 1024
  )
}
