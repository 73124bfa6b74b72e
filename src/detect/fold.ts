/**
 * Normalise words for lookup in the detection model.
 *
 * The model keys words by a folded form: lower case, apostrophes unified,
 * diacritics removed except the tilde of `ñ`. Folding makes accent-stripped
 * Spanish (`telefono`, `numero`) find its entries; the accents themselves are
 * scored separately (see `accents` in the model), so `área` still counts as
 * Spanish evidence.
 */

const marks = /\p{M}/gu
const splitter = /['’\-‐‑]+/

/**
 * Fold a word.
 *
 * @param value
 *   A word (may hold apostrophes or hyphens).
 * @returns
 *   The folded form.
 *
 * @example
 *   foldWord('Áreas') // => 'areas'
 *   foldWord('Año') // => 'año'
 */
export function foldWord(value: string): string {
  const lower = value.toLowerCase()
  if (isPlain(lower)) return lower
  return lower
    .replace(/ñ/g, '\u0001')
    .normalize('NFD')
    .replace(marks, '')
    .replace(/\u0001/g, 'ñ')
    .replace(/’/g, "'")
}

/**
 * Split a word into its parts at apostrophes and hyphens.
 *
 * Each part is scored as a word of its own: `don't` gives `don` and `t`,
 * `l'homme` gives `l` and `homme`, `e-mail` gives `e` and `mail`.
 *
 * @param value
 *   A word.
 * @returns
 *   Non-empty parts.
 */
export function wordParts(value: string): string[] {
  return value.split(splitter).filter(Boolean)
}

/**
 * Whether a lower-cased string is plain ASCII letters (folding is a no-op).
 *
 * @param value
 *   Lower-cased text.
 * @returns
 *   Whether no code unit is outside `a`–`z`.
 */
function isPlain(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 97 || code > 122) return false
  }

  return true
}
