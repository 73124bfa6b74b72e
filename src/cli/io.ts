/**
 * What a CLI command may touch: its arguments, streams, environment and files.
 * Tests pass a fake; `bin.ts` passes the real process.
 */
import type {TFunction} from 'i18next'

/** Input and output of one CLI run. */
export interface Io {
  /** Read all of standard input as UTF-8. */
  readStdin(): Promise<string>
  stdout(chunk: string): void
  stderr(chunk: string): void
  env: Record<string, string | undefined>
  cwd: string
  /** Whether standard error is a terminal (progress bars only then). */
  isTty?: boolean
}

/** What `run` hands a command. */
export interface CommandContext {
  io: Io
  t: TFunction
}

/** A subcommand of `glosa`. */
export interface Command {
  /** Name as typed: `detect`, `annotate`, `glossary`. */
  name: string
  /**
   * Run the command.
   *
   * @param argv
   *   Arguments after the command name.
   * @returns
   *   Exit code: 0 success, 1 findings (errors in content), 2 misuse.
   */
  run(argv: string[], context: CommandContext): Promise<number>
}

/** Misuse of the CLI: printed without a stack, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
