/**
 * The list of subcommands. Each command module owns its strings (a namespace).
 */
import type {Strings} from './i18n.js'
import type {Command} from './io.js'

export const commands: Command[] = []

export const strings: Record<string, Strings> = {}
