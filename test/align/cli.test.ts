import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {align, strings} from '../../src/cli/align.js'
import {createTranslator} from '../../src/cli/i18n.js'
import {UsageError, type Io} from '../../src/cli/io.js'

let directory = ''

/** A fake process that collects output. */
function fakeIo(): Io & {out: string} {
  const io = {
    out: '',
    readStdin: async () => '',
    stdout(chunk: string) {
      io.out += chunk
    },
    stderr() {},
    env: {},
    cwd: directory
  }
  return io
}

/** Run `glosa align`. */
async function runAlign(argv: string[]): Promise<{code: number; out: string}> {
  const io = fakeIo()
  const code = await align.run(argv, {io, t: createTranslator('en', {align: strings})})
  return {code, out: io.out}
}

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'glosa-align-'))
  await writeFile(
    path.join(directory, 'es.txt'),
    'La FGR aclaró que detuvo a 16 mil 096 personas.\nEl clima fue soleado.\nLa coordinación con EE. UU. sigue.\n'
  )
  await writeFile(path.join(directory, 'en.txt'), 'The FGR clarified that it arrested 16,096 people.\nCoordination with the U.S. continues.\n')
  await writeFile(path.join(directory, 'es.md'), 'La FGR aclaró que detuvo a 16 mil 096 personas. La coordinación con EE. UU. sigue.\n')
  await writeFile(path.join(directory, 'en.md'), 'The FGR clarified that it arrested 16,096 people. Coordination with the U.S. continues.\n')
})

afterAll(async () => {
  await rm(directory, {recursive: true, force: true})
})

describe('glosa align', () => {
  it('should print JSON beads with the sentences (one sentence per line)', async () => {
    const {code, out} = await runAlign(['es.txt', 'en.txt', '--lines'])
    expect(code).toBe(0)
    const result = JSON.parse(out) as {es: string[]; en: string[]; pairs: Array<{es: number[]; en: number[]}>}
    expect(result.es).toHaveLength(3)
    expect(result.pairs.map((d) => [d.es, d.en])).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]]
    ])
  })

  it('should print TSV and TMX', async () => {
    const tsv = await runAlign(['es.txt', 'en.txt', '--lines', '--format', 'tsv'])
    expect(tsv.out.split('\n')[0]).toMatch(/^La FGR aclaró que detuvo a 16 mil 096 personas\.\tThe FGR clarified that it arrested 16,096 people\.\t0\.\d+$/)
    const tmx = await runAlign(['es.txt', 'en.txt', '--lines', '--format=tmx'])
    expect(tmx.out).toContain('<tuv xml:lang="en"><seg>Coordination with the U.S. continues.</seg></tuv>')
  })

  it('should split markdown into sentences', async () => {
    const {out} = await runAlign(['es.md', 'en.md'])
    const result = JSON.parse(out) as {es: string[]; pairs: Array<{es: number[]; en: number[]}>}
    expect(result.es).toEqual(['La FGR aclaró que detuvo a 16 mil 096 personas.', 'La coordinación con EE. UU. sigue.'])
    expect(result.pairs.map((d) => [d.es, d.en])).toEqual([
      [[0], [0]],
      [[1], [1]]
    ])
  })

  it('should print help', async () => {
    const {code, out} = await runAlign(['--help'])
    expect(code).toBe(0)
    expect(out).toContain('Usage: glosa align <es> <en>')
  })

  it('should reject misuse', async () => {
    await expect(runAlign(['es.txt'])).rejects.toThrow(UsageError)
    await expect(runAlign(['es.txt', 'en.txt', '--format', 'xml'])).rejects.toThrow(
      'Unexpected `--format` value `xml`, expected `json`, `tsv` or `tmx`'
    )
    await expect(runAlign(['missing.txt', 'en.txt'])).rejects.toThrow('Cannot read `missing.txt` (ENOENT)')
  })
})
