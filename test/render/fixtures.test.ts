import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/analyze.js'
import {annotateMarkdown, stripAnnotations, toHtml} from '../../src/outputs.js'
import {withPositions} from '../../src/render/index.js'
import {fixtureCases, fixtureDate} from './fixture-cases.js'
import {checkParse} from './helpers.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

describe('golden fixtures (regenerate with `npx tsx scripts/update-fixtures.ts`)', () => {
  for (const {folder, lang, analysis} of fixtureCases) {
    it('should render `' + folder + '` as its fixtures say', () => {
      const directory = path.join(root, 'test/fixtures', folder)
      const read = (name: string) => readFileSync(path.join(directory, name), 'utf8')
      const markdown = read('input.md')
      const options = {date: fixtureDate, lang: lang ?? 'en'}
      const annotated = annotateMarkdown(markdown, options)
      if (analysis) expect(JSON.parse(JSON.stringify(withPositions(markdown, analyze(markdown, options))))).toEqual(JSON.parse(read('analysis.json')))
      expect(toHtml(markdown, options) + '\n').toBe(read('output.html'))
      expect(annotated).toBe(read('annotated.md'))
      expect(stripAnnotations(read('annotated.md'))).toBe(markdown)
      const check = checkParse(annotated)
      expect(check.same && check.attributes && check.parsed === check.written).toBe(true)
    })
  }
})
