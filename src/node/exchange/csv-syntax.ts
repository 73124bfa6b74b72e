/**
 * RFC 4180 CSV: parse and format rows.
 *
 * Parsing takes `\r\n`, `\n` or `\r` line endings, quoted fields with
 * doubled quotes and line breaks, and skips blank lines. A quote inside an
 * unquoted field is taken literally (spreadsheets write such files); an
 * unterminated quoted field or text right after a closing quote is an error
 * with its line and column.
 */

import {ExchangeError} from './error.js'
import {createLocator} from './position.js'
import type {Place} from './position.js'

/** A row of cells with where each cell starts. */
export interface CsvRow {
  cells: string[]
  places: Place[]
}

/**
 * Parse CSV text into rows.
 *
 * @param value
 *   CSV text (without BOM).
 * @returns
 *   Rows, without blank lines.
 * @throws {ExchangeError}
 *   On an unterminated quoted field or text after a closing quote.
 */
export function parseCsv(value: string): CsvRow[] {
  const locate = createLocator(value)
  const rows: CsvRow[] = []
  let row: CsvRow = {cells: [], places: []}
  const separators = /[,\r\n]/g
  let index = 0

  while (index <= value.length) {
    const start = index
    let cell = ''

    if (value.charCodeAt(index) === 34 /* `"` */) {
      const end = closingQuote(value, index + 1, locate)
      cell = value.slice(index + 1, end).replaceAll('""', '"')
      index = end + 1
      const next = value.charAt(index)
      if (next !== '' && next !== ',' && next !== '\n' && next !== '\r') {
        throw new ExchangeError('CSV', [
          {...locate(index), reason: 'Unexpected `' + next + '` after a closing quote, expected `,` or a line break', ruleId: 'csv-syntax'}
        ])
      }
    } else {
      separators.lastIndex = index
      const match = separators.exec(value)
      const end = match ? match.index : value.length
      cell = value.slice(index, end)
      index = end
    }

    row.cells.push(cell)
    row.places.push(locate(start))
    const separator = value.charAt(index)
    index += separator === '\r' && value.charAt(index + 1) === '\n' ? 2 : 1

    if (separator !== ',') {
      if (row.cells.length > 1 || row.cells[0] !== '') rows.push(row)
      row = {cells: [], places: []}
    }
  }

  return rows
}

/**
 * Find the closing quote of a quoted field.
 *
 * @param value
 *   CSV text.
 * @param from
 *   Index after the opening quote.
 * @param locate
 *   Offset to place.
 * @returns
 *   Index of the closing quote.
 */
function closingQuote(value: string, from: number, locate: (offset: number) => Place): number {
  let index = from

  while (true) {
    const quote = value.indexOf('"', index)
    if (quote === -1) {
      throw new ExchangeError('CSV', [
        {...locate(from - 1), reason: 'Unclosed quoted field, expected a closing `"`', ruleId: 'csv-syntax'}
      ])
    }

    if (value.charCodeAt(quote + 1) !== 34) return quote
    index = quote + 2
  }
}

/**
 * Format one row: fields with `,`, `"`, line breaks or surrounding white
 * space are quoted, quotes doubled.
 *
 * @param cells
 *   Cells.
 * @returns
 *   Row without line ending.
 */
export function formatCsvRow(cells: readonly string[]): string {
  return cells
    .map((cell) => (/[",\r\n]|^\s|\s$/.test(cell) ? '"' + cell.replaceAll('"', '""') + '"' : cell))
    .join(',')
}
