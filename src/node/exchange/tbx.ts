/**
 * Import a TBX document: parse it safely, check its structure, read its
 * concepts — and fail with every problem at once, never half-loaded.
 */

import type {Concept} from '../../types.js'
import {ExchangeError} from './error.js'
import {structureName} from './tbx-category.js'
import {checkTbx} from './tbx-check.js'
import type {ImportSettings} from './values.js'
import {readTbx} from './tbx-read.js'
import {parseXml} from './xml.js'

/**
 * Read concepts from TBX text (TBX v3 `tbx` in DCA or DCT style, TBX v2
 * `martif`).
 *
 * @param value
 *   Decoded TBX text.
 * @param settings
 *   Defaults for fields foreign files lack.
 * @returns
 *   Concepts.
 * @throws {ExchangeError}
 *   With every problem: not well-formed XML (the first error), entity
 *   declarations, a root that is not TBX, structure and dialect problems,
 *   bad glosa values.
 */
export function importTbx(value: string, settings: ImportSettings): Concept[] {
  const root = parseXml(value, 'TBX')
  const name = structureName(root)

  if (name !== 'tbx') {
    throw new ExchangeError('TBX', [
      {
        line: root.line,
        column: root.column,
        reason:
          'Unexpected root element `<' + root.qualifiedName + '>`' +
          (root.uri ? ' in namespace `' + root.uri + '`' : '') +
          ', expected `<tbx>` (TBX v3) or `<martif>` (TBX v2)',
        ruleId: 'unexpected-root'
      }
    ])
  }

  const problems = checkTbx(root)
  const result = readTbx(root, settings)
  problems.push(...result.problems)
  if (problems.length > 0) throw new ExchangeError('TBX', problems)
  return result.concepts
}
