/**
 * Analyze many markdown files: a pool of worker threads for many files,
 * in-process for few, results streamed in input order.
 *
 * Workers come from the build only: `batch-worker.js` is a separate entry of
 * the bundle (`dist/node/batch-worker.js`). When it is not there — running the
 * TypeScript source under vitest or tsx, where a worker cannot load `.ts` —
 * or when the options cannot cross threads (a custom `detector`), files are
 * analyzed in-process, one after the other, with the same results.
 */
import {existsSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import type {AnalyzeOptions} from '../analyze.js'
import {defaultGlossary} from '../glossary/index.js'
import type {Analysis} from '../types.js'
import {analyzeFile} from './analyze-file.js'

/** A file analyzed. */
export interface BatchSuccess {
  /** Path as given. */
  file: string
  /** Text of the file (UTF-8, without a byte order mark); offsets index into it. */
  value: string
  analysis: Analysis
  error?: undefined
}

/** A file that could not be read or analyzed. */
export interface BatchFailure {
  /** Path as given. */
  file: string
  error: Error
  value?: undefined
  analysis?: undefined
}

/** Result for one file. */
export type BatchResult = BatchSuccess | BatchFailure

/** Progress of a batch, reported as each file finishes (in completion order). */
export interface BatchProgress {
  /** Files finished so far (including failures). */
  done: number
  total: number
  /** The file that just finished. */
  file: string
}

/** Options of `processFiles`. */
export interface ProcessFilesOptions {
  /**
   * Number of worker threads (default: `os.availableParallelism() - 1`, at
   * least 1); 1 analyzes in-process.
   */
  concurrency?: number | null | undefined
  /** Directory relative paths are resolved from (default: `process.cwd()`). */
  cwd?: string | null | undefined
  /** Called each time a file finishes (optional). */
  onProgress?: ((progress: BatchProgress) => void) | null | undefined
  /**
   * Options of `analyze` (optional). A `detector` cannot cross threads: with
   * one, files are analyzed in-process. A `glossary` is sent to workers as
   * its concepts and compiled once per worker.
   */
  options?: AnalyzeOptions | null | undefined
}

/** What a worker is asked to do. */
interface Job {
  index: number
  file: string
}

/** What a worker answers. */
interface Reply {
  index: number
  value?: string
  analysis?: Analysis
  error?: {name: string; message: string; code?: string | undefined}
}

/** How a pool runs. */
interface PoolSettings {
  cwd: string
  /** Number of workers. */
  size: number
  /** Worker module. */
  url: URL
  onProgress: ProcessFilesOptions['onProgress']
  /** `workerData` of each worker. */
  data: unknown
}

/** A pool of workers over a list of files. */
interface Pool {
  /** Allow files up to `limit` (exclusive) to be sent to workers. */
  advance(limit: number): void
  /** The result of a file, once finished (then forgotten). */
  take(index: number): BatchResult | undefined
  /** Resolves when the next file finishes. */
  settled(): Promise<void>
  /** End the workers. */
  close(): Promise<void>
}

/** A worker and the job it runs. */
interface Slot {
  worker: Worker
  job: number | undefined
  dead: boolean
}

/** Fewer files than this are analyzed in-process: starting workers costs more. */
const minimumForWorkers = 8

/**
 * Analyze files, streaming the results.
 *
 * Results come in input order whatever the order work finishes in (so
 * output is deterministic); `onProgress` reports completion order. To keep
 * memory bounded, at most `2 × concurrency` results are held ahead of the
 * consumer: a slow consumer pauses the workers. An unreadable or failing
 * file yields `{file, error}` and the others go on; a crashed worker fails
 * only the file it was on, and is replaced. Breaking out of the loop ends the
 * workers.
 *
 * Files are analyzed in-process, one after the other, when `concurrency` is
 * 1, when there are fewer than 8 files (starting workers costs more), when a
 * custom `detector` is given, or when the built worker is absent (running
 * the TypeScript source).
 *
 * @param files
 *   Paths of markdown files.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Async iterable of `{file, value, analysis}` or `{file, error}`, one per
 *   file, in input order.
 *
 * @example
 *   for await (const result of processFiles(['a.md', 'b.md'])) {
 *     if (result.error) console.error(result.file, result.error.message)
 *     else console.log(result.file, result.analysis.messages.length)
 *   }
 */
export function processFiles(
  files: readonly string[],
  options?: ProcessFilesOptions | null | undefined
): AsyncGenerator<BatchResult, undefined, undefined> {
  const concurrency = options?.concurrency ?? Math.max(1, os.availableParallelism() - 1)
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TypeError('Unexpected `concurrency` value `' + concurrency + '`, expected a positive integer')
  }

  const list = [...files]
  const cwd = options?.cwd ?? process.cwd()
  const onProgress = options?.onProgress ?? undefined
  const analyzeOptions = options?.options ?? {}
  const size = Math.min(concurrency, list.length)
  const url = size > 1 && list.length >= minimumForWorkers && !analyzeOptions.detector ? workerUrl() : undefined

  return url
    ? inWorkers(list, {cwd, size, url, onProgress, data: workerData(analyzeOptions)})
    : inProcess(list, {cwd, onProgress, options: analyzeOptions})
}

