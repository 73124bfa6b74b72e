import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {createGlossary} from '../../src/glossary/create.js'
import {validateConcept} from '../../src/glossary/validate.js'
import {exportGlossary, importGlossary} from '../../src/node/exchange/index.js'
import {loadGlossaryFiles} from '../../src/node/glossary-dir.js'
import type {Concept} from '../../src/types.js'

describe('the shipped glossary', () => {
  it('should round trip through TBX and CSV unchanged', async () => {
    const directory = fileURLToPath(new URL('../../glossary', import.meta.url))
    const {files} = await loadGlossaryFiles(directory)
    // Note: only concepts that are valid on their own (lint is another test’s job).
    const glossary = createGlossary(files.map((d) => d.data).filter((d) => validateConcept(d).length === 0) as Concept[])
    expect(glossary.concepts.length).toBeGreaterThan(1)
    expect(importGlossary(exportGlossary(glossary, 'tbx') as string)).toEqual(glossary.concepts)
    expect(importGlossary(exportGlossary(glossary, 'csv', {bom: true}) as string)).toEqual(glossary.concepts)
  })
})
