/**
 * `glosa annotate [file|-] [--format json|html|md] [--document] [--document-lang en|es]
 * [--date YYYY-MM-DD]`: one article's analysis as JSON (default), HTML, or
 * annotated markdown, on standard output.
 */
import {parseArgs} from 'node:util'
import type {Root} from 'mdast'
import {analyzeTree} from '../analyze.js'
import {defaultGlossary} from '../glossary/index.js'
import {annotateTree, renderHtmlTree, stripAnnotations} from '../render/index.js'
import type {Analysis, Lang} from '../types.js'
import {parseMarkdown} from '../util/markdown.js'
import {inputStrings, parseDate} from './articles.js'
import type {Strings} from './i18n.js'
import {UsageError, type Command} from './io.js'
import {readInput} from './read-input.js'

export const strings: Strings = {
  en: {
    ...inputStrings.en,
    help: 'Usage: glosa annotate [file|-] [--format json|html|md] [--document] [--document-lang en|es] [--date YYYY-MM-DD]\n\nAnnotate one article (standard input by default) and write it to standard output:\n  json   the analysis: segments, terms, pairs and messages, with offsets, lines and columns (default)\n  html   HTML with lang on every passage in the other language, glossary terms and linked pairs\n  md     the markdown with annotations in directive syntax (:es[…]{pair=a1}, :term[FGR]{id=mx-fgr});\n         lossless: annotating again changes nothing, stripping gives the original back\n\nOptions:\n  --format json|html|md     output format (default: json)\n  --document                with html: a whole page (<html lang>, <title>) instead of a <div>\n  --document-lang en|es     language of the article (default: en)\n  --date YYYY-MM-DD         date the article is current at (default: today)',
    badFormat: 'Unexpected `--format` value `{{value}}`, expected `json`, `html` or `md`',
    badLang: 'Unexpected `--document-lang` value `{{value}}`, expected `en` or `es`',
    manyFiles: 'Unexpected {{count}} files, expected one file or `-`'
  },
  es: {
    ...inputStrings.es,
    help: 'Uso: glosa annotate [archivo|-] [--format json|html|md] [--document] [--document-lang en|es] [--date AAAA-MM-DD]\n\nAnota un artículo (por defecto, la entrada estándar) y lo escribe en la salida estándar:\n  json   el análisis: segmentos, términos, parejas y mensajes, con posiciones, líneas y columnas (por defecto)\n  html   HTML con lang en cada pasaje en el otro idioma, términos del glosario y parejas enlazadas\n  md     el markdown con anotaciones en sintaxis de directivas (:es[…]{pair=a1}, :term[FGR]{id=mx-fgr});\n         sin pérdidas: anotar de nuevo no cambia nada y quitar las anotaciones devuelve el original\n\nOpciones:\n  --format json|html|md     formato de salida (por defecto: json)\n  --document                con html: una página completa (<html lang>, <title>) en vez de un <div>\n  --document-lang en|es     idioma del artículo (por defecto: en)\n  --date AAAA-MM-DD         fecha en que el artículo está vigente (por defecto: hoy)',
    badFormat: 'Valor de `--format` inesperado `{{value}}`; se esperaba `json`, `html` o `md`',
    badLang: 'Valor de `--document-lang` inesperado `{{value}}`; se esperaba `en` o `es`',
    manyFiles: 'Se recibieron {{count}} archivos; se esperaba un archivo o `-`'
  }
}

export const annotateCommand: Command = {
  name: 'annotate',
  async run(argv, {io, t}) {
    const {values, positionals} = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: {type: 'string', default: 'json'},
        document: {type: 'boolean'},
        'document-lang': {type: 'string', default: 'en'},
        date: {type: 'string'},
        help: {type: 'boolean'}
      }
    })
    if (values.help) {
      io.stdout(t('annotate:help') + '\n')
      return 0
    }

    const format = values.format
    if (format !== 'json' && format !== 'html' && format !== 'md') throw new UsageError(t('annotate:badFormat', {value: format}))
    const lang = values['document-lang']
    if (lang !== 'en' && lang !== 'es') throw new UsageError(t('annotate:badLang', {value: lang}))
    if (positionals.length > 1) throw new UsageError(t('annotate:manyFiles', {count: positionals.length}))
    const date = parseDate(values.date, {t, namespace: 'annotate'})

    const markdown = stripAnnotations(await readInput(positionals[0], io))
    // One parse for both: analysis reads the tree, then rendering changes it.
    const tree = parseMarkdown(markdown)
    const analysis = analyzeTree(markdown, tree, {date})
    io.stdout(write(format, markdown, tree, analysis, lang, Boolean(values.document)))
    return 0
  }
}

/** The output in one format. */
function write(
  format: 'json' | 'html' | 'md',
  markdown: string,
  tree: Root | undefined,
  analysis: Analysis,
  lang: Lang,
  document: boolean
): string {
  if (format === 'json') return JSON.stringify(analysis, null, 2) + '\n'
  if (format === 'md') return annotateTree(markdown, tree, analysis, {lang})
  const html = renderHtmlTree(markdown, tree, analysis, {glossary: defaultGlossary, lang, document})
  return html.endsWith('\n') ? html : html + '\n'
}
