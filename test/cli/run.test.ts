import {describe, expect, it} from 'vitest'
import type {Io} from '../../src/cli/io.js'
import {run} from '../../src/cli/run.js'

/** A fake process: collects output, serves `stdin`. */
export function fakeIo(stdin = '', env: Record<string, string> = {}): Io & {out: string; err: string} {
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
    env,
    cwd: process.cwd()
  }
  return io
}

describe('run', () => {
  it('should print usage and exit 2 without a command', async () => {
    const io = fakeIo()
    expect(await run([], io)).toBe(2)
    expect(io.out).toContain('Usage: glosa <command>')
  })

  it('should print usage in Spanish with `--lang es` or a Spanish LANG', async () => {
    const flag = fakeIo()
    expect(await run(['--help', '--lang', 'es'], flag)).toBe(0)
    expect(flag.out).toContain('Uso: glosa <orden>')
    const env = fakeIo('', {LANG: 'es_MX.UTF-8'})
    await run(['--help'], env)
    expect(env.out).toContain('Uso: glosa <orden>')
  })

  it('should name the valid commands for an unknown one, and exit 2', async () => {
    const io = fakeIo()
    expect(await run(['frobnicate'], io)).toBe(2)
    expect(io.err).toMatch(/Unknown command `frobnicate`; expected one of .*`detect`/)
  })

  it('should exit 2 with a clear message for a missing file', async () => {
    const io = fakeIo()
    expect(await run(['detect', 'no/such/file.md'], io)).toBe(2)
    expect(io.err).toContain('Cannot read `no/such/file.md` (ENOENT)')
  })
})