/** Analyze files one after the other in this thread. */
async function* inProcess(
  files: string[],
  settings: {cwd: string; onProgress: ProcessFilesOptions['onProgress']; options: AnalyzeOptions}
): AsyncGenerator<BatchResult, undefined, undefined> {
  let done = 0
  for (const file of files) {
    let result: BatchResult
    try {
      result = {file, ...(await analyzeFile(path.resolve(settings.cwd, file), settings.options))}
    } catch (error) {
      result = {file, error: error instanceof Error ? error : new Error(String(error))}
    }

    settings.onProgress?.({done: ++done, total: files.length, file})
    yield result
  }

  return undefined
}

/** Analyze files in a pool of worker threads, yielding in input order. */
async function* inWorkers(files: string[], settings: PoolSettings): AsyncGenerator<BatchResult, undefined, undefined> {
  const pool = createPool(files, settings)
  try {
    for (let index = 0; index < files.length; index++) {
      pool.advance(index + settings.size * 2)
      let result = pool.take(index)
      while (!result) {
        await pool.settled()
        result = pool.take(index)
      }

      yield result
    }
  } finally {
    await pool.close()
  }

  return undefined
}

/**
 * Create a pool of `settings.size` workers over `files`.
 *
 * Files are sent in order to idle workers, never past the limit set by
 * `advance`; finished results wait in the pool until taken.
 */
function createPool(files: string[], settings: PoolSettings): Pool {
  const finished = new Map<number, BatchResult>()
  const slots: Slot[] = []
  let sent = 0
  let limit = 0
  let done = 0
  let wake: (() => void) | undefined

  for (let index = 0; index < settings.size; index++) spawn()

  return {
    advance(value) {
      limit = Math.min(value, files.length)
      // Note: when every worker died idle, start one, or nothing would finish.
      if (slots.length === 0 && sent < limit) spawn()
      for (const slot of slots) feed(slot)
    },
    take(index) {
      const result = finished.get(index)
      finished.delete(index)
      return result
    },
    async settled() {
      await new Promise<void>((resolve) => {
        wake = resolve
      })
    },
    async close() {
      const workers = slots.splice(0).map((slot) => {
        slot.dead = true
        return slot.worker
      })
      await Promise.all(workers.map(async (worker) => worker.terminate()))
    }
  }

  function spawn(): void {
    const slot: Slot = {worker: new Worker(settings.url, {workerData: settings.data}), job: undefined, dead: false}
    slots.push(slot)
    slot.worker.on('message', (reply: Reply) => {
      slot.job = undefined
      feed(slot)
      settle(reply.index, toResult(files[reply.index]!, reply))
    })
    slot.worker.on('error', (error) => fail(slot, error))
    slot.worker.on('exit', (code) => fail(slot, new Error('Unexpected worker exit with code `' + code + '`')))
  }

  function feed(slot: Slot): void {
    if (slot.dead || slot.job !== undefined || sent >= limit) return
    slot.job = sent++
    slot.worker.postMessage({index: slot.job, file: path.resolve(settings.cwd, files[slot.job]!)} satisfies Job)
  }

  function fail(slot: Slot, error: Error): void {
    if (slot.dead) return
    slot.dead = true
    slots.splice(slots.indexOf(slot), 1)
    // Note: replace a worker only when it dies on a job, so a worker that
    // cannot start fails one file at a time instead of respawning forever.
    if (slot.job === undefined) return
    settle(slot.job, {file: files[slot.job]!, error})
    if (sent < files.length) spawn()
    for (const other of slots) feed(other)
  }

  function settle(index: number, result: BatchResult): void {
    finished.set(index, result)
    settings.onProgress?.({done: ++done, total: files.length, file: result.file})
    wake?.()
    wake = undefined
  }
}

/** Turn a worker's reply into a result. */
function toResult(file: string, reply: Reply): BatchResult {
  if (reply.error || reply.analysis === undefined || reply.value === undefined) {
    const error = new Error(reply.error?.message ?? 'Unexpected empty reply from worker')
    error.name = reply.error?.name ?? 'Error'
    if (reply.error?.code) (error as NodeJS.ErrnoException).code = reply.error.code
    return {file, error}
  }

  return {file, value: reply.value, analysis: reply.analysis}
}

/** The options of `analyze` that can cross threads. */
function workerData(options: AnalyzeOptions): {date?: string; concepts?: unknown[]} {
  const data: {date?: string; concepts?: unknown[]} = {}
  if (options.date) data.date = options.date
  if (options.glossary && options.glossary !== defaultGlossary) data.concepts = [...options.glossary.concepts]
  return data
}

/**
 * The built worker, wherever the bundler put this module: `dist/node/`
 * (entry `node/index`), `dist/` (a shared chunk) or `dist/cli/` (inlined).
 */
function workerUrl(): URL | undefined {
  for (const candidate of ['./batch-worker.js', './node/batch-worker.js', '../node/batch-worker.js']) {
    const url = new URL(candidate, import.meta.url)
    if (url.protocol === 'file:' && existsSync(url)) return url
  }

  return undefined
}
