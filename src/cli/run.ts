/**
 * The `glosa` command: dispatch to a subcommand.
 *
 * `run(argv, io)` is pure glue over the library, testable without a process.
 */
import {createTranslator, uiLanguage, type Strings} from './i18n.js'
import {UsageError, type Command, type Io} from './io.js'
import {commands, strings as commandStrings} from './commands.js'

const common: Strings = {
  en: {
    usage:
      'Usage: glosa <command> [options]\n\nCommands:\n  annotate [file|-]   annotate an article (json, html or md)\n  detect [file|-]     print segments with their language\n  check [file|-]      check an article against the glossary\n  report [file|-]     review report of terms per concept\n  align <es> <en>     align two documents sentence by sentence\n  glossary lint|export|import   keep the glossary right\n\nOptions:\n  --lang es|en        language of messages (default: from LANG)\n  --help              show this help\n  --version           show the version',
    unknownCommand: 'Unknown command `{{name}}`; expected one of {{list}}',
    error: 'glosa: {{message}}'
  },
  es: {
    usage:
      'Uso: glosa <orden> [opciones]\n\nÓrdenes:\n  annotate [archivo|-]  anota un artículo (json, html o md)\n  detect [archivo|-]    muestra los segmentos con su idioma\n  check [archivo|-]     revisa un artículo contra el glosario\n  report [archivo|-]    informe de revisión de términos por concepto\n  align <es> <en>       alinea dos documentos frase por frase\n  glossary lint|export|import   mantiene el glosario\n\nOpciones:\n  --lang es|en          idioma de los mensajes (por defecto: según LANG)\n  --help                muestra esta ayuda\n  --version             muestra la versión',
    unknownCommand: 'Orden desconocida `{{name}}`; se esperaba una de {{list}}',
    error: 'glosa: {{message}}'
  }
}

/**
 * Run the CLI.
 *
 * @param argv
 *   Arguments without `node` and the script (`['detect', 'a.md']`).
 * @param io
 *   Streams, environment and working directory.
 * @returns
 *   Exit code.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const langIndex = argv.indexOf('--lang')
  const langFlag = langIndex === -1 ? argv.find((a) => a.startsWith('--lang='))?.slice(7) : argv[langIndex + 1]
  const rest = langIndex === -1 ? argv.filter((a) => !a.startsWith('--lang=')) : argv.toSpliced(langIndex, 2)
  const t = createTranslator(uiLanguage(langFlag, io.env), {common, ...commandStrings})
  const [name, ...args] = rest

  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(t('common:usage') + '\n')
    return name === undefined ? 2 : 0
  }

  if (name === '--version' || name === '-v') {
    io.stdout(VERSION + '\n')
    return 0
  }

  const command = commands.find((c) => c.name === name)
  if (!command) {
    io.stderr(t('common:unknownCommand', {name, list: commands.map((c) => '`' + c.name + '`').join(', ')}) + '\n')
    return 2
  }

  try {
    return await command.run(args, {io, t})
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(t('common:error', {message}) + '\n')
    return error instanceof UsageError ? 2 : 1
  }
}

declare const __GLOSA_VERSION__: string | undefined
const VERSION = typeof __GLOSA_VERSION__ === 'string' ? __GLOSA_VERSION__ : '0.0.0-dev'
