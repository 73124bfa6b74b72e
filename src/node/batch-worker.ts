/**
 * Worker thread of `processFiles`: analyzes the files the pool sends it.
 *
 * Loaded only from the build (`dist/node/batch-worker.js`, a tsup entry of
 * its own). `workerData` carries the options that can cross threads: the
 * date, and glossary concepts (compiled once per worker).
 *
 * Protocol: receives `{index, file}`; replies `{index, value, analysis}` or
 * `{index, error: {name, message, code?}}`.
 */
import {parentPort, workerData} from 'node:worker_threads'
import type {AnalyzeOptions} from '../analyze.js'
import {createGlossary} from '../glossary/index.js'
import type {Concept} from '../types.js'
import {analyzeFile} from './analyze-file.js'

/** What the pool hands each worker. */
interface WorkerData {
  date?: string | undefined
  concepts?: Concept[] | undefined
}

const data = (workerData ?? {}) as WorkerData
const options: AnalyzeOptions = {date: data.date, glossary: data.concepts ? createGlossary(data.concepts) : undefined}

parentPort?.on('message', async (job: {index: number; file: string}) => {
  try {
    const {value, analysis} = await analyzeFile(job.file, options)
    parentPort!.postMessage({index: job.index, value, analysis})
  } catch (error) {
    const cause = error instanceof Error ? error : new Error(String(error))
    const code = (cause as NodeJS.ErrnoException).code
    parentPort!.postMessage({index: job.index, error: {name: cause.name, message: cause.message, code}})
  }
})
