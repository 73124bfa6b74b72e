/**
 * Remove glosa's annotations from annotated markdown: the exact original.
 */
import {attributesMax, openerAt, trailer} from './syntax.js'

/**
 * Return the original of an annotated document, byte for byte.
 *
 * A document that does not end with glosa's trailer line is not annotated
 * and comes back unchanged. Otherwise the trailer is removed, every glosa
 * directive is unwrapped (its label kept, its marker and attributes dropped)
 * and every escaped `:es[`, `:en[` or `:term[` of the original is restored.
 * One pass, linear time; never throws on a string.
 *
 * @param annotated
 *   Output of `annotateMarkdown` (or any markdown).
 * @returns
 *   The markdown that was annotated.
 *
 * @example
 *   stripAnnotations('La :term[FGR]{id=mx-fgr}\n<!-- glosa:annotated v1 -->\n')
 *   // => 'La FGR'
 */
export function stripAnnotations(annotated: string): string {
  if (typeof annotated !== 'string') {
    throw new TypeError('Unexpected `annotated` of type `' + typeof annotated + '`, expected `string`')
  }

  return annotated.endsWith(trailer) ? decode(annotated.slice(0, annotated.length - trailer.length)) : annotated
}

/** A glosa directive found in an annotated body. */
export interface FoundDirective {
  name: string
  /** Offset of its `:` in the annotated body. */
  offset: number
  /** Attribute list as written (`{pair=a1}`), or `''` when missing. */
  attributes: string
}

/** Result of `scanAnnotated`. */
export interface ScanResult {
  /** The body without glosa's directives. */
  value: string
  /** Directives, in order of their openers. */
  directives: FoundDirective[]
}

/**
 * Unwrap the directives of an annotated body and restore escaped openers.
 *
 * @param body
 *   Annotated document without its trailer.
 * @returns
 *   The original.
 */
export function decode(body: string): string {
  return scanAnnotated(body, false).value
}

/**
 * Read an annotated body: remove glosa's directives (and, unless
 * `keepEscapes`, unescape escaped openers), and list the directives.
 *
 * @param body
 *   Annotated document without its trailer.
 * @param keepEscapes
 *   Whether to leave escaped openers as they are (tests compare parses).
 * @returns
 *   The text and the directives.
 */
export function scanAnnotated(body: string, keepEscapes: boolean): ScanResult {
  const parts: string[] = []
  const directives: FoundDirective[] = []
  /** Bracket depth inside each open label, and its directive, innermost last. */
  const open: Array<{depth: number; directive: FoundDirective}> = []
  let flushed = 0
  let index = 0

  while (index < body.length) {
    const code = body.charCodeAt(index)

    if (code === 92 /* `\` */) {
      let end = index
      while (end < body.length && body.charCodeAt(end) === 92) end++
      const run = end - index
      const size = openerAt(body, end)
      if (size > 0 && run % 2 === 1) {
        // An escaped original opener: its `[` is a bracket of the label around it.
        if (!keepEscapes) parts.push(body.slice(flushed, index), '\\'.repeat((run - 1) / 2), body.slice(end, end + size))
        else parts.push(body.slice(flushed, end + size))
        if (open.length > 0) open[open.length - 1]!.depth++
        index = flushed = end + size
        continue
      }

      const next = body.charCodeAt(end)
      index = size === 0 && run % 2 === 1 && (next === 91 || next === 93) ? end + 1 : end
      continue
    }

    if (code === 58 /* `:` */) {
      const size = openerAt(body, index)
      if (size > 0) {
        const directive: FoundDirective = {name: body.slice(index + 1, index + size - 1), offset: index, attributes: ''}
        directives.push(directive)
        open.push({depth: 0, directive})
        parts.push(body.slice(flushed, index))
        index = flushed = index + size
        continue
      }
    } else if (open.length > 0 && code === 91 /* `[` */) {
      open[open.length - 1]!.depth++
    } else if (open.length > 0 && code === 93 /* `]` */) {
      const top = open[open.length - 1]!
      if (top.depth > 0) {
        top.depth--
      } else {
        parts.push(body.slice(flushed, index))
        open.pop()
        index++
        if (body.charCodeAt(index) === 123 /* `{` */) {
          const end = attributesEnd(body, index)
          top.directive.attributes = body.slice(index, end)
          index = end
        }

        flushed = index
        continue
      }
    }

    index++
  }

  parts.push(body.slice(flushed))
  return {value: parts.join(''), directives}
}

/** End of the attributes (`{…}`) at `index`; bounded, as glosa writes short ones. */
function attributesEnd(body: string, index: number): number {
  const limit = Math.min(body.length, index + attributesMax)
  for (let end = index + 1; end < limit; end++) {
    if (body.charCodeAt(end) === 125 /* `}` */) return end + 1
  }

  return index
}
