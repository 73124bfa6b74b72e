import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {buildDefaultData, dataPath} from '../../scripts/build-glossary.js'
import {defaultGlossary} from '../../src/glossary/default.js'
import {loadConcepts} from '../../src/glossary/default-data.js'
import {normalizeConcept} from '../../src/glossary/create.js'
import {validateConcepts} from '../../src/glossary/validate.js'
import {readGlossaryDirectory} from '../../src/node/glossary-dir.js'

describe('defaultGlossary', () => {
  it('should be generated from the current `glossary/` (run `npx tsx scripts/build-glossary.ts`)', async () => {
    expect(await buildDefaultData()).toBe(await readFile(dataPath, 'utf8'))
  })

  it('should be compiled from valid, normal data (it is not validated at load)', () => {
    expect(validateConcepts(loadConcepts())).toEqual([])
    for (const concept of loadConcepts()) expect(normalizeConcept(concept)).toEqual(concept)
  })

  it('should hold the concepts of `glossary/`, sorted by id', async () => {
    const {glossary} = await readGlossaryDirectory(fileURLToPath(new URL('../../glossary', import.meta.url)))
    const ids = defaultGlossary.concepts.map((concept) => concept.id)
    expect(ids).toEqual(glossary.concepts.map((concept) => concept.id).sort())
    expect(ids).toEqual(loadConcepts().map((concept) => concept.id))
    expect(defaultGlossary.get('mx-fgr')).toEqual(glossary.get('mx-fgr'))
  })

  it('should be frozen and have every term with a case rule', () => {
    expect(Object.isFrozen(defaultGlossary)).toBe(true)
    expect(defaultGlossary.terms.length).toBeGreaterThan(defaultGlossary.concepts.length)
    expect(defaultGlossary.terms.every((term) => term.case !== undefined && defaultGlossary.get(term.concept) !== undefined)).toBe(true)
  })

  it('should encode superseded institutions with their successor', () => {
    const pgr = defaultGlossary.get('mx-pgr')
    expect(pgr?.replacedBy).toBe('mx-fgr')
    expect(pgr?.validUntil).toBe('2018-12-20')
    expect(pgr?.terms.every((term) => term.status === 'superseded')).toBe(true)
  })
})
