/**
 * Read one markdown file and analyze it: the unit of work of a batch, shared
 * by the in-process path and the worker threads.
 */
import {readFile} from 'node:fs/promises'
import {analyze, type AnalyzeOptions} from '../analyze.js'
import type {Analysis} from '../types.js'

/** A file read and analyzed. */
export interface AnalyzedFile {
  /** Text of the file (UTF-8, without a byte order mark). */
  value: string
  analysis: Analysis
}

/**
 * Read a UTF-8 markdown file and analyze it.
 *
 * @param file
 *   Path of the file (absolute, or relative to the process's directory).
 * @param options
 *   Options of `analyze` (optional).
 * @returns
 *   The text and its analysis; offsets of the analysis index into `value`.
 *
 * @example
 *   const {value, analysis} = await analyzeFile('article.md', {date: '2025-01-01'})
 */
export async function analyzeFile(
  file: string,
  options?: AnalyzeOptions | null | undefined
): Promise<AnalyzedFile> {
  const text = await readFile(file, 'utf8')
  const value = text.charCodeAt(0) === 0xfe_ff ? text.slice(1) : text
  return {value, analysis: analyze(value, options)}
}
