/**
 * The annotation syntax, shared by `annotate` and `stripAnnotations`.
 *
 * An annotated document is the original with text directives inserted
 * (`:es[…]{pair=a1}`, `:en[…]{}`, `:term[…]{id=mx-fgr}`), then one trailer
 * line, `<!-- glosa:annotated v1 -->`. The scheme is reversible because every
 * `:es[`, `:en[` or `:term[` of the original is escaped: a run of `k`
 * backslashes before it (`k ≥ 0`) becomes `2k + 1`. An opener preceded by an
 * odd run is therefore an escaped original; one preceded by an even run (the
 * original's backslashes, never escaping it) is an annotation. An
 * annotation's label ends at the first `]` outside balanced brackets, as
 * micromark reads labels (`\[`, `\]` and `\\` are escapes).
 */

/** The line appended to an annotated document. */
export const trailer = '\n<!-- glosa:annotated v1 -->\n'

/** Names of the directives glosa writes. */
export const directiveNames = ['es', 'en', 'term'] as const

/** Longest attribute list glosa writes (`{id=…}`), in code units. */
export const attributesMax = 1024

const opener = /:(?:es|en|term)\[/y

/**
 * Length of a glosa opener (`:es[`, `:en[`, `:term[`) at `index`, or `0`.
 *
 * @param value
 *   Text.
 * @param index
 *   Where a `:` may be.
 * @returns
 *   Length of the opener, `0` when there is none.
 */
export function openerAt(value: string, index: number): number {
  if (value.charCodeAt(index) !== 58 /* `:` */) return 0
  opener.lastIndex = index
  const match = opener.exec(value)
  return match ? match[0].length : 0
}

/**
 * Number of backslashes right before `index`, not looking before `floor`.
 *
 * @param value
 *   Text.
 * @param index
 *   Position after the run.
 * @param floor
 *   Lowest position that may be part of the run.
 * @returns
 *   Length of the run.
 */
export function backslashesBefore(value: string, index: number, floor: number): number {
  let start = index
  while (start > floor && value.charCodeAt(start - 1) === 92 /* `\` */) start--
  return index - start
}
