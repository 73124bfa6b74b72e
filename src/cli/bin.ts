#!/usr/bin/env node
/**
 * Entry of the `glosa` binary: the real process as `Io`.
 */
import process from 'node:process'
import {run} from './run.js'

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return ''
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

// Note: a closed pipe (`glosa … | head`) is a normal end, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

const code = await run(process.argv.slice(2), {
  readStdin,
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  env: process.env,
  cwd: process.cwd(),
  isTty: Boolean(process.stderr.isTTY)
})
process.exitCode = code
