/**
 * Numbers, number words, scale words and month names of Spanish and English,
 * as comparable keys.
 *
 * Separators are ambiguous across the two languages (`16,096` is sixteen
 * thousand in English, `2,5` is two and a half in Spanish, and news copy mixes
 * both), so a number token yields every reading its shape allows, and two
 * numbers match when any reading is shared.
 */
import type {Lang} from '../types.js'

/** Month names (folded) → month number. */
export const months: Record<Lang, Record<string, number>> = {
  es: table('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre', {setiembre: 9}),
  en: table('january february march april may june july august september october november december', {
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    sept: 9,
    oct: 10,
    nov: 11,
    dec: 12
  })
}

/** Number words (folded) → value. */
export const numberWords: Record<Lang, Record<string, number>> = {
  es: table(
    'uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis ' +
      'diecisiete dieciocho diecinueve veinte',
    {un: 1, una: 1, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100}
  ),
  en: table(
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
      'seventeen eighteen nineteen twenty',
    {thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100}
  )
}

/** Scale words (folded) → multiplier. */
export const scaleWords: Record<Lang, Record<string, number>> = {
  es: table('', {mil: 1e3, millon: 1e6, millones: 1e6, billon: 1e12, billones: 1e12, mdp: 1e6}),
  en: table('', {thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6})
}

/**
 * Readings of a number token (`16,096`, `2,5`, `3.1`, `50%`, `096`).
 *
 * @param value
 *   Text of a number token.
 * @returns
 *   Possible numeric values (finite numbers), most likely first; empty for
 *   times, fractions and dates (`10:30`, `1/2`, `15/05/2025`).
 *
 * @example
 *   numberReadings('16,096') // => [16096, 16.096]
 *   numberReadings('2,5') // => [2.5]
 */
export function numberReadings(value: string): number[] {
  const text = value.replace(/[ºª°%]$/, '')
  if (/[:/]/.test(text) || !/^\d+(?:[.,]\d+)*$/.test(text)) return []
  const groups = text.split(/[.,]/)
  const separators = text.replace(/\d/g, '')
  if (groups.length === 1) return [Number(text)]

  const readings: number[] = []
  const thousands = groups.slice(1).every((d) => d.length === 3) && groups[0]!.length <= 3
  if (thousands && new Set(separators).size === 1) readings.push(Number(groups.join('')))

  if (separators.length === 1) readings.push(Number(groups.join('.')))
  else if (separators.length > 1 && new Set(separators).size === 2) {
    // Note: `1,234.5` and `1.234,5`: the last separator is the decimal mark.
    const last = separators.at(-1)!
    const integer = groups.slice(0, -1).join('')
    if (separators.slice(0, -1).split('').every((d) => d !== last)) readings.push(Number(integer + '.' + groups.at(-1)))
  }

  return readings.filter((d) => Number.isFinite(d))
}

/**
 * A canonical key for a numeric value (`16096`, `2.5`).
 *
 * @param value
 *   A finite number.
 * @returns
 *   Its key.
 */
export function numberKey(value: number): string {
  return '#' + String(Math.round(value * 1e6) / 1e6)
}

/**
 * Build a word → number table.
 *
 * @param names
 *   Space-separated words numbered from 1.
 * @param extra
 *   More words.
 * @returns
 *   A table without a prototype.
 */
function table(names: string, extra: Record<string, number>): Record<string, number> {
  const result = Object.create(null) as Record<string, number>
  if (names) for (const [index, name] of names.split(' ').entries()) result[name] = index + 1
  return Object.assign(result, extra)
}
