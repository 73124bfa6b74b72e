/**
 * `glosa glossary lint|export|import`: keep the glossary right.
 *
 * - `lint [dir] [--format text|json]`: schema and cross-concept checks, with
 *   `file:line:column`, in remark-lint's report style; exit 1 on errors;
 * - `export --format <format> [dir] [--out file|dir] [--bom]`: write an
 *   exchange format (functions of `src/node/exchange/`);
 * - `import <file|-> [--format <format>] [--out dir] [--force]`: read an
 *   exchange file into concept YAML files (or a YAML stream on stdout).
 *
 * Without `dir`, the glossary that ships with the package is used.
 */
import {mkdir, readFile, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {normalizeConcept} from '../glossary/create.js'
import type {LintMessage, SpecMatcher} from '../glossary/lint.js'
import {GlossaryError} from '../glossary/problem.js'
import {validateConcepts} from '../glossary/validate.js'
import {
  lintGlossaryDirectory,
  packageGlossaryDirectory,
  readGlossaryDirectory,
  stringifyConcept
} from '../node/glossary-dir.js'
import type {Concept} from '../types.js'
import type {Strings} from './i18n.js'
import {UsageError, type Command, type CommandContext} from './io.js'

export const strings: Strings = {
  en: {
    help: 'Usage: glosa glossary <lint|export|import> [options]\n\n  lint [dir] [--format text|json]\n      check the glossary (default: the one glosa ships); exit 1 on errors\n  export --format tbx|csv|deepl|google|i18next|abbr [dir] [--out file|dir] [--bom]\n      write an exchange format (standard output by default)\n  import <file|-> [--format tbx|csv|…] [--out dir] [--force]\n      read an exchange file into concept YAML files (a YAML stream without --out)',
    unknownSubcommand: 'Unexpected subcommand `{{name}}`, expected `lint`, `export` or `import`',
    badFormat: 'Unexpected `--format` value `{{value}}`, expected {{expected}}',
    missingFormat: 'Missing `--format`, expected one of `tbx`, `csv`, `deepl`, `google`, `i18next`, `abbr`',
    missingFile: 'Missing file to import, expected `glosa glossary import <file|->`',
    manyFiles: 'Format `{{format}}` writes {{count}} files, expected `--out <directory>`',
    exists: 'Unexpected existing file `{{file}}`, expected a new file (use `--force` to overwrite)',
    wrote: 'wrote {{count}} files to {{dir}}',
    errors_one: '{{count}} error',
    errors_other: '{{count}} errors',
    warnings_one: '{{count}} warning',
    warnings_other: '{{count}} warnings',
    infos_one: '{{count}} info',
    infos_other: '{{count}} infos',
    clean: '✔ no problems',
    severity_error: 'error',
    severity_warning: 'warning',
    severity_info: 'info'
  },
  es: {
    help: 'Uso: glosa glossary <lint|export|import> [opciones]\n\n  lint [dir] [--format text|json]\n      revisa el glosario (por defecto: el que trae glosa); sale con 1 si hay errores\n  export --format tbx|csv|deepl|google|i18next|abbr [dir] [--out archivo|dir] [--bom]\n      escribe un formato de intercambio (salida estándar por defecto)\n  import <archivo|-> [--format tbx|csv|…] [--out dir] [--force]\n      lee un archivo de intercambio y escribe archivos YAML de conceptos (un flujo YAML sin --out)',
    unknownSubcommand: 'Suborden inesperada `{{name}}`; se esperaba `lint`, `export` o `import`',
    badFormat: 'Valor de `--format` inesperado `{{value}}`; se esperaba {{expected}}',
    missingFormat: 'Falta `--format`; se esperaba `tbx`, `csv`, `deepl`, `google`, `i18next` o `abbr`',
    missingFile: 'Falta el archivo que importar; se esperaba `glosa glossary import <archivo|->`',
    manyFiles: 'El formato `{{format}}` escribe {{count}} archivos; se esperaba `--out <directorio>`',
    exists: 'El archivo `{{file}}` ya existe; se esperaba uno nuevo (use `--force` para sobrescribir)',
    wrote: '{{count}} archivos escritos en {{dir}}',
    errors_one: '{{count}} error',
    errors_other: '{{count}} errores',
    warnings_one: '{{count}} advertencia',
    warnings_other: '{{count}} advertencias',
    infos_one: '{{count}} aviso',
    infos_other: '{{count}} avisos',
    clean: '✔ sin problemas',
    severity_error: 'error',
    severity_warning: 'aviso',
    severity_info: 'info'
  }
}

/** Options of `createGlossaryCommand`. */
export interface GlossaryCommandOptions {
  /** Matcher for specs (default: glosa's `matchTerms`, loaded on first use). */
  match?: SpecMatcher | null | undefined
}

/**
 * Create the `glossary` command.
 *
 * @param options
 *   Configuration (optional; tests pass a matcher).
 * @returns
 *   Command.
 */
export function createGlossaryCommand(options?: GlossaryCommandOptions | null | undefined): Command {
  return {
    name: 'glossary',
    async run(argv, context) {
      const [name, ...rest] = argv
      if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        context.io.stdout(context.t('glossary:help') + '\n')
        return name === undefined ? 2 : 0
      }

      if (name === 'lint') return lint(rest, context, options?.match ?? (await specMatcher()))
      // Exchange formats: `exportGlossary`/`importGlossary` of `src/node/exchange/`.
      if (name === 'export') return exportCommand(rest, context)
      if (name === 'import') return importCommand(rest, context)
      throw new UsageError(context.t('glossary:unknownSubcommand', {name}))
    }
  }
}

