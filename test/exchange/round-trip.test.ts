import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createGlossary} from '../../src/glossary/create.js'
import {validateConcepts} from '../../src/glossary/validate.js'
import {conceptToYaml, exportGlossary, importGlossary} from '../../src/node/exchange/index.js'
import {parseConceptFile} from '../../src/node/glossary-dir.js'
import type {Concept} from '../../src/types.js'
import {concepts} from './arbitraries.js'

/**
 * Load concept YAML through the core's loader.
 *
 * @param yaml
 *   YAML of concept files.
 * @returns
 *   Concepts.
 */
function load(yaml: string[]): Concept[] {
  return yaml.map(function (text, index) {
    const parsed = parseConceptFile(text, 'concept-' + index + '.yaml')
    expect(parsed.problems).toEqual([])
    return parsed.data as Concept
  })
}

describe('round trips', () => {
  it('generated concepts are valid concepts', () => {
    fc.assert(
      fc.property(concepts, (values) => {
        expect(validateConcepts(values)).toEqual([])
      }),
      {numRuns: 100}
    )
  })

  it('YAML → TBX → YAML loses nothing', () => {
    fc.assert(
      fc.property(concepts, (values) => {
        const yaml = values.map((d) => conceptToYaml(d))
        const loaded = load(yaml)
        expect(loaded).toEqual(values)
        const back = importGlossary(exportGlossary(loaded, 'tbx') as string)
        expect(back).toEqual(loaded)
        expect(back.map((d) => conceptToYaml(d))).toEqual(yaml)
      }),
      {numRuns: 150}
    )
  })

  it('YAML → CSV → YAML loses nothing (with and without BOM)', () => {
    fc.assert(
      fc.property(concepts, fc.boolean(), (values, bom) => {
        const yaml = values.map((d) => conceptToYaml(d))
        const loaded = load(yaml)
        const csv = exportGlossary(loaded, 'csv', {bom}) as string
        const back = importGlossary(csv)
        expect(back).toEqual(loaded)
        expect(back.map((d) => conceptToYaml(d))).toEqual(yaml)
      }),
      {numRuns: 150}
    )
  })

  it('CSV round trips as UTF-8 bytes with a BOM', () => {
    fc.assert(
      fc.property(concepts, (values) => {
        const csv = exportGlossary(values, 'csv', {bom: true}) as string
        const back = importGlossary(new TextEncoder().encode(csv))
        expect(back).toEqual(values)
      }),
      {numRuns: 50}
    )
  })

  it('a compiled glossary exports to TBX and imports as its own concepts (NFC, case rules filled in)', () => {
    fc.assert(
      fc.property(concepts, (values) => {
        const glossary = createGlossary(values)
        const back = importGlossary(exportGlossary(glossary, 'tbx') as string)
        expect(back).toEqual(glossary.concepts)
      }),
      {numRuns: 100}
    )
  })

  it('TBX bytes round trip through UTF-8 and UTF-16 (with BOM)', () => {
    fc.assert(
      fc.property(concepts, (values) => {
        const tbx = exportGlossary(values, 'tbx') as string
        const utf16 = new Uint8Array(2 + tbx.length * 2)
        utf16.set([0xff, 0xfe])
        for (let index = 0; index < tbx.length; index++) {
          const code = tbx.charCodeAt(index)
          utf16[2 + index * 2] = code & 0xff
          utf16[3 + index * 2] = code >> 8
        }

        expect(importGlossary(new TextEncoder().encode(tbx))).toEqual(values)
        expect(importGlossary(utf16)).toEqual(values)
      }),
      {numRuns: 50}
    )
  })
})
