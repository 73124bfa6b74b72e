/**
 * Export aligned documents as TMX 1.4b (what translation memories import) and
 * as tab-separated values.
 *
 * Only beads with both sides become translation units; sentences merged in a
 * bead are joined with a space.
 */
import type {AlignedBead} from './align-texts.js'

/** Options of `toTmx`. */
export interface TmxOptions {
  /** Source language of the memory (default: `'es'`). */
  srcLang?: 'es' | 'en' | null | undefined
  /** Value of `creationtoolversion` (default: `'0'`). */
  toolVersion?: string | null | undefined
}

/** A translation unit: the joined sentences of each side and the score. */
interface Unit {
  es: string
  en: string
  score: number
}

/**
 * Serialize aligned sentences as a TMX 1.4b document.
 *
 * @param pairs
 *   Beads, as `alignTexts` returns them.
 * @param es
 *   Spanish sentences the beads index.
 * @param en
 *   English sentences the beads index.
 * @param options
 *   Configuration (optional).
 * @returns
 *   TMX document (UTF-8 XML, one `<tu>` per bead with both sides).
 *
 * @example
 *   toTmx([{es: [0], en: [0], score: 0.9}], ['Hola & adiós'], ['Hi & bye'])
 *   // => '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">…<seg>Hola &amp; adiós</seg>…'
 */
export function toTmx(
  pairs: readonly AlignedBead[],
  es: readonly string[],
  en: readonly string[],
  options?: TmxOptions | null | undefined
): string {
  const source = options?.srcLang ?? 'es'
  if (source !== 'es' && source !== 'en') {
    throw new TypeError("Unexpected `srcLang` value `" + String(source) + "`, expected `'es'` or `'en'`")
  }

  const version = escape(options?.toolVersion ?? '0')
  const order = source === 'es' ? (['es', 'en'] as const) : (['en', 'es'] as const)
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    '  <header creationtool="glosa" creationtoolversion="' +
      version +
      '" segtype="sentence" o-tmf="glosa" adminlang="en" srclang="' +
      source +
      '" datatype="plaintext"/>',
    '  <body>'
  ]

  for (const unit of units(pairs, es, en)) {
    lines.push('    <tu>', '      <prop type="x-glosa-score">' + String(unit.score) + '</prop>')
    for (const lang of order) lines.push('      <tuv xml:lang="' + lang + '"><seg>' + escape(unit[lang]) + '</seg></tuv>')
    lines.push('    </tu>')
  }

  lines.push('  </body>', '</tmx>', '')
  return lines.join('\n')
}

/**
 * Serialize aligned sentences as tab-separated values: `es<TAB>en<TAB>score`
 * per bead with both sides (tabs and line breaks inside sentences become
 * spaces).
 *
 * @param pairs
 *   Beads, as `alignTexts` returns them.
 * @param es
 *   Spanish sentences the beads index.
 * @param en
 *   English sentences the beads index.
 * @returns
 *   TSV text, one line per bead, ending in a line break (empty when no bead
 *   has both sides).
 *
 * @example
 *   toTsv([{es: [0], en: [0], score: 0.9}], ['Hola'], ['Hi'])
 *   // => 'Hola\tHi\t0.9\n'
 */
export function toTsv(pairs: readonly AlignedBead[], es: readonly string[], en: readonly string[]): string {
  let result = ''
  for (const unit of units(pairs, es, en)) {
    result += flat(unit.es) + '\t' + flat(unit.en) + '\t' + String(unit.score) + '\n'
  }

  return result
}

/**
 * Translation units of beads with both sides.
 */
function units(pairs: readonly AlignedBead[], es: readonly string[], en: readonly string[]): Unit[] {
  if (!Array.isArray(pairs)) throw new TypeError('Unexpected `pairs` value, expected an array of beads')
  const result: Unit[] = []
  for (const bead of pairs) {
    if (bead.es.length === 0 || bead.en.length === 0) continue
    result.push({es: join(bead.es, es, 'es'), en: join(bead.en, en, 'en'), score: bead.score})
  }

  return result
}

/**
 * Join the sentences of one side of a bead.
 */
function join(indices: readonly number[], sentences: readonly string[], side: string): string {
  return indices
    .map((index) => {
      const value = sentences[index]
      if (typeof value !== 'string') {
        throw new RangeError('Unexpected `' + side + '` index `' + index + '`, expected below `' + sentences.length + '`')
      }

      return value
    })
    .join(' ')
}

/**
 * Escape text for XML content and attributes, dropping characters XML 1.0
 * cannot hold (controls other than tab and line breaks, lone surrogates,
 * U+FFFE and U+FFFF).
 */
function escape(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/**
 * One-line form of a sentence for TSV.
 */
function flat(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ')
}
