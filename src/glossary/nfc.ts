/**
 * Normalise text to NFC, skipping the work for text that is NFC already.
 */

// Note: code points below U+0300 all have NFC_Quick_Check=Yes (the first
// `No`/`Maybe` ones are the combining marks from U+0300), so such text is NFC.
const stable = /^[\u0000-\u02FF]*$/

/**
 * Normalise to NFC.
 *
 * @param value
 *   Text.
 * @returns
 *   `value.normalize('NFC')`, computed only when it can differ.
 *
 * @example
 *   nfc('Fiscali\u0301a') === 'Fiscalía' // => true
 */
export function nfc(value: string): string {
  return stable.test(value) ? value : value.normalize('NFC')
}
