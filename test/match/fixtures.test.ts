import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {matchTerms} from '../../src/match/index.js'
import {checkTerms} from '../../src/messages/index.js'
import type {Concept, Lang} from '../../src/types.js'
import {makeGlossary, testGlossary} from './glossary.js'

interface Expected {
  options: {lang?: Lang}
  concepts?: Concept[]
  date?: string
  matches: Array<{start: number; end: number; text: string; entry: string}>
  messages?: Array<{ruleId: string; text: string; reason?: string}>
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures')
const folders = fs
  .readdirSync(root)
  .filter((name) => name.startsWith('terms-') && fs.existsSync(path.join(root, name, 'expected.json')))

describe('term fixtures', () => {
  it('should have a fixture per hard case', () => {
    expect(folders.length).toBeGreaterThanOrEqual(15)
  })

  for (const name of folders) {
    it('should match `' + name + '`', () => {
      const input = fs.readFileSync(path.join(root, name, 'input.md'), 'utf8')
      const expected = JSON.parse(fs.readFileSync(path.join(root, name, 'expected.json'), 'utf8')) as Expected
      const glossary = expected.concepts ? makeGlossary(expected.concepts) : testGlossary
      const matches = matchTerms(input, {glossary, ...expected.options})

      for (const match of expected.matches) expect(input.slice(match.start, match.end)).toBe(match.text)
      expect(matches.map(({start, end, text, entry}) => ({start, end, text, entry}))).toEqual(expected.matches)

      if (expected.messages) {
        const messages = checkTerms(input, matches, {glossary, date: expected.date, ...expected.options})
        expect(
          messages.map((message) => ({
            ruleId: message.ruleId,
            text: input.slice(message.start, message.end),
            ...(expected.messages!.some((item) => item.reason !== undefined && item.ruleId === message.ruleId)
              ? {reason: message.reason}
              : {})
          }))
        ).toEqual(expected.messages)
      }
    })
  }
})
