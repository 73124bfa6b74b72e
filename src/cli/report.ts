/**
 * `glosa report [file|dir|glob…|-] [--format markdown|json] [--date YYYY-MM-DD]`:
 * a translator's review of glossary terms.
 *
 * Per concept: where it occurs (`file:line:column`), which forms each
 * language used, whether it was named consistently, and how each mention
 * was rendered in the other language of its bilingual pair
 * (`FGR (es) ↔ Attorney General's Office (en)`); then the institution-like
 * names the glossary lacks. Markdown (a table per concept) or JSON.
 * Exit codes: 0, 1 when a file could not be read, 2 on misuse.
 */
import type {TFunction} from 'i18next'
import {parseArgs} from 'node:util'
import {defaultGlossary} from '../glossary/index.js'
import {analyzeArticles, inputStrings, parseDate} from './articles.js'
import type {Strings} from './i18n.js'
import {UsageError, type Command} from './io.js'
import {createReviewCollector} from './review.js'
import {formatReviewMarkdown} from './review-markdown.js'

export const strings: Strings = {
  en: {
    ...inputStrings.en,
    help: 'Usage: glosa report [file|dir|glob…|-] [--format markdown|json] [--date YYYY-MM-DD]\n\nA review report of glossary terms: per concept, where it occurs, which forms each language used, whether it was named consistently, and how it was rendered in the other language.\nDirectories are searched for .md and .markdown files. Standard input by default.\n\nOptions:\n  --format markdown|json   output format (default: markdown)\n  --date YYYY-MM-DD        date the articles are current at (default: today)',
    badFormat: 'Unexpected `--format` value `{{value}}`, expected `markdown` or `json`',
    badArguments: '{{message}}',
    failedFile: '{{file}}: {{message}}',
    title: 'Term review',
    files_one: '{{count}} file',
    files_other: '{{count}} files',
    concepts_one: '{{count}} concept',
    concepts_other: '{{count}} concepts',
    none: 'No glossary terms found.',
    failed: 'Files that could not be read',
    mentionCount_one: '{{count}} mention',
    mentionCount_other: '{{count}} mentions',
    consistent: 'consistent',
    inconsistent: 'inconsistent',
    forms_es: 'Spanish forms',
    forms_en: 'English forms',
    variants: 'Different terms',
    renderings: 'Renderings',
    otherConcept: 'another concept',
    where: 'Where',
    language: 'Language',
    text: 'Text',
    status: 'Status',
    renderedAs: 'Rendered as',
    mentions: 'Mentions',
    findings: 'Findings',
    candidates: 'Not in the glossary',
    candidatesIntro: 'Institution-like names that no glossary entry matched.',
    status_preferred: 'preferred',
    status_admitted: 'admitted',
    status_deprecated: 'deprecated',
    status_superseded: 'superseded',
    severity_error: 'error',
    severity_warning: 'warning',
    severity_info: 'info'
  },
  es: {
    ...inputStrings.es,
    help: 'Uso: glosa report [archivo|dir|glob…|-] [--format markdown|json] [--date AAAA-MM-DD]\n\nInforme de revisión de los términos del glosario: por concepto, dónde aparece, qué formas se usaron en cada idioma, si se nombró de forma coherente y cómo se tradujo al otro idioma.\nEn los directorios se buscan archivos .md y .markdown. Por defecto lee la entrada estándar.\n\nOpciones:\n  --format markdown|json   formato de salida (por defecto: markdown)\n  --date AAAA-MM-DD        fecha en que los artículos están vigentes (por defecto: hoy)',
    badFormat: 'Valor de `--format` inesperado `{{value}}`; se esperaba `markdown` o `json`',
    badArguments: '{{message}}',
    failedFile: '{{file}}: {{message}}',
    title: 'Revisión de términos',
    files_one: '{{count}} archivo',
    files_other: '{{count}} archivos',
    concepts_one: '{{count}} concepto',
    concepts_other: '{{count}} conceptos',
    none: 'No se encontraron términos del glosario.',
    failed: 'Archivos que no se pudieron leer',
    mentionCount_one: '{{count}} mención',
    mentionCount_other: '{{count}} menciones',
    consistent: 'coherente',
    inconsistent: 'incoherente',
    forms_es: 'Formas en español',
    forms_en: 'Formas en inglés',
    variants: 'Términos distintos',
    renderings: 'Traducciones',
    otherConcept: 'otro concepto',
    where: 'Dónde',
    language: 'Idioma',
    text: 'Texto',
    status: 'Estado',
    renderedAs: 'Traducido como',
    mentions: 'Menciones',
    findings: 'Hallazgos',
    candidates: 'Fuera del glosario',
    candidatesIntro: 'Nombres de aspecto institucional que ninguna entrada del glosario reconoció.',
    status_preferred: 'preferido',
    status_admitted: 'admitido',
    status_deprecated: 'desaconsejado',
    status_superseded: 'sustituido',
    severity_error: 'error',
    severity_warning: 'advertencia',
    severity_info: 'aviso'
  }
}

export const report: Command = {
  name: 'report',
  async run(argv, {io, t}) {
    const {values, positionals} = parseArguments(argv, t)
    if (values.help) {
      io.stdout(t('report:help') + '\n')
      return 0
    }

    const format = values.format
    if (format !== 'markdown' && format !== 'json') throw new UsageError(t('report:badFormat', {value: format}))
    const date = parseDate(values.date, {t, namespace: 'report'})
    const collector = createReviewCollector(defaultGlossary)

    for await (const result of analyzeArticles(positionals, {io, t, namespace: 'report'}, date ? {date} : {})) {
      if (result.error) {
        collector.fail(result.file, result.error.message)
        io.stderr(t('report:failedFile', {file: result.file, message: result.error.message}) + '\n')
      } else {
        collector.add(result.file, result.value, result.analysis)
      }
    }

    const review = collector.result()
    io.stdout(
      format === 'json'
        ? JSON.stringify(review, null, 2) + '\n'
        : formatReviewMarkdown(review, (key, options) => t('report:' + key, options ?? {}))
    )
    return review.failed.length > 0 ? 1 : 0
  }
}

/** Parse arguments; unknown options are misuse. */
function parseArguments(argv: string[], t: TFunction) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: {type: 'string', default: 'markdown'},
        date: {type: 'string'},
        help: {type: 'boolean', default: false}
      }
    })
  } catch (error) {
    throw new UsageError(t('report:badArguments', {message: (error as Error).message}))
  }
}
