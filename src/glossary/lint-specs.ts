/**
 * Lint rule `failing-spec`: run each term's `tests` with a matcher.
 */
import type {Glossary} from '../types.js'
import type {LintContext, SpecMatch, SpecMatcher} from './lint.js'
import type {PathSegment} from './problem.js'

/** One phrase of a term's `tests`. */
interface Spec {
  index: number
  id: string
  term: string
  kind: 'match' | 'noMatch'
  phrase: string
  path: PathSegment[]
}

/**
 * Run specs: each `tests.match` phrase must produce a match of the term's
 * concept, each `tests.noMatch` phrase must not.
 *
 * Phrases are taken from the compiled glossary (NFC). A matcher that throws
 * fails the spec with its error message.
 *
 * @param context
 *   Lint context.
 * @param glossary
 *   Glossary of the valid concepts.
 * @param match
 *   Matcher.
 */
export function lintSpecs(context: LintContext, glossary: Glossary, match: SpecMatcher): void {
  for (const {index, concept} of context.concepts) {
    const compiled = glossary.get(concept.id)
    for (const [position, term] of (compiled?.terms ?? []).entries()) {
      for (const kind of ['match', 'noMatch'] as const) {
        for (const [item, phrase] of (term.tests?.[kind] ?? []).entries()) {
          const path = ['terms', position, 'tests', kind, item]
          runSpec(context, {index, id: concept.id, term: term.text, kind, phrase, path}, glossary, match)
        }
      }
    }
  }
}

/**
 * @param context
 *   Lint context.
 * @param spec
 *   Spec.
 * @param glossary
 *   Glossary.
 * @param match
 *   Matcher.
 */
function runSpec(context: LintContext, spec: Spec, glossary: Glossary, match: SpecMatcher): void {
  const {index, id, kind, phrase, path} = spec
  let found: readonly SpecMatch[]

  try {
    found = match(phrase, glossary)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    context.report('error', 'failing-spec', 'Unexpected error matching `' + phrase + '`: ' + reason, index, path)
    return
  }

  const hit = found.find((result) => result.entry === id)
  if (kind === 'match' && !hit) {
    const reason = 'Expected `' + id + '` in `' + phrase + '` (spec of `' + spec.term + '`)' + others(found)
    context.report('error', 'failing-spec', reason, index, path)
  } else if (kind === 'noMatch' && hit) {
    const at = phrase.slice(hit.start, hit.end)
    const reason = 'Unexpected `' + id + '` in `' + phrase + '` at `' + at + '` (spec of `' + spec.term + '`)'
    context.report('error', 'failing-spec', reason, index, path)
  }
}

/**
 * @param found
 *   Matches of other concepts.
 * @returns
 *   `, found \`a\`, \`b\`` or `, found nothing`.
 */
function others(found: readonly SpecMatch[]): string {
  const ids = [...new Set(found.map((result) => result.entry))]
  return ids.length === 0 ? ', found nothing' : ', found ' + ids.map((id) => '`' + id + '`').join(', ')
}
