/**
 * Export a glossary to an exchange format.
 */

import type {Concept, Glossary} from '../../types.js'
import {writeAbbr} from './abbr.js'
import {writeCsv} from './csv-glossary.js'
import {writeDeepl} from './deepl.js'
import {writeGoogle} from './google.js'
import {writeI18next} from './i18next.js'
import {writeTbx} from './tbx-write.js'

/** Formats `exportGlossary` writes. */
export type ExportFormat = 'tbx' | 'csv' | 'deepl' | 'google' | 'i18next' | 'abbr'

/** Options of `exportGlossary`. */
export interface ExportOptions {
  /**
   * Start CSV output (`csv`, `google`) with a UTF-8 byte order mark, which
   * some spreadsheets need to read UTF-8 (default: `false`).
   */
  bom?: boolean | null | undefined
}

/** Formats, for checks and messages. */
export const exportFormats: readonly ExportFormat[] = ['tbx', 'csv', 'deepl', 'google', 'i18next', 'abbr']

/**
 * Export a glossary.
 *
 * - `tbx`: TBX-Basic (TBX v3, DCA style), every field kept (see `tbx-write.ts`);
 * - `csv`: one row per term, every field kept (see `csv-glossary.ts`);
 * - `deepl`: DeepL glossary TSV, one file per direction;
 * - `google`: Google Cloud Translation equivalent term set CSV;
 * - `i18next`: JSON of i18next resource bundles `{en: {…}, es: {…}}`;
 * - `abbr`: markdown abbreviation blocks, one file per language.
 *
 * A compiled `Glossary` has its strings in NFC and every term's `case` filled
 * in; those are what `tbx` and `csv` write.
 *
 * @param glossary
 *   Glossary, or concepts.
 * @param format
 *   Format.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Text, or file name → text for multi-file formats (`deepl`, `abbr`).
 * @throws {Error}
 *   On an unknown format; for `tbx`, on characters XML cannot hold.
 *
 * @example
 *   exportGlossary(defaultGlossary, 'deepl')['glossary.es-en.tsv']
 *   // => 'Fiscalía General de la República\tAttorney General’s Office\n…'
 */
export function exportGlossary(
  glossary: Glossary | readonly Concept[],
  format: ExportFormat | (string & {}),
  options?: ExportOptions | null | undefined
): string | Record<string, string> {
  const concepts: readonly Concept[] = Array.isArray(glossary) ? glossary : (glossary as Glossary).concepts
  const bom = options?.bom ?? false

  switch (format) {
    case 'tbx': {
      return writeTbx(concepts)
    }

    case 'csv': {
      return writeCsv(concepts, bom)
    }

    case 'deepl': {
      return writeDeepl(concepts)
    }

    case 'google': {
      return writeGoogle(concepts, bom)
    }

    case 'i18next': {
      return writeI18next(concepts)
    }

    case 'abbr': {
      return writeAbbr(concepts)
    }

    default: {
      throw new Error(
        'Unexpected `format` value `' + String(format) + '`, expected ' +
          exportFormats.map((d) => "`'" + d + "'`").join(', ')
      )
    }
  }
}
