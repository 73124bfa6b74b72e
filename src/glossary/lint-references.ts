/**
 * Lint rules about references between concepts: `dangling-reference` and
 * `reference-cycle` (for `parent` and `replacedBy`).
 */
import type {LintContext} from './lint.js'
import {nearest} from './nearest.js'

const fields = ['parent', 'replacedBy'] as const

/**
 * Check that `parent` and `replacedBy` name existing concepts, and that
 * following either never comes back to where it started.
 *
 * Linear: each concept is walked once per field.
 *
 * @param context
 *   Lint context.
 */
export function lintReferences(context: LintContext): void {
  const byId = new Map(context.concepts.map((entry) => [entry.concept.id, entry]))
  let ids: string[] | undefined

  for (const field of fields) {
    for (const {index, concept} of context.concepts) {
      const target = concept[field]
      if (target === undefined || context.ids.has(target)) continue
      ids ??= [...context.ids]
      const close = nearest(target, ids)
      context.report(
        'error',
        'dangling-reference',
        'Unexpected `' + field + '` `' + target + '`, which is no concept, expected ' + (close === undefined ? 'the id of a concept' : '`' + close + '`'),
        index,
        [field]
      )
    }

    // Note: 0 unvisited, 1 on the current walk, 2 done.
    const state = new Map<string, number>()
    for (const {concept} of context.concepts) {
      const walk: string[] = []
      let id: string | undefined = concept.id

      while (id !== undefined && (state.get(id) ?? 0) === 0) {
        state.set(id, 1)
        walk.push(id)
        id = byId.get(id)?.concept[field]
      }

      if (id !== undefined && state.get(id) === 1) {
        const cycle = walk.slice(walk.indexOf(id))
        const entry = byId.get(id)!
        context.report(
          'error',
          'reference-cycle',
          'Unexpected cycle in `' + field + '`: ' + [...cycle, id].map((item) => '`' + item + '`').join(' → '),
          entry.index,
          [field]
        )
      }

      for (const item of walk) state.set(item, 2)
    }
  }
}
