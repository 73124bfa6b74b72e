/**
 * Load an alignment fixture: `input.md`, `sentences.json` (`[lang, text]` in
 * order), `terms.json` (`[entry, lang, text]`, every occurrence) and
 * `expected.json` (pairs and unaligned Spanish sentences, as texts).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Lang, Segment, SegmentLang, TermMatch} from '../../src/types.js'

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures')

/** A loaded fixture. */
export interface AlignFixture {
  markdown: string
  segments: Segment[]
  terms: TermMatch[]
  expected: {pairs: Array<{es: string[]; en: string[]}>; unaligned: string[]}
}

/**
 * Load fixture `name`.
 *
 * @param name
 *   Folder in `test/fixtures/`.
 * @returns
 *   The fixture.
 */
export function loadFixture(name: string): AlignFixture {
  const read = (file: string) => fs.readFileSync(path.join(fixtures, name, file), 'utf8')
  const markdown = read('input.md')
  const list = JSON.parse(read('sentences.json')) as Array<[SegmentLang, string]>
  let from = 0
  const segments = list.map(([lang, text], index): Segment => {
    const start = markdown.indexOf(text, from)
    if (start === -1) throw new Error('Cannot find `' + text + '` in ' + name)
    from = start + text.length
    return {id: 's' + (index + 1), start, end: start + text.length, text, lang, confidence: 1, kind: 'sentence'}
  })
  const terms: TermMatch[] = []
  for (const [entry, lang, text] of JSON.parse(read('terms.json')) as Array<[string, Lang, string]>) {
    for (let start = markdown.indexOf(text); start !== -1; start = markdown.indexOf(text, start + 1)) {
      terms.push({start, end: start + text.length, text, entry, lang, form: text, status: 'preferred'})
    }
  }

  terms.sort((a, b) => a.start - b.start)
  return {markdown, segments, terms, expected: JSON.parse(read('expected.json')) as AlignFixture['expected']}
}
