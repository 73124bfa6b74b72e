/**
 * Fold a word for comparison: NFD, combining marks removed, lower case.
 *
 * `Coordinación`, `coordinacion` and `COORDINACIÓN` (composed or decomposed)
 * all fold to `coordinacion`; `ñ` folds to `n`.
 *
 * @param value
 *   A word.
 * @returns
 *   The folded word.
 *
 * @example
 *   fold('Subordinación') // => 'subordinacion'
 */
export function fold(value: string): string {
  for (let index = 0; index < value.length; index++) {
    if (value.charCodeAt(index) > 127) return value.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
  }

  return value.toLowerCase()
}

/**
 * Lower-case a word and compose it (NFC), keeping its accents.
 *
 * @param value
 *   A word.
 * @returns
 *   The word in NFC, lower case.
 */
export function lower(value: string): string {
  return value.normalize('NFC').toLowerCase()
}
