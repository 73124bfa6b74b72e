/**
 * The articles a command reads: standard input, or files, directories and
 * globs analyzed through the batch helper, with a progress bar.
 *
 * Shared by `check` and `report`; its strings are spread into each of their
 * namespaces (`inputStrings`).
 */
import type {TFunction} from 'i18next'
import type {AnalyzeOptions} from '../analyze.js'
import {analyze} from '../analyze.js'
import {processFiles, type BatchResult} from '../node/batch.js'
import {expandInputs} from '../node/expand-inputs.js'
import type {Strings} from './i18n.js'
import {UsageError, type Io} from './io.js'
import {createProgress} from './progress.js'
import {readInput} from './read-input.js'

/** Name standard input is shown as. */
export const stdinName = '<stdin>'

/** Strings about inputs, spread into a command's namespace. */
export const inputStrings: Strings = {
  en: {
    notFound: 'Cannot read `{{file}}` ({{code}})',
    noInput: 'No markdown files in {{inputs}}, expected `.md` or `.markdown` files',
    stdinMix: 'Unexpected `-` with other inputs, expected standard input alone',
    badDate: 'Unexpected `--date` value `{{value}}`, expected a date as `YYYY-MM-DD`'
  },
  es: {
    notFound: 'No se puede leer `{{file}}` ({{code}})',
    noInput: 'No hay archivos markdown en {{inputs}}; se esperaban archivos `.md` o `.markdown`',
    stdinMix: '`-` inesperado junto a otras entradas; se esperaba la entrada estándar sola',
    badDate: 'Valor de `--date` inesperado `{{value}}`; se esperaba una fecha `AAAA-MM-DD`'
  }
}

/** Where a command reads from and how it reports. */
export interface ArticlesContext {
  io: Io
  t: TFunction
  /** Namespace of the command, whose strings include `inputStrings`. */
  namespace: string
}

/**
 * Analyze the articles named by `inputs`.
 *
 * No input or `-` reads standard input (shown as `<stdin>`). Otherwise inputs
 * are expanded (`expandInputs`) and processed by `processFiles`, in input
 * order, with a progress bar on standard error when it is a terminal and
 * there is more than one file; the bar is erased while the caller writes a
 * result.
 *
 * @param inputs
 *   Positional arguments.
 * @param context
 *   Streams, translator and namespace.
 * @param options
 *   Options of `analyze`.
 * @returns
 *   Results, one per article, in input order.
 * @throws {UsageError}
 *   On a missing input, `-` among other inputs, or no markdown files.
 */
export async function* analyzeArticles(
  inputs: readonly string[],
  context: ArticlesContext,
  options: AnalyzeOptions
): AsyncGenerator<BatchResult, undefined, undefined> {
  const {io, t, namespace} = context

  if (inputs.length === 0 || (inputs.length === 1 && inputs[0] === '-')) {
    const value = await readInput(undefined, io)
    yield {file: stdinName, value, analysis: analyze(value, options)}
    return undefined
  }

  if (inputs.includes('-')) throw new UsageError(t(namespace + ':stdinMix'))
  const files = await expand(inputs, context)
  const progress = createProgress(io, files.length)
  const results = processFiles(files, {
    cwd: io.cwd,
    options,
    onProgress: (state) => progress.update(state.done, state.file)
  })

  try {
    for await (const result of results) {
      progress.clear()
      yield result
      progress.draw()
    }
  } finally {
    progress.end()
  }

  return undefined
}

/**
 * Check a `--date` value.
 *
 * @param value
 *   Value of `--date` (optional).
 * @param context
 *   Translator and namespace.
 * @returns
 *   The date, or `undefined` when not given.
 * @throws {UsageError}
 *   When it is not a real `YYYY-MM-DD` date.
 */
export function parseDate(value: string | undefined, context: Omit<ArticlesContext, 'io'>): string | undefined {
  if (value === undefined) return undefined
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(value + 'T00:00:00Z') : Number.NaN
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new UsageError(context.t(context.namespace + ':badDate', {value}))
  }

  return value
}

/** Expand inputs into files, as usage errors. */
async function expand(inputs: readonly string[], {io, t, namespace}: ArticlesContext): Promise<string[]> {
  let files: string[]
  try {
    files = await expandInputs(inputs, io.cwd)
  } catch (error) {
    const {file, code} = error as {file?: string; code?: string}
    if (file === undefined) throw error
    throw new UsageError(t(namespace + ':notFound', {file, code: code ?? 'ENOENT'}))
  }

  if (files.length === 0) {
    throw new UsageError(t(namespace + ':noInput', {inputs: inputs.map((input) => '`' + input + '`').join(', ')}))
  }

  return files
}
