import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {createGlossaryCommand, report, strings} from '../../src/cli/glossary.js'
import {createTranslator} from '../../src/cli/i18n.js'
import {UsageError, type Io} from '../../src/cli/io.js'
import type {SpecMatcher} from '../../src/glossary/lint.js'
import type {Lang} from '../../src/types.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const none: SpecMatcher = () => []

async function run(argv: string[], lang: Lang = 'en') {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    readStdin: async () => '',
    stdout: (chunk) => (stdout += chunk),
    stderr: (chunk) => (stderr += chunk),
    env: {},
    cwd: root
  }
  const t = createTranslator(lang, {glossary: strings})
  const code = await createGlossaryCommand({match: none}).run(argv, {io, t})
  return {code, stdout, stderr}
}

describe('glosa glossary lint', () => {
  it('should print remark-lint style lines and a summary, and exit 1 on errors', async () => {
    const result = await run(['lint', 'test/fixtures/glossary-lint/dangling'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        'test/fixtures/glossary-lint/dangling/aic.yaml:4:9      error  Unexpected `parent` `mx-fgrr`, which is no concept, expected `mx-fgr`  dangling-reference',
        'test/fixtures/glossary-lint/dangling/fgr.yaml:4:9      error  Unexpected cycle in `parent`: `mx-fgr` → `mx-unidad` → `mx-fgr`  reference-cycle',
        'test/fixtures/glossary-lint/dangling/unidad.yaml:5:13  error  Unexpected `replacedBy` `mx-nowhere`, which is no concept, expected the id of a concept  dangling-reference',
        '',
        '✖ 3 errors',
        ''
      ].join('\n')
    )
  })

  it('should say so when there are no problems, and exit 0', async () => {
    expect(await run(['lint', 'test/fixtures/glossary-lint/valid'])).toEqual({code: 0, stdout: '✔ no problems\n', stderr: ''})
  })

  it('should count warnings, in Spanish too', async () => {
    const result = await run(['lint', 'test/fixtures/glossary-lint/superseded'], 'es')
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n').at(0)).toMatch(/^test\/fixtures\/glossary-lint\/superseded\/afi\.yaml:1:1  aviso  /)
    expect(result.stdout.endsWith('\n✖ 3 errores, 3 advertencias\n')).toBe(true)
  })

  it('should print JSON with `--format json`', async () => {
    const result = await run(['lint', 'test/fixtures/glossary-lint/missing-source', '--format', 'json'])
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)).toEqual([
      {
        ruleId: 'missing-source',
        reason: 'Missing source for `mx-sspc`, expected at least one in `sources`',
        severity: 'error',
        source: 'glosa',
        file: 'test/fixtures/glossary-lint/missing-source/sspc.yaml',
        line: 7,
        column: 10,
        entry: 'mx-sspc',
        index: 0,
        path: ['sources']
      }
    ])
  })

  it('should exit 0 when there are only warnings', () => {
    const t = createTranslator('en', {glossary: strings})
    expect(report([{ruleId: 'x', reason: 'Y', severity: 'warning', source: 'glosa', file: 'a.yaml', line: 1, column: 2}], t)).toBe(
      'a.yaml:1:2  warning  Y  x\n\n⚠ 1 warning\n'
    )
  })

  it('should report misuse', async () => {
    await expect(run(['lint', '--format', 'xml'])).rejects.toThrow(new UsageError('Unexpected `--format` value `xml`, expected `text` or `json`'))
    await expect(run(['lint', 'test/fixtures/nope'])).rejects.toThrow(/^Cannot read glossary directory/)
    await expect(run(['frobnicate'])).rejects.toThrow('Unexpected subcommand `frobnicate`, expected `lint`, `export` or `import`')
    await expect(run(['export'])).rejects.toThrow(UsageError)
    await expect(run(['import'])).rejects.toThrow('Missing file to import, expected `glosa glossary import <file|->`')
  })

  it('should print help', async () => {
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: glosa glossary <lint\|export\|import>/)
    expect((await run([])).code).toBe(2)
  })
})
