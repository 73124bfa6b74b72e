/**
 * Read the article a command works on: a file path, or `-`/nothing for stdin.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Io} from './io.js'
import {UsageError} from './io.js'

/**
 * Read a UTF-8 input.
 *
 * @param file
 *   Path relative to `io.cwd`, `-` or `undefined` for standard input.
 * @param io
 *   Streams and working directory.
 * @returns
 *   The text, without a byte order mark.
 */
export async function readInput(file: string | undefined, io: Io): Promise<string> {
  let text: string
  if (file === undefined || file === '-') {
    text = await io.readStdin()
  } else {
    try {
      text = await readFile(path.resolve(io.cwd, file), 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new UsageError('Cannot read `' + file + '`' + (code ? ' (' + code + ')' : ''))
    }
  }

  return text.charCodeAt(0) === 0xfe_ff ? text.slice(1) : text
}
