/**
 * What a term element says about its glossary entry: whether it is an
 * acronym, and a bilingual title of full names.
 */
import type {Concept, Glossary, Lang, Term, TermMatch} from '../types.js'

/** How to mark one term. */
export interface TermLabel {
  /** Whether the matched form is an acronym (rendered as `<abbr>`). */
  acronym: boolean
  /**
   * Full names, the matched language first, joined by ` — `
   * (`Fiscalía General de la República — Attorney General's Office`).
   */
  title: string | undefined
}

const statusRank: Record<Term['status'], number> = {preferred: 0, admitted: 1, deprecated: 2, superseded: 3}

/**
 * Describe a term match with its glossary entry.
 *
 * @param term
 *   Term match.
 * @param glossary
 *   Glossary the match was made with (optional: no title without it).
 * @returns
 *   Whether it is an acronym and its title.
 *
 * @example
 *   describeTerm({entry: 'mx-fgr', form: 'FGR', lang: 'es', ...}, defaultGlossary)
 *   // => {acronym: true, title: 'Fiscalía General de la República — Attorney General’s Office'}
 */
export function describeTerm(term: TermMatch, glossary: Glossary | undefined): TermLabel {
  const concept = glossary?.get(term.entry)
  if (!concept) return {acronym: false, title: undefined}
  const matched = concept.terms.find((t) => t.text === term.form || (t.forms ?? []).includes(term.form))
  const other: Lang = term.lang === 'es' ? 'en' : 'es'
  const names: string[] = []
  for (const lang of [term.lang, other]) {
    const name = fullName(concept, lang)
    if (name !== undefined && !names.includes(name)) names.push(name)
  }

  return {acronym: matched?.type === 'acronym', title: names.length > 0 ? names.join(' — ') : undefined}
}

/** The best full form of a concept in a language. */
function fullName(concept: Concept, lang: Lang): string | undefined {
  let best: Term | undefined
  for (const term of concept.terms) {
    if (term.lang !== lang || term.type !== 'fullForm') continue
    if (!best || statusRank[term.status] < statusRank[best.status]) best = term
  }

  return best?.text
}
