/**
 * Fold text for comparison.
 *
 * Matching compares two things per token: a *key* (compatibility-decomposed,
 * accents and other combining marks removed, apostrophes unified, lower
 * case) that finds candidates, and a *surface* (the same without lower
 * casing) that the case rules check. Both are computed from the text; offsets
 * never come from them, so NFD input keeps its original UTF-16 offsets.
 */

const ascii = /^[\u0000-\u007F]*$/
const marks = /\p{M}/gu
const apostrophes = /[\u2018\u2019\u02BC\u2032]/g

/**
 * Case-keeping fold: NFKD, no combining marks, one apostrophe.
 *
 * @param value
 *   Text of one token.
 * @returns
 *   Folded text that keeps case (`Fiscali\u0301a` → `Fiscalia`).
 */
export function foldSurface(value: string): string {
  if (ascii.test(value)) return value
  return value.normalize('NFKD').replace(marks, '').replace(apostrophes, "'")
}

/**
 * Case-insensitive fold: {@link foldSurface} then lower case.
 *
 * @param value
 *   Text of one token.
 * @returns
 *   Key used to look the token up (`FISCALÍA` → `fiscalia`).
 */
export function foldKey(value: string): string {
  return foldSurface(value).toLowerCase()
}

/**
 * Whether `value` has an upper-case letter and no lower-case one.
 *
 * @param value
 *   Text.
 * @returns
 *   Whether the text is written in capitals (`FGR`, `GUARDIA`).
 */
export function isAllCaps(value: string): boolean {
  return value !== value.toLowerCase() && value === value.toUpperCase()
}

/**
 * Whether the first letter of `value` is upper case.
 *
 * @param value
 *   Text.
 * @returns
 *   Whether it starts with a capital (`Guardia`, `Órgano`).
 */
export function isCapitalized(value: string): boolean {
  const first = String.fromCodePoint(value.codePointAt(0) ?? 32)
  return first !== first.toLowerCase()
}
