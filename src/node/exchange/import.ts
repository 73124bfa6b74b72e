/**
 * Import a glossary from an exchange file.
 */

import type {Concept, ConceptKind, Jurisdiction} from '../../types.js'
import {readCsv} from './csv-glossary.js'
import {decodeInput} from './decode.js'
import {importTbx} from './tbx.js'
import {isOneOf, jurisdictions, kinds} from './values.js'

/** Formats `importGlossary` reads. */
export type ImportFormat = 'tbx' | 'csv'

/** Options of `importGlossary`. */
export interface ImportOptions {
  /** Format of the input (default: sniffed: XML is `tbx`, anything else `csv`). */
  format?: ImportFormat | (string & {}) | null | undefined
  /** Jurisdiction of concepts whose file does not say (default: `'international'`). */
  jurisdiction?: Jurisdiction | null | undefined
  /** Kind of concepts whose file does not say (default: `'other'`). */
  kind?: ConceptKind | null | undefined
}

/**
 * Import concepts from a TBX or CSV file.
 *
 * TBX: v3 (`<tbx>`, namespaces `urn:iso:std:iso:30042:ed-2` and
 * `urn:iso:std:iso:30042:ed:3.0`, DCA and DCT styles) and v2 (`<martif>`
 * vendor exports). Only Spanish and English terms are kept. Files from other
 * tools lack glosa's `kind`, `jurisdiction` and usually sources: they get the
 * defaults of `options` and `sources: []`, which `glosa glossary lint`
 * reports. CSV: glosa's own CSV (see `exportGlossary`).
 *
 * Bytes are decoded by their byte order mark, else (TBX) the encoding of the
 * XML declaration (`windows-1252`, `iso-8859-1`…), else UTF-8; strings are
 * only stripped of a byte order mark. Entity declarations are rejected, no
 * DTD is fetched.
 *
 * @param input
 *   File content.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Concepts, in file order, with glosa's key order; not validated against the
 *   schema (use `createGlossary` or `validateConcepts`).
 * @throws {ExchangeError}
 *   With every problem of the file and its line and column.
 */
export function importGlossary(input: string | Uint8Array, options?: ImportOptions | null | undefined): Concept[] {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError('Unexpected input `' + typeof input + '`, expected a string or a `Uint8Array`')
  }

  const format = options?.format ?? (looksLikeXml(input) ? 'tbx' : 'csv')
  const settings = {
    jurisdiction: setting(options?.jurisdiction, jurisdictions, 'international', 'jurisdiction'),
    kind: setting(options?.kind, kinds, 'other', 'kind')
  }

  if (format === 'tbx') return importTbx(decodeInput(input, 'TBX'), settings)
  if (format === 'csv') return readCsv(decodeInput(input, 'CSV'), settings)
  throw new Error('Unexpected `format` value `' + String(format) + "`, expected `'tbx'` or `'csv'`")
}

/**
 * Check an option against its values.
 *
 * @param value
 *   Option value (optional).
 * @param values
 *   Allowed values.
 * @param fallback
 *   Default.
 * @param name
 *   Option name.
 * @returns
 *   Settled value.
 */
function setting<T extends string>(value: T | null | undefined, values: readonly T[], fallback: T, name: string): T {
  if (value === null || value === undefined) return fallback
  if (isOneOf(values, value)) return value
  throw new Error(
    'Unexpected `' + name + '` value `' + String(value) + '`, expected ' + values.map((d) => "`'" + d + "'`").join(', ')
  )
}

/**
 * Sniff whether input is XML: its first character other than a byte order
 * mark, white space or NUL (UTF-16) is `<`.
 *
 * @param input
 *   File content.
 * @returns
 *   Whether it looks like XML.
 */
function looksLikeXml(input: string | Uint8Array): boolean {
  if (typeof input === 'string') return /^\uFEFF?\s*</.test(input.slice(0, 1024))
  for (const byte of input.subarray(0, 1024)) {
    if (byte === 0x3c) return true
    if (![0x00, 0x09, 0x0a, 0x0d, 0x20, 0xef, 0xbb, 0xbf, 0xfe, 0xff].includes(byte)) return false
  }

  return false
}
