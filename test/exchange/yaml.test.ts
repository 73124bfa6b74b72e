import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {conceptToYaml, exportGlossary, importGlossary} from '../../src/node/exchange/index.js'
import {parseConceptFile} from '../../src/node/glossary-dir.js'
import type {Concept} from '../../src/types.js'

describe('conceptToYaml', () => {
  it('should write fields in glosa’s order whatever the input order', () => {
    const concept = {
      sources: [{accessed: '2026-11-29', tier: 'official', url: 'https://www.gob.mx/fgr'}],
      terms: [{status: 'preferred', type: 'acronym', lang: 'es', text: 'FGR', case: 'exact'}],
      jurisdiction: 'mx-federal',
      kind: 'prosecutor',
      id: 'mx-fgr'
    } as Concept
    expect(conceptToYaml(concept, {schema: null})).toBe(
      'id: mx-fgr\n' +
        'kind: prosecutor\n' +
        'jurisdiction: mx-federal\n' +
        'terms:\n' +
        '  - text: FGR\n' +
        '    lang: es\n' +
        '    type: acronym\n' +
        '    status: preferred\n' +
        '    case: exact\n' +
        'sources:\n' +
        '  - url: https://www.gob.mx/fgr\n' +
        '    tier: official\n' +
        '    accessed: 2026-11-29\n'
    )
  })

  it('should point editors at the schema by default', () => {
    const yaml = conceptToYaml({id: 'mx-a', kind: 'other', jurisdiction: 'mx-state', terms: [], sources: []})
    expect(yaml.startsWith('# yaml-language-server: $schema=../schema.json\n')).toBe(true)
  })

  it('should give files that the glossary loader reads back to the same concepts (TBX fixture)', () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/tbx/v3-dca.tbx', import.meta.url)))
    const concepts = importGlossary(bytes, {jurisdiction: 'mx-federal'})
    for (const concept of concepts) {
      const parsed = parseConceptFile(conceptToYaml(concept), concept.id + '.yaml')
      expect(parsed.problems).toEqual([])
      expect(parsed.data).toEqual(concept)
    }

    expect(importGlossary(exportGlossary(concepts, 'tbx') as string)).toEqual(concepts)
  })
})
