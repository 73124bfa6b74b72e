/**
 * Messages of an analysis with lines and columns, as text (vfile-reporter's
 * layout) or JSON.
 */
import {createLocator} from '../render/index.js'
import type {Message, Severity} from '../types.js'

/** A message with its place as lines and columns (1-based). */
export interface LocatedMessage extends Message {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** Messages of one file; `error` when the file could not be analyzed. */
export interface FileMessages {
  file: string
  messages: LocatedMessage[]
  error?: string
}

/** Count of messages per severity, plus files that failed. */
export interface MessageCounts {
  error: number
  warning: number
  info: number
  /** Files that could not be read or analyzed. */
  fatal: number
}

/**
 * Add lines and columns to messages.
 *
 * @param value
 *   Text the offsets index into.
 * @param messages
 *   Messages with `start` and `end` offsets.
 * @returns
 *   Messages with `line`, `column`, `endLine`, `endColumn`, in the same order.
 */
export function locateMessages(value: string, messages: readonly Message[]): LocatedMessage[] {
  const locate = createLocator(value)
  return messages.map((message) => {
    const start = locate(message.start)
    const end = locate(message.end)
    return {...message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column}
  })
}

/**
 * Format the messages of one file, one line each:
 * `file:line:column-line:column  severity  reason  rule-id  glosa`, columns
 * aligned within the file. A failed file is one line:
 * `file  error  reason`.
 *
 * @param result
 *   Messages of the file.
 * @param label
 *   Label of a severity (translated).
 * @returns
 *   Lines, each ending in a line feed (empty when there are no messages).
 */
export function formatFileText(result: FileMessages, label: (severity: Severity) => string): string {
  const file = oneLine(result.file)
  if (result.error !== undefined) return file + '  ' + label('error') + '  ' + oneLine(result.error) + '\n'

  const rows = result.messages.map((message) => [
    file + ':' + message.line + ':' + message.column + '-' + message.endLine + ':' + message.endColumn,
    label(message.severity),
    oneLine(message.reason),
    message.ruleId
  ])
  const widths = [0, 1, 2].map((column) => Math.max(0, ...rows.map((row) => row[column]!.length)))

  return rows
    .map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ') + '  glosa\n')
    .join('')
}

/**
 * Count messages by severity.
 *
 * @param counts
 *   Counts to add to (changed in place).
 * @param result
 *   Messages of one file.
 */
export function countMessages(counts: MessageCounts, result: FileMessages): void {
  if (result.error !== undefined) counts.fatal++
  for (const message of result.messages) counts[message.severity]++
}

/**
 * Exit code of a check, as remark-cli's: 1 with an error or a failed file,
 * or with a warning when `frail`; 0 otherwise.
 *
 * @param counts
 *   Counts of all files.
 * @param frail
 *   Whether warnings fail.
 * @returns
 *   `0` or `1`.
 */
export function exitCode(counts: MessageCounts, frail: boolean): 0 | 1 {
  return counts.error > 0 || counts.fatal > 0 || (frail && counts.warning > 0) ? 1 : 0
}

/** Collapse line breaks and control characters so a value stays on one line. */
function oneLine(value: string): string {
  return value.replace(/[\u0000-\u001F\u007F\u2028\u2029]+/g, ' ')
}
