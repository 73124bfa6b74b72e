/**
 * `glosa align <es> <en> [--format json|tsv|tmx] [--lines]`: align two
 * documents sentence by sentence.
 */
import {parseArgs} from 'node:util'
import {alignTexts} from '../align/align-texts.js'
import {toTmx, toTsv} from '../align/export.js'
import {extractProse, toSourceRange} from '../prose/index.js'
import {splitSentences} from '../segment/index.js'
import {parseMarkdown} from '../util/markdown.js'
import type {Strings} from './i18n.js'
import {UsageError, type Command} from './io.js'
import {readInput} from './read-input.js'

export const strings: Strings = {
  en: {
    help: 'Usage: glosa align <es> <en> [--format json|tsv|tmx] [--lines]\n\nAlign a Spanish and an English document sentence by sentence (1–1, 1–2, 2–1, 1–0 and 0–1 beads).\n\nOptions:\n  --format json|tsv|tmx   output: JSON beads with sentences (default), TSV (es, en, score) or TMX 1.4b\n  --lines                 one sentence per line (default: split markdown into sentences)',
    missing: 'Expected two files, `<es>` and `<en>`',
    badFormat: 'Unexpected `--format` value `{{value}}`, expected `json`, `tsv` or `tmx`'
  },
  es: {
    help: 'Uso: glosa align <es> <en> [--format json|tsv|tmx] [--lines]\n\nAlinea un documento en español y otro en inglés oración por oración (pares 1–1, 1–2, 2–1, 1–0 y 0–1).\n\nOpciones:\n  --format json|tsv|tmx   salida: pares JSON con las oraciones (por defecto), TSV (es, en, puntuación) o TMX 1.4b\n  --lines                 una oración por línea (por defecto: divide el markdown en oraciones)',
    missing: 'Se esperaban dos archivos, `<es>` y `<en>`',
    badFormat: 'Valor de `--format` inesperado `{{value}}`; se esperaba `json`, `tsv` o `tmx`'
  }
}

export const align: Command = {
  name: 'align',
  async run(argv, {io, t}) {
    const {values, positionals} = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {format: {type: 'string', default: 'json'}, lines: {type: 'boolean'}, help: {type: 'boolean'}}
    })
    if (values.help) {
      io.stdout(t('align:help') + '\n')
      return 0
    }

    const format = values.format
    if (format !== 'json' && format !== 'tsv' && format !== 'tmx') throw new UsageError(t('align:badFormat', {value: format}))
    const [esFile, enFile] = positionals
    if (esFile === undefined || enFile === undefined || positionals.length > 2) throw new UsageError(t('align:missing'))
    if (esFile === '-' && enFile === '-') throw new UsageError(t('align:missing'))

    const split = values.lines ? lines : sentences
    const es = split(await readInput(esFile, io))
    const en = split(await readInput(enFile, io))
    const pairs = alignTexts(es, en)

    if (format === 'tsv') io.stdout(toTsv(pairs, es, en))
    else if (format === 'tmx') io.stdout(toTmx(pairs, es, en))
    else io.stdout(JSON.stringify({es, en, pairs}, null, 2) + '\n')
    return 0
  }
}

/**
 * Sentences of a markdown document, as `analyze` segments them (without the
 * rest of the analysis).
 */
function sentences(markdown: string): string[] {
  return extractProse(markdown, parseMarkdown(markdown)).flatMap((block) =>
    splitSentences(block.text).map((sentence) => markdown.slice(...toSourceRange(block, sentence.start, sentence.end)))
  )
}

/**
 * Non-empty lines of a text.
 */
function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
}
