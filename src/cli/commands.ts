/**
 * The list of subcommands. Each command module owns its strings (a namespace).
 */
import {align, strings as alignStrings} from './align.js'
import {annotateCommand, strings as annotateStrings} from './annotate.js'
import {check, strings as checkStrings} from './check.js'
import {detect, strings as detectStrings} from './detect.js'
import {glossary, strings as glossaryStrings} from './glossary.js'
import type {Strings} from './i18n.js'
import type {Command} from './io.js'
import {report, strings as reportStrings} from './report.js'

export const commands: Command[] = [annotateCommand, detect, check, report, align, glossary]

export const strings: Record<string, Strings> = {
  annotate: annotateStrings,
  detect: detectStrings,
  check: checkStrings,
  report: reportStrings,
  align: alignStrings,
  glossary: glossaryStrings
}
