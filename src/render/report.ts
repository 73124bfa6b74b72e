/**
 * Report analysis messages on a vfile, in remark-lint's shape.
 */
import type {VFile} from 'vfile'
import type {Message} from '../types.js'
import {createLocator} from './positions.js'

/**
 * Add each message to `file`: `error` as a fatal message, `warning` as a
 * message, `info` as info; each with `place` (start and end points),
 * `ruleId`, `source: 'glosa'`, and `actual` and `expected` when known.
 *
 * @param file
 *   File to report on.
 * @param document
 *   The document the offsets of `messages` point into.
 * @param messages
 *   Messages of an analysis of `document`.
 *
 * @example
 *   reportMessages(file, 'La PGR dijo.', analyze('La PGR dijo.').messages)
 *   file.messages[0].ruleId // => 'superseded-term'
 */
export function reportMessages(file: VFile, document: string, messages: readonly Message[]): void {
  const locate = createLocator(document)

  for (const found of messages) {
    const options = {place: {start: locate(found.start), end: locate(found.end)}, ruleId: found.ruleId, source: 'glosa'}
    const message = found.severity === 'info' ? file.info(found.reason, options) : file.message(found.reason, options)
    if (found.severity === 'error') message.fatal = true
    if (found.actual !== undefined) message.actual = found.actual
    if (found.expected !== undefined) message.expected = [...found.expected]
  }
}
