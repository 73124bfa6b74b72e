import {createRequire} from 'node:module'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/analyze.js'
import {annotateMarkdown, stripAnnotations, toHtml} from '../../src/outputs.js'
import {annotate} from '../../src/render/index.js'
import type {Analysis} from '../../src/types.js'
import {allowedTags, analysisArbitrary, checkParse, tagNames} from './helpers.js'

interface Example {
  markdown: string
  number: number
  section: string
}

const examples = (createRequire(import.meta.url)('commonmark-spec') as {tests: Example[]}).tests.map((example) => ({
  ...example,
  // Note: the spec writes tabs as `→`.
  markdown: example.markdown.replaceAll('→', '\t')
}))

/** Every offset of an analysis slices the source to the reported text. */
function checkOffsets(markdown: string, analysis: Analysis): string[] {
  const problems: string[] = []
  const inside = (start: number, end: number) => Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= markdown.length
  for (const item of [...analysis.segments, ...analysis.terms]) {
    if (!inside(item.start, item.end) || markdown.slice(item.start, item.end) !== item.text) problems.push(JSON.stringify(item))
  }

  for (const message of analysis.messages) if (!inside(message.start, message.end)) problems.push(JSON.stringify(message))
  for (const pair of analysis.pairs) {
    for (const link of pair.links) if (!inside(...link.es) || !inside(...link.en)) problems.push(JSON.stringify(link))
  }

  return problems
}

describe('CommonMark spec examples', () => {
  it('should have the examples', () => {
    expect(examples.length).toBeGreaterThan(600)
  })

  it('analysis offsets slice the source to the reported text', () => {
    const problems = examples.flatMap((example) => checkOffsets(example.markdown, analyze(example.markdown)).map((problem) => example.number + ': ' + problem))
    expect(problems).toEqual([])
  }, 300_000)

  it('strip(annotate(x)) === x, annotating is idempotent, annotations parse as written', () => {
    const problems: string[] = []
    for (const example of examples) {
      const annotated = annotateMarkdown(example.markdown)
      if (stripAnnotations(annotated) !== example.markdown) problems.push(example.number + ': strip')
      if (annotateMarkdown(annotated) !== annotated) problems.push(example.number + ': idempotent')
      const check = checkParse(annotated)
      if (!check.same || !check.attributes || check.parsed !== check.written) problems.push(example.number + ': parse ' + JSON.stringify(check))
    }

    expect(problems).toEqual([])
  }, 300_000)

  it('annotations over random ranges stay lossless and parse as written', () => {
    const problems: string[] = []
    for (const example of examples) {
      for (const analysis of fc.sample(analysisArbitrary(example.markdown), {seed: example.number, numRuns: 4})) {
        const annotated = annotate(example.markdown, analysis)
        const check = checkParse(annotated)
        if (stripAnnotations(annotated) !== example.markdown) problems.push(example.number + ': strip')
        if (!check.same || !check.attributes || check.parsed !== check.written) problems.push(example.number + ': parse ' + JSON.stringify(check))
      }
    }

    expect(problems).toEqual([])
  }, 300_000)

  it('HTML holds only glosa’s own tags and safe URLs (raw HTML never passes)', () => {
    const problems: string[] = []
    for (const example of examples) {
      const html = toHtml(example.markdown)
      const unknown = tagNames(html).filter((name) => !allowedTags.has(name))
      if (unknown.length > 0 || /(?:href|src)="\s*(?:javascript|data|vbscript):/i.test(html)) problems.push(example.number + ': ' + unknown.join(','))
    }

    expect(problems).toEqual([])
  }, 300_000)
})