/** The `glossary` command. */
export const glossary: Command = createGlossaryCommand()

/**
 * `glosa glossary lint [dir] [--format text|json]`.
 *
 * @param argv
 *   Arguments after `lint`.
 * @param context
 *   Streams and translator.
 * @param match
 *   Matcher for specs.
 * @returns
 *   1 when there are errors, 0 otherwise.
 */
async function lint(argv: string[], {io, t}: CommandContext, match: SpecMatcher): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {format: {type: 'string', default: 'text'}}
  })
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(t('glossary:badFormat', {value: values.format, expected: '`text` or `json`'}))
  }

  const directory = await glossaryDirectory(positionals[0], io.cwd)
  const messages = await lintGlossaryDirectory(directory, {cwd: io.cwd, match})

  if (values.format === 'json') io.stdout(JSON.stringify(messages, null, 2) + '\n')
  else io.stdout(report(messages, t))
  return messages.some((message) => message.severity === 'error') ? 1 : 0
}

/**
 * Format messages as remark-lint does: `file:line:column  severity  reason  rule`,
 * columns aligned, then a summary.
 *
 * @param messages
 *   Lint messages.
 * @param t
 *   Translator.
 * @returns
 *   Report, ending in a line feed.
 */
export function report(messages: readonly LintMessage[], t: CommandContext['t']): string {
  if (messages.length === 0) return t('glossary:clean') + '\n'
  const rows = messages.map((message) => [
    (message.file ?? '') + ':' + (message.line ?? 1) + ':' + (message.column ?? 1),
    t('glossary:severity_' + message.severity),
    message.reason,
    message.ruleId
  ])
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)))
  const lines = rows.map((row) => [row[0]!.padEnd(widths[0]!), row[1]!.padEnd(widths[1]!), row[2], row[3]].join('  '))
  const counts = {errors: 0, warnings: 0, infos: 0}
  for (const message of messages) counts[(message.severity + 's') as keyof typeof counts]++
  const summary = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([key, count]) => t('glossary:' + key, {count}))
    .join(', ')

  return lines.join('\n') + '\n\n' + (counts.errors > 0 ? '✖ ' : '⚠ ') + summary + '\n'
}

/**
 * `glosa glossary export --format <format> [dir] [--out file|dir] [--bom]`.
 *
 * @param argv
 *   Arguments after `export`.
 * @param context
 *   Streams and translator.
 * @returns
 *   0.
 */
