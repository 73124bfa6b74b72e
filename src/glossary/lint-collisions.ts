/**
 * Lint rules about terms shared by concepts: `term-collision` and
 * `acronym-collision`.
 *
 * Two terms of different concepts collide when one text could match both.
 * Surfaces (a term's text and its `forms`) are compared loosely, as a matcher
 * may: accents, punctuation and spaces are ignored (`E.U.` and `EU`, `Fiscalía`
 * and `Fiscalia`), and case is compared by the terms' case rules. A collision
 * is fine (disambiguated) when:
 *
 * - the terms match in different languages (`matchIn` sets do not overlap:
 *   `EU` with `matchIn: [es]` for Estados Unidos, `matchIn: [en]` for the
 *   European Union);
 * - one of the two carries `requiresContext` (so of several concepts sharing
 *   a term, all but one carry it: a bare `Fiscalía`);
 * - their case rules make them distinct (`ICE` with `case: exact` and `ice`
 *   with `case: exact`; a `permissive` `ice` would also match `ICE`).
 */
import {defaultCase} from './create.js'
import type {CaseRule, Lang, Term} from '../types.js'
import type {LintContext} from './lint.js'

/** A surface of a term. */
interface Surface {
  /** Index of the concept in the lint input. */
  index: number
  id: string
  position: number
  term: Term
  text: string
}

const bothLanguages: readonly Lang[] = ['es', 'en']

/**
 * Report colliding terms across concepts.
 *
 * Groups surfaces by a folded key (linear), then compares pairs inside each
 * group; each pair of colliding terms is reported once, on the later concept.
 *
 * @param context
 *   Lint context.
 */
export function lintCollisions(context: LintContext): void {
  const groups = new Map<string, Surface[]>()

  for (const {index, concept} of context.concepts) {
    for (const [position, term] of concept.terms.entries()) {
      for (const text of new Set([term.text, ...(term.forms ?? [])])) {
        const key = fold(text)
        if (!key) continue
        let group = groups.get(key)
        if (!group) groups.set(key, (group = []))
        group.push({index, id: concept.id, position, term, text})
      }
    }
  }

  const reported = new Set<string>()

  for (const group of groups.values()) {
    if (group.length < 2) continue
    for (let b = 1; b < group.length; b++) {
      for (let a = 0; a < b; a++) {
        const left = group[a]!
        const right = group[b]!
        const pair = left.index + ':' + left.position + '|' + right.index + ':' + right.position
        if (left.id === right.id || reported.has(pair) || !collide(left, right)) continue
        reported.add(pair)
        const acronym = left.term.type === 'acronym' || right.term.type === 'acronym'
        context.report(
          'error',
          acronym ? 'acronym-collision' : 'term-collision',
          'Unexpected ' + (acronym ? 'acronym' : 'term') + ' `' + right.text + '`, also `' + left.text + '` in ' + context.name(left.index) +
            ', expected `matchIn`, `requiresContext` or a case rule to tell them apart',
          right.index,
          ['terms', right.position]
        )
      }
    }
  }
}

/**
 * Fold a surface to compare loosely: no accents, no case, letters and digits only.
 *
 * @param text
 *   Surface.
 * @returns
 *   Key.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/**
 * Whether two surfaces with the same key can match the same text.
 *
 * @param left
 *   Surface.
 * @param right
 *   Surface of another concept.
 * @returns
 *   Whether they collide.
 */
function collide(left: Surface, right: Surface): boolean {
  if (left.term.requiresContext || right.term.requiresContext) return false
  const leftIn = left.term.matchIn ?? bothLanguages
  const rightIn = right.term.matchIn ?? bothLanguages
  if (!leftIn.some((lang) => rightIn.includes(lang))) return false
  return caseCompatible(left.text, left.term.case ?? defaultCase(left.term.type), right.text, right.term.case ?? defaultCase(right.term.type))
}

/**
 * Whether some text matches two surfaces under their case rules.
 *
 * Character by character (accents and punctuation stripped), the sets of text
 * characters each rule admits must overlap: `exact` admits the character,
 * `permissive` also the upper case of a lower-case one, `insensitive` both
 * cases.
 *
 * @param left
 *   Surface.
 * @param leftCase
 *   Its case rule.
 * @param right
 *   Other surface (same folded key).
 * @param rightCase
 *   Its case rule.
 * @returns
 *   Whether they can match the same text.
 */
export function caseCompatible(left: string, leftCase: CaseRule, right: string, rightCase: CaseRule): boolean {
  const a = [...strip(left)]
  const b = [...strip(right)]
  // Note: case mappings that change length (`ß`) cannot be compared by position; assume a collision.
  if (a.length !== b.length) return true
  return a.every((character, index) => {
    const other = b[index]!
    const admitted = admits(character, leftCase)
    return admits(other, rightCase).some((value) => admitted.includes(value))
  })
}

/**
 * @param text
 *   Surface.
 * @returns
 *   Letters and digits, without accents, case kept.
 */
function strip(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]/gu, '')
}

/**
 * @param character
 *   Character of a term.
 * @param rule
 *   Case rule of the term.
 * @returns
 *   Characters of a text it admits at that place.
 */
function admits(character: string, rule: CaseRule): string[] {
  const lower = character.toLowerCase()
  const upper = character.toUpperCase()
  if (rule === 'insensitive') return [lower, upper]
  if (rule === 'permissive' && character === lower) return [character, upper]
  return [character]
}
