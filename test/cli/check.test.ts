import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {check, strings} from '../../src/cli/check.js'
import {countMessages, exitCode, formatFileText, locateMessages} from '../../src/cli/format-messages.js'
import {createTranslator} from '../../src/cli/i18n.js'
import {UsageError, type Io} from '../../src/cli/io.js'
import {createProgress} from '../../src/cli/progress.js'
import type {Lang, Message} from '../../src/types.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const superseded = 'test/fixtures/check-superseded/input.md'
const clean = 'test/fixtures/check-clean/input.md'

/** A fake process: collects output, serves `stdin`. */
function fakeIo(stdin = '', isTty = false): Io & {out: string; err: string} {
  const io = {
    out: '',
    err: '',
    readStdin: async () => stdin,
    stdout(chunk: string) {
      io.out += chunk
    },
    stderr(chunk: string) {
      io.err += chunk
    },
    env: {},
    cwd: root,
    isTty
  }
  return io
}

/** Run `glosa check` as `run` dispatches it: usage errors exit 2. */
async function runCheck(argv: string[], io: Io, lang: Lang = 'en'): Promise<number> {
  const t = createTranslator(lang, {check: strings})
  try {
    return await check.run(argv, {io, t})
  } catch (error) {
    io.stderr('glosa: ' + (error as Error).message + '\n')
    return error instanceof UsageError ? 2 : 1
  }
}

describe('glosa check', () => {
  it('should report `PGR` in a 2025 article as a superseded term, in vfile-reporter layout', async () => {
    const io = fakeIo()
    expect(await runCheck([superseded, '--date', '2025-03-01'], io)).toBe(0)
    const lines = io.out.split('\n')
    const warning = lines.find((line) => line.includes('superseded-term'))
    expect(warning).toMatch(
      /^test\/fixtures\/check-superseded\/input\.md:3:4-3:7 +warning +Unexpected `PGR`, expected `FGR` \(replaced on 2018-12-20\) +superseded-term  glosa$/
    )
    expect(lines.filter((line) => line.includes('superseded-term'))).toHaveLength(2)
    expect(io.out).toMatch(/\n2 warnings(, \d+ info)?\n$/)
    expect(io.err).toBe('')
  })

  it('should exit 1 on warnings with `--frail`', async () => {
    expect(await runCheck([superseded, '--date', '2025-03-01', '--frail'], fakeIo())).toBe(1)
  })

  it('should not report `PGR` in an article dated before the FGR', async () => {
    const io = fakeIo()
    expect(await runCheck([superseded, '--date', '2015-06-01', '--frail'], io)).toBe(0)
    expect(io.out).not.toContain('superseded-term')
  })

  it('should print `no problems` for a clean article and exit 0, even with `--frail`', async () => {
    const io = fakeIo()
    expect(await runCheck([clean, '--date', '2025-03-01', '--frail'], io)).toBe(0)
    expect(io.out).toBe('no problems\n')
  })

  it('should print JSON: `{file, messages}` per file with lines and columns', async () => {
    const io = fakeIo()
    expect(await runCheck([superseded, clean, '--format', 'json', '--date', '2025-03-01'], io)).toBe(0)
    const result = JSON.parse(io.out) as Array<{file: string; messages: Array<Record<string, unknown>>}>
    expect(result.map((item) => item.file)).toEqual([superseded, clean])
    expect(result[1]?.messages).toEqual([])
    const message = result[0]?.messages.find((item) => item['ruleId'] === 'superseded-term')
    expect(message).toMatchObject({
      severity: 'warning',
      actual: 'PGR',
      expected: ['FGR'],
      entry: 'mx-pgr',
      line: 3,
      column: 4,
      endLine: 3,
      endColumn: 7
    })
    const value = await readFile(path.join(root, superseded), 'utf8')
    expect(value.slice(message?.['start'] as number, message?.['end'] as number)).toBe('PGR')
  })

  it('should print JSON for standard input as `<stdin>`', async () => {
    const io = fakeIo('The Attorney General’s Office said so.\n')
    expect(await runCheck(['--format', 'json', '--date', '2025-03-01'], io)).toBe(0)
    expect(JSON.parse(io.out)).toEqual([{file: '<stdin>', messages: []}])
  })

  it('should read standard input as `<stdin>` with `-`', async () => {
    const io = fakeIo('La PGR informó que detuvo a dos personas.\n')
    expect(await runCheck(['-', '--date', '2025-03-01'], io)).toBe(0)
    expect(io.out).toMatch(/^<stdin>:1:4-1:7 +(warning|info) /m)
    expect(io.out).toContain('superseded-term')
  })

  it('should check a directory, files in sorted order', async () => {
    const io = fakeIo()
    expect(await runCheck(['test/fixtures/check-superseded', 'test/fixtures/check-clean', '--date', '2025-03-01'], io)).toBe(0)
    expect(io.out.indexOf('check-superseded/input.md:')).toBeGreaterThanOrEqual(0)
    expect(io.out).not.toContain('check-clean/input.md:')
  })

  it('should speak Spanish with a Spanish UI', async () => {
    const io = fakeIo()
    expect(await runCheck([superseded, '--date', '2025-03-01'], io, 'es')).toBe(0)
    expect(io.out).toMatch(/:3:4-3:7 +advertencia +Unexpected `PGR`/)
    expect(io.out).toMatch(/\n2 advertencias/)
  })

  it('should exit 2 on misuse, naming the culprit', async () => {
    const cases: Array<[string[], string]> = [
      [['--format', 'xml'], 'Unexpected `--format` value `xml`, expected `text` or `json`'],
      [['--date', '2025-02-30'], 'Unexpected `--date` value `2025-02-30`, expected a date as `YYYY-MM-DD`'],
      [['--date', 'yesterday'], 'Unexpected `--date` value `yesterday`'],
      [['no/such/file.md'], 'Cannot read `no/such/file.md` (ENOENT)'],
      [[superseded, '-'], 'Unexpected `-` with other inputs'],
      [['--bogus'], "Unknown option '--bogus'"],
      [['test/fixtures/check-*/*.txt'], 'No markdown files in `test/fixtures/check-*/*.txt`']
    ]
    for (const [argv, message] of cases) {
      const io = fakeIo()
      expect(await runCheck(argv, io), argv.join(' ')).toBe(2)
      expect(io.err).toContain(message)
    }
  })

  it('should print help', async () => {
    const io = fakeIo()
    expect(await runCheck(['--help'], io)).toBe(0)
    expect(io.out).toContain('Usage: glosa check')
  })

  it('should draw a progress bar on a TTY for several files, erased before each result', async () => {
    const io = fakeIo('', true)
    expect(await runCheck([superseded, clean, '--date', '2025-03-01'], io)).toBe(0)
    expect(io.err).toContain('\r\u001B[K[##########..........] 1/2 ' + superseded)
    expect(io.err).toContain('] 2/2 ' + clean)
    expect(io.err.endsWith('\r\u001B[K')).toBe(true)
  })

  it('should draw no progress bar when stderr is not a TTY, or for one file', async () => {
    const piped = fakeIo('', false)
    await runCheck([superseded, clean, '--date', '2025-03-01'], piped)
    expect(piped.err).toBe('')
    const single = fakeIo('', true)
    await runCheck([superseded, '--date', '2025-03-01'], single)
    expect(single.err).toBe('')
  })
})

