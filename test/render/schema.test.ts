import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Ajv2020} from 'ajv/dist/2020.js'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/analyze.js'
import {withPositions} from '../../src/render/index.js'
import {markdownArbitrary} from './helpers.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const schema = JSON.parse(readFileSync(path.join(root, 'schema/analysis.schema.json'), 'utf8')) as object
const ajv = new Ajv2020({strict: true, allErrors: true})
const validate = ajv.compile(schema)
const sample = readFileSync(path.join(root, 'test/fixtures/sample/input.md'), 'utf8')

function errors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((error) => error.instancePath + ' ' + error.message)
}

describe('analysis.schema.json', () => {
  it('should accept the analysis of the sample article, with and without positions', () => {
    const analysis = analyze(sample)
    expect(analysis.segments.length).toBeGreaterThan(0)
    expect(errors(JSON.parse(JSON.stringify(analysis)))).toEqual([])
    expect(errors(JSON.parse(JSON.stringify(withPositions(sample, analysis))))).toEqual([])
  })

  it('should accept the analysis of any document', () => {
    fc.assert(
      fc.property(markdownArbitrary, (markdown) => {
        const analysis = analyze(markdown)
        expect(errors(JSON.parse(JSON.stringify(withPositions(markdown, analysis))))).toEqual([])
      }),
      {numRuns: 300}
    )
  })

  it('should reject analyses that break the format', () => {
    const good = JSON.parse(JSON.stringify(withPositions(sample, analyze(sample)))) as Record<string, unknown[]>
    const broken: Array<[string, (value: Record<string, unknown[]>) => void]> = [
      ['/version', (value) => Object.assign(value, {version: 2})],
      ['/segments/0/lang', (value) => Object.assign(value['segments']![0] as object, {lang: 'fr'})],
      ['/segments/0/start', (value) => Object.assign(value['segments']![0] as object, {start: -1})],
      ['/terms/0', (value) => Object.assign(value['terms']![0] as object, {extra: true})],
      ['/messages/0/severity', (value) => Object.assign(value['messages']![0] as object, {severity: 'fatal'})],
      ['/segments/0/position/start/line', (value) => Object.assign((value['segments']![0] as {position: {start: object}}).position.start, {line: 0})],
      ['', (value) => delete value['pairs']]
    ]
    for (const [pointer, breakIt] of broken) {
      const value = structuredClone(good)
      breakIt(value)
      expect(errors(value).some((error) => error.startsWith(pointer)), pointer).toBe(true)
    }
  })

  it('should document every property', () => {
    const missing: string[] = []
    const stack: Array<[string, unknown]> = [['#', schema]]
    while (stack.length > 0) {
      const [where, node] = stack.pop()!
      if (!node || typeof node !== 'object') continue
      const properties = (node as {properties?: Record<string, {description?: string; $ref?: string}>}).properties
      for (const [name, property] of Object.entries(properties ?? {})) {
        if (!property.description && !property.$ref?.endsWith('/position')) missing.push(where + '/' + name)
      }

      for (const [key, value] of Object.entries(node)) stack.push([where + '/' + key, value])
    }

    expect(missing).toEqual([])
  })
})
