/**
 * The shipped glossary passes its own lint, specs included (with glosa's matcher).
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {matchTerms} from '../../src/match/index.js'
import {lintGlossaryDirectory} from '../../src/node/glossary-dir.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

describe('glossary/', () => {
  it('should pass `glosa glossary lint` without errors, specs included', async () => {
    const messages = await lintGlossaryDirectory('glossary', {cwd: root, match: (text, glossary) => matchTerms(text, {glossary})})
    const errors = messages
      .filter((message) => message.severity === 'error')
      .map((message) => `${message.file}:${message.line}:${message.column}  ${message.reason}  ${message.ruleId}`)
    expect(errors).toEqual([])
  })
})