async function exportCommand(argv: string[], {io, t}: CommandContext): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {format: {type: 'string'}, out: {type: 'string'}, bom: {type: 'boolean'}}
  })
  if (values.format === undefined) throw new UsageError(t('glossary:missingFormat'))
  const {exportGlossary} = await import('../node/exchange/index.js')
  const directory = await glossaryDirectory(positionals[0], io.cwd)
  const {glossary} = await readGlossaryDirectory(directory, {cwd: io.cwd})
  const result = exportGlossary(glossary, values.format, values.bom ? {bom: true} : {})

  if (typeof result === 'string') {
    if (values.out === undefined) io.stdout(result)
    else await writeFile(path.resolve(io.cwd, values.out), result)
    return 0
  }

  const names = Object.keys(result)
  if (values.out === undefined) {
    throw new UsageError(t('glossary:manyFiles', {format: values.format, count: names.length}))
  }

  const out = path.resolve(io.cwd, values.out)
  await mkdir(out, {recursive: true})
  for (const name of names) await writeFile(path.join(out, path.basename(name)), result[name]!)
  io.stderr(t('glossary:wrote', {count: names.length, dir: values.out}) + '\n')
  return 0
}

/**
 * `glosa glossary import <file|-> [--format <format>] [--out dir] [--force]`.
 *
 * All or nothing: concepts are validated before anything is written, and
 * existing files are kept unless `--force`.
 *
 * @param argv
 *   Arguments after `import`.
 * @param context
 *   Streams and translator.
 * @returns
 *   0.
 */
async function importCommand(argv: string[], {io, t}: CommandContext): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {format: {type: 'string'}, out: {type: 'string'}, force: {type: 'boolean'}}
  })
  const file = positionals[0]
  if (file === undefined) throw new UsageError(t('glossary:missingFile'))
  const {importGlossary} = await import('../node/exchange/index.js')
  const input = file === '-' ? await io.readStdin() : await readFile(path.resolve(io.cwd, file))
  const imported: Concept[] = importGlossary(input, values.format === undefined ? {} : {format: values.format})
  const problems = validateConcepts(imported)
  if (problems.length > 0) throw new GlossaryError(problems)
  const concepts = imported.map((concept) => normalizeConcept(concept))

  if (values.out === undefined) {
    io.stdout(concepts.map((concept) => stringifyConcept(concept, {schema: null})).join('---\n'))
    return 0
  }

  const out = path.resolve(io.cwd, values.out)
  const targets = concepts.map((concept) => [path.join(out, conceptFile(concept.id)), concept] as const)
  if (!values.force) {
    for (const [target] of targets) {
      if (await exists(target)) throw new UsageError(t('glossary:exists', {file: path.relative(io.cwd, target)}))
    }
  }

  for (const [target, concept] of targets) {
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, stringifyConcept(concept))
  }

  io.stderr(t('glossary:wrote', {count: targets.length, dir: values.out}) + '\n')
  return 0
}

/**
 * The file of a concept in a glossary directory: `mx-fgr` → `mx/fgr.yaml`.
 *
 * @param id
 *   Concept id (valid).
 * @returns
 *   Relative path.
 */
export function conceptFile(id: string): string {
  const dash = id.indexOf('-')
  return path.join(id.slice(0, dash), id.slice(dash + 1) + '.yaml')
}

/**
 * @param given
 *   Directory argument (optional).
 * @param cwd
 *   Working directory.
 * @returns
 *   The directory to read: `given` relative to `cwd`, else the packaged glossary.
 */
async function glossaryDirectory(given: string | undefined, cwd: string): Promise<string> {
  return given === undefined ? packageGlossaryDirectory() : path.resolve(cwd, given)
}

/**
 * The matcher specs run with: glosa's own `matchTerms`.
 *
 * @returns
 *   Spec matcher.
 */
async function specMatcher(): Promise<SpecMatcher> {
  const {matchTerms} = await import('../match/index.js')
  return (text, glossary) => matchTerms(text, {glossary})
}

/**
 * @param file
 *   Path.
 * @returns
 *   Whether it exists.
 */
async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false
  )
}
