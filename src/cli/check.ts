/**
 * `glosa check [file|dir|glob…|-] [--format text|json] [--date YYYY-MM-DD] [--frail]`:
 * check articles against the glossary.
 *
 * Prints each message in vfile-reporter's layout
 * (`file:line:column-line:column  warning  reason  rule-id  glosa`) and a
 * summary, or a JSON array of `{file, messages}` with lines and columns.
 * Exit codes, as remark-cli's: 0 without errors (warnings allowed), 1 with
 * an error-severity message, a file that could not be read, or — with
 * `--frail` — a warning; 2 on misuse.
 */
import {parseArgs} from 'node:util'
import type {TFunction} from 'i18next'
import type {Severity} from '../types.js'
import {analyzeArticles, inputStrings, parseDate} from './articles.js'
import {
  countMessages,
  exitCode,
  formatFileText,
  locateMessages,
  type FileMessages,
  type MessageCounts
} from './format-messages.js'
import type {Strings} from './i18n.js'
import {UsageError, type Command} from './io.js'

export const strings: Strings = {
  en: {
    ...inputStrings.en,
    help: 'Usage: glosa check [file|dir|glob…|-] [--format text|json] [--date YYYY-MM-DD] [--frail]\n\nCheck articles against the glossary: superseded and non-preferred terms, inconsistent terms, acronyms before their expansion, untranslated names, unaligned passages.\nDirectories are searched for .md and .markdown files. Standard input by default.\n\nOptions:\n  --format text|json   output format (default: text)\n  --date YYYY-MM-DD    date the articles are current at (default: today)\n  --frail              exit 1 on warnings too\n\nExit codes: 0 no errors, 1 errors (or warnings with --frail), 2 misuse.',
    badFormat: 'Unexpected `--format` value `{{value}}`, expected `text` or `json`',
    badArguments: '{{message}}',
    errors_one: '{{count}} error',
    errors_other: '{{count}} errors',
    warnings_one: '{{count}} warning',
    warnings_other: '{{count}} warnings',
    infos_one: '{{count}} info',
    infos_other: '{{count}} info',
    fatal_one: '{{count}} file failed',
    fatal_other: '{{count}} files failed',
    clean: 'no problems',
    severity_error: 'error',
    severity_warning: 'warning',
    severity_info: 'info'
  },
  es: {
    ...inputStrings.es,
    help: 'Uso: glosa check [archivo|dir|glob…|-] [--format text|json] [--date AAAA-MM-DD] [--frail]\n\nRevisa artículos contra el glosario: términos sustituidos y no preferidos, términos incoherentes, siglas antes de su forma completa, nombres sin traducir, pasajes sin pareja.\nEn los directorios se buscan archivos .md y .markdown. Por defecto lee la entrada estándar.\n\nOpciones:\n  --format text|json   formato de salida (por defecto: text)\n  --date AAAA-MM-DD    fecha en que los artículos están vigentes (por defecto: hoy)\n  --frail              sale con 1 también si hay advertencias\n\nCódigos de salida: 0 sin errores, 1 errores (o advertencias con --frail), 2 mal uso.',
    badFormat: 'Valor de `--format` inesperado `{{value}}`; se esperaba `text` o `json`',
    badArguments: '{{message}}',
    errors_one: '{{count}} error',
    errors_other: '{{count}} errores',
    warnings_one: '{{count}} advertencia',
    warnings_other: '{{count}} advertencias',
    infos_one: '{{count}} aviso',
    infos_other: '{{count}} avisos',
    fatal_one: '{{count}} archivo falló',
    fatal_other: '{{count}} archivos fallaron',
    clean: 'sin problemas',
    severity_error: 'error',
    severity_warning: 'advertencia',
    severity_info: 'aviso'
  }
}

export const check: Command = {
  name: 'check',
  async run(argv, {io, t}) {
    const {values, positionals} = parseArguments(argv, t)
    if (values.help) {
      io.stdout(t('check:help') + '\n')
      return 0
    }

    const format = values.format
    if (format !== 'text' && format !== 'json') throw new UsageError(t('check:badFormat', {value: format}))
    const date = parseDate(values.date, {t, namespace: 'check'})
    const counts: MessageCounts = {error: 0, warning: 0, info: 0, fatal: 0}
    const label = (severity: Severity) => t('check:severity_' + severity)
    let first = true

    for await (const result of analyzeArticles(positionals, {io, t, namespace: 'check'}, date ? {date} : {})) {
      const messages: FileMessages = result.error
        ? {file: result.file, messages: [], error: result.error.message}
        : {file: result.file, messages: locateMessages(result.value, result.analysis.messages)}
      countMessages(counts, messages)
      if (format === 'json') {
        io.stdout((first ? '[\n' : ',\n') + JSON.stringify(messages, null, 2).replace(/^/gm, '  '))
      } else {
        io.stdout(formatFileText(messages, label))
      }

      first = false
    }

    io.stdout(format === 'json' ? (first ? '[]\n' : '\n]\n') : summary(counts, t) + '\n')
    return exitCode(counts, values.frail)
  }
}

/** Parse arguments; unknown options are misuse. */
function parseArguments(argv: string[], t: TFunction) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: {type: 'string', default: 'text'},
        date: {type: 'string'},
        frail: {type: 'boolean', default: false},
        help: {type: 'boolean', default: false}
      }
    })
  } catch (error) {
    throw new UsageError(t('check:badArguments', {message: (error as Error).message}))
  }
}

/** Summary line: `1 error, 2 warnings, 1 info`, or `no problems`. */
function summary(counts: MessageCounts, t: TFunction): string {
  const parts: string[] = []
  if (counts.fatal > 0) parts.push(t('check:fatal', {count: counts.fatal}))
  if (counts.error > 0) parts.push(t('check:errors', {count: counts.error}))
  if (counts.warning > 0) parts.push(t('check:warnings', {count: counts.warning}))
  if (counts.info > 0) parts.push(t('check:infos', {count: counts.info}))
  return parts.length > 0 ? parts.join(', ') : t('check:clean')
}
