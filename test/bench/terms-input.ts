/**
 * Input of the term speed benches: a markdown document made of the quality
 * bench's articles, and multiword terms made from its words.
 */

import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Concept, Glossary} from '../../src/types.js'
import {makeGlossary} from '../match/glossary.js'
import {mulberry32} from './random.js'

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/terms-bench')
const articles = fs
  .readdirSync(folder)
  .filter((name) => name.endsWith('.md') && !name.endsWith('.ann.md'))
  .sort()
  .map((name) => fs.readFileSync(path.join(folder, name), 'utf8'))

/**
 * The articles, repeated up to `size` UTF-16 units.
 */
export function repeat(size: number): string {
  let text = ''
  let index = 0
  while (text.length < size) text += articles[index++ % articles.length] + '\n\n'
  return text
}

/**
 * A maker of `count` distinct multiword terms for `document`: `found` of them
 * (default: a tenth) taken from it, the rest synthetic from its vocabulary
 * (and a few invented words). Successive calls continue one seeded random
 * sequence.
 */
export function termMaker(document: string): (count: number, found?: number) => string[] {
  const words = document.split(/\s+/).filter((word) => /^\p{L}+$/u.test(word))
  const vocabulary = [...new Set(document.match(/\p{L}+/gu) ?? [])]
  const random = mulberry32(42)

  return (count, found = count / 10) => {
    const result = new Set<string>()
    for (let tries = 0; result.size < found && tries < count; tries++) {
      const start = Math.floor(random() * (words.length - 3))
      result.add(words.slice(start, start + 2 + Math.floor(random() * 2)).join(' '))
    }

    while (result.size < count) {
      const length = 2 + Math.floor(random() * 3)
      const parts = Array.from({length}, () => vocabulary[Math.floor(random() * vocabulary.length)]!)
      if (random() < 0.5) parts.push('z' + Math.floor(random() * 1e6).toString(36))
      result.add(parts.join(' '))
    }

    return [...result]
  }
}

/**
 * A glossary of one exact English term per concept.
 */
export function termGlossary(texts: readonly string[]): Glossary {
  const concepts: Concept[] = texts.map((text, index) => ({
    id: 'x-' + index,
    kind: 'other',
    jurisdiction: 'international',
    sources: [],
    terms: [{text, lang: 'en', type: 'fullForm', status: 'preferred', case: 'exact'}]
  }))
  return makeGlossary(concepts)
}