describe('check output', () => {
  const value = 'Línea uno\r\nLa PGR dijo.\nFin'
  const messages: Message[] = [
    {ruleId: 'superseded-term', reason: 'Unexpected `PGR`, expected `FGR`', severity: 'warning', start: 14, end: 17},
    {ruleId: 'made-up', reason: 'Broken\nacross lines', severity: 'error', start: 24, end: 27}
  ]

  it('should locate offsets as 1-based lines and columns (CRLF, LF)', () => {
    const located = locateMessages(value, messages)
    expect(located.map((item) => [item.line, item.column, item.endLine, item.endColumn])).toEqual([
      [2, 4, 2, 7],
      [3, 1, 3, 4]
    ])
  })

  it('should align columns and keep each message on one line', () => {
    const text = formatFileText({file: 'a.md', messages: locateMessages(value, messages)}, (severity) => severity)
    expect(text).toBe(
      'a.md:2:4-2:7  warning  Unexpected `PGR`, expected `FGR`  superseded-term  glosa\n' +
        'a.md:3:1-3:4  error    Broken across lines               made-up  glosa\n'
    )
  })

  it('should print a failed file as one error line', () => {
    expect(formatFileText({file: 'x.md', messages: [], error: 'EACCES: permission denied'}, (s) => s)).toBe(
      'x.md  error  EACCES: permission denied\n'
    )
  })

  it('should exit 1 on errors and failed files, on warnings only when frail', () => {
    const counts = {error: 0, warning: 0, info: 0, fatal: 0}
    countMessages(counts, {file: 'a.md', messages: locateMessages(value, messages)})
    expect(counts).toEqual({error: 1, warning: 1, info: 0, fatal: 0})
    expect(exitCode(counts, false)).toBe(1)
    expect(exitCode({error: 0, warning: 1, info: 3, fatal: 0}, false)).toBe(0)
    expect(exitCode({error: 0, warning: 1, info: 3, fatal: 0}, true)).toBe(1)
    expect(exitCode({error: 0, warning: 0, info: 3, fatal: 0}, true)).toBe(0)
    expect(exitCode({error: 0, warning: 0, info: 0, fatal: 1}, false)).toBe(1)
  })
})

describe('createProgress', () => {
  it('should write nothing when not a TTY', () => {
    const io = fakeIo('', false)
    const progress = createProgress(io, 10)
    progress.update(3, 'a.md')
    progress.clear()
    progress.draw()
    progress.end()
    expect(progress.active).toBe(false)
    expect(io.err).toBe('')
  })

  it('should redraw in place and erase at the end', () => {
    const io = fakeIo('', true)
    const progress = createProgress(io, 4)
    progress.update(1, 'a.md')
    progress.update(4, 'd.md')
    progress.end()
    expect(io.err).toBe(
      '\r\u001B[K[#####...............] 1/4 a.md' + '\r\u001B[K[####################] 4/4 d.md' + '\r\u001B[K'
    )
  })

  it('should shorten long labels from the start and neutralise control characters', () => {
    const io = fakeIo('', true)
    createProgress(io, 2).update(1, 'x'.repeat(80) + '\u001B[31m.md')
    expect(io.err).toMatch(/\] 1\/2 …x+\?\[31m\.md$/)
    expect(io.err.length).toBeLessThan(100)
  })
})

describe('glosa check on a temporary tree', () => {
  it('should skip node_modules and hidden directories when walking', async () => {
    const tree = await mkdtemp(path.join(os.tmpdir(), 'glosa-check-'))
    try {
      await mkdir(path.join(tree, 'node_modules'), {recursive: true})
      await writeFile(path.join(tree, 'node_modules/x.md'), 'La PGR dijo.\n')
      await writeFile(path.join(tree, 'a.md'), 'The Attorney General’s Office said so.\n')
      const io = fakeIo()
      io.cwd = tree
      expect(await runCheck(['.', '--format', 'json', '--date', '2025-03-01'], io)).toBe(0)
      expect((JSON.parse(io.out) as Array<{file: string}>).map((item) => item.file)).toEqual(['a.md'])
    } finally {
      await rm(tree, {recursive: true, force: true})
    }
  })
})
