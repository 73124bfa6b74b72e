/**
 * `glosa detect [file|-] [--format text|json]`: segments with their language.
 */
import {parseArgs} from 'node:util'
import {analyze} from '../analyze.js'
import type {Segment} from '../types.js'
import type {Strings} from './i18n.js'
import {UsageError, type Command} from './io.js'
import {readInput} from './read-input.js'

export const strings: Strings = {
  en: {
    help: 'Usage: glosa detect [file|-] [--format text|json]\n\nPrint each block, sentence and span of the article with its language (es, en, mixed, und) and confidence.',
    badFormat: 'Unexpected `--format` value `{{value}}`, expected `text` or `json`',
    summary: '{{blocks}} blocks, {{sentences}} sentences, {{spans}} spans: {{es}} es, {{en}} en, {{mixed}} mixed, {{und}} und'
  },
  es: {
    help: 'Uso: glosa detect [archivo|-] [--format text|json]\n\nMuestra cada bloque, oración y tramo del artículo con su idioma (es, en, mixed, und) y su confianza.',
    badFormat: 'Valor de `--format` inesperado `{{value}}`; se esperaba `text` o `json`',
    summary: '{{blocks}} bloques, {{sentences}} oraciones, {{spans}} tramos: {{es}} es, {{en}} en, {{mixed}} mixed, {{und}} und'
  }
}

export const detect: Command = {
  name: 'detect',
  async run(argv, {io, t}) {
    const {values, positionals} = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {format: {type: 'string', default: 'text'}, help: {type: 'boolean'}}
    })
    if (values.help) {
      io.stdout(t('detect:help') + '\n')
      return 0
    }

    if (values.format !== 'text' && values.format !== 'json') {
      throw new UsageError(t('detect:badFormat', {value: values.format}))
    }

    const {segments} = analyze(await readInput(positionals[0], io))
    if (values.format === 'json') {
      io.stdout(JSON.stringify(segments, null, 2) + '\n')
      return 0
    }

    for (const segment of segments) io.stdout(line(segment) + '\n')
    io.stdout(t('detect:summary', summary(segments)) + '\n')
    return 0
  }
}

/** One line of the text format: indented by kind, then id, language, confidence, text. */
function line(segment: Segment): string {
  const indent = segment.kind === 'block' ? '' : segment.kind === 'sentence' ? '  ' : '    '
  const text = segment.text.replace(/\s+/g, ' ')
  const shown = text.length > 100 ? text.slice(0, 99) + '…' : text
  return `${indent}${segment.id.padEnd(5)} ${segment.lang.padEnd(5)} ${segment.confidence.toFixed(2)}  ${shown}`
}

function summary(segments: Segment[]): Record<string, number> {
  const counts: Record<string, number> = {blocks: 0, sentences: 0, spans: 0, es: 0, en: 0, mixed: 0, und: 0}
  for (const segment of segments) {
    counts[segment.kind === 'block' ? 'blocks' : segment.kind === 'sentence' ? 'sentences' : 'spans']!++
    if (segment.kind === 'sentence') counts[segment.lang]!++
  }

  return counts
}
