/**
 * Read glossary directories: one YAML file per concept, every problem
 * reported as `file:line:column`, nothing half-loaded.
 *
 * This is the only module that imports `yaml`.
 */
import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node as YamlNode} from 'yaml'
import {createGlossary} from '../glossary/create.js'
import {lintGlossary, type ConceptLocation, type LintMessage, type LintOptions, type Point} from '../glossary/lint.js'
import {GlossaryError, type GlossaryProblem, type PathSegment} from '../glossary/problem.js'
import {validateConcepts} from '../glossary/validate.js'
import type {Concept, Glossary} from '../types.js'

/** A parsed concept file. */
export interface GlossaryFile extends ConceptLocation {
  /** Absolute path. */
  path: string
  /** Path as reported (relative to `cwd` when inside it). */
  file: string
  /** Parsed concept (plain data in objects without prototype; not validated). */
  data: unknown
  locate(path: readonly PathSegment[], key?: boolean): Point | undefined
}

/** Options of the readers. */
export interface ReadGlossaryOptions {
  /** Directory that reported file names are relative to (default: `process.cwd()`). */
  cwd?: string | null | undefined
  /**
   * Largest file read, in bytes (default: `131072`, 128 KiB; a concept is a
   * few KiB, and the YAML parser takes about a second on 128 KiB of
   * pathological input).
   */
  maxSize?: number | null | undefined
}

/** Result of `parseConceptFile`. */
export interface ParsedConceptFile {
  /** Parsed concept, or `undefined` when the file has YAML problems. */
  data: unknown
  /** Find the place of a path in the concept. */
  locate(path: readonly PathSegment[], key?: boolean): Point | undefined
  /** YAML problems (syntax, aliases, several documents…), positioned. */
  problems: GlossaryProblem[]
}

const defaultMaxSize = 128 * 1024
const maxDepth = 32
const indentation = /[ \t]*(?:[-?:][ \t]+)*/y

/**
 * Parse the YAML of one concept file, keeping positions.
 *
 * Tolerates a byte order mark and CRLF line endings. Rejects what a concept
 * file never needs and what makes parsing unsafe: several documents, aliases
 * (`*anchor`, the way to entity-expansion bombs), non-scalar keys, nesting
 * deeper than 32 levels, text larger than `maxSize`. Maps become objects
 * without prototype, so `__proto__` keys are plain data (the schema then
 * rejects them).
 *
 * @param text
 *   Content of the file.
 * @param file
 *   Name to report.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Data, a locator, and problems.
 */
export function parseConceptFile(
  text: string,
  file: string,
  options?: Pick<ReadGlossaryOptions, 'maxSize'> | null | undefined
): ParsedConceptFile {
  const value = text.charCodeAt(0) === 0xfe_ff ? text.slice(1) : text
  const maxSize = options?.maxSize ?? defaultMaxSize
  const lines = new LineCounter()
  const problems: GlossaryProblem[] = []
  const none = {data: undefined, locate: () => undefined, problems}
  let parsed = false
  const at = (offset: number): Point => {
    if (parsed) {
      const point = lines.linePos(offset)
      return {line: point.line, column: point.col}
    }

    const before = value.slice(0, offset)
    const line = before.split('\n').length
    return {line, column: offset - before.lastIndexOf('\n')}
  }

  const report = (ruleId: string, reason: string, offset: number) => {
    problems.push({ruleId, reason, path: [], file, ...at(offset)})
  }

  if (value.length > maxSize) {
    problems.push({ruleId: 'file-too-large', reason: tooLarge(value.length, maxSize), path: [], file})
    return none
  }

  const deep = tooDeep(value)
  if (deep !== undefined) {
    report('yaml-syntax', 'Unexpected nesting deeper than ' + maxDepth + ' levels', deep)
    return none
  }

  // Note: `uniqueKeys` is quadratic in yaml 2 (60k keys: 2 minutes); `toData` checks keys instead.
  const documents = parseAllDocuments(value, {lineCounter: lines, prettyErrors: false, uniqueKeys: false})
  parsed = true
  const list = Array.isArray(documents) ? documents : []
  const document = list[0]

  for (const error of list.flatMap((item) => [...item.errors, ...item.warnings])) {
    report('yaml-syntax', yamlReason(error.message), error.pos[0])
  }

  if (list[1]) report('yaml-syntax', 'Unexpected second document, expected one concept per file', list[1].range[0])
  if (!document || document.contents === null) {
    if (problems.length === 0) report('empty-file', 'Unexpected empty file, expected a concept', 0)
    return none
  }

  const data = toData(document.contents, [], (ruleId, reason, node) => report(ruleId, reason, node.range?.[0] ?? 0))
  if (problems.length > 0) return none

  return {
    data,
    locate(segments, key) {
      const offset = locateOffset(document.contents, segments, key)
      return offset === undefined ? undefined : at(offset)
    },
    problems
  }
}

/**
 * Read every concept file (`*.yaml`, `*.yml`) under a directory, without
 * validating them.
 *
 * Files are found recursively (hidden folders, `node_modules` and symbolic
 * links skipped) and sorted by path, so results are deterministic.
 *
 * @param directory
 *   Directory.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Parsed files (those without YAML problems) and the problems of the others.
 * @throws
 *   When the directory cannot be read.
 */
export async function loadGlossaryFiles(
  directory: string,
  options?: ReadGlossaryOptions | null | undefined
): Promise<{files: GlossaryFile[]; problems: GlossaryProblem[]}> {
  const cwd = options?.cwd ?? process.cwd()
  const maxSize = options?.maxSize ?? defaultMaxSize
  const files: GlossaryFile[] = []
  const problems: GlossaryProblem[] = []

  const absolutes = await findYamlFiles(path.resolve(cwd, directory))
  if (absolutes.length === 0) {
    problems.push({ruleId: 'empty-glossary', reason: 'Unexpected directory without concept files (`*.yaml`)', path: [], file: directory})
  }

  for (const absolute of absolutes) {
    const relative = path.relative(cwd, absolute)
    const file = relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative
    const text = await readText(absolute, file, maxSize, problems)
    if (text === undefined) continue
    const parsed = parseConceptFile(text, file, {maxSize})
    problems.push(...parsed.problems)
    if (parsed.problems.length === 0) files.push({path: absolute, file, data: parsed.data, locate: parsed.locate})
  }

  return {files, problems}
}

/**
 * Read a glossary directory into a validated glossary.
 *
 * All or nothing: any problem in any file (YAML, schema, duplicate ids)
 * throws, listing every problem with `file:line:column`.
 *
 * @param directory
 *   Directory (relative to `options.cwd`).
 * @param options
 *   Configuration (optional).
 * @returns
 *   The glossary, and the files in glossary order.
 * @throws {GlossaryError}
 *   When any file has a problem.
 *
 * @example
 *   const {glossary} = await readGlossaryDirectory('glossary')
 *   glossary.get('mx-fgr')?.validFrom // => '2018-12-20'
 */
export async function readGlossaryDirectory(
  directory: string,
  options?: ReadGlossaryOptions | null | undefined
): Promise<{glossary: Glossary; files: GlossaryFile[]}> {
  const {files, problems} = await loadGlossaryFiles(directory, options)
  const data = files.map((file) => file.data)
  const name = (index: number) => '`' + (files[index]?.file ?? '') + '`'

  for (const problem of validateConcepts(data, {name})) {
    problems.push(positioned(problem, files))
  }

  if (problems.length > 0) throw new GlossaryError(problems)
  return {glossary: createGlossary(data as Concept[]), files}
}

/**
 * Lint a glossary directory: YAML problems, then `lintGlossary`.
 *
 * @param directory
 *   Directory (relative to `options.cwd`).
 * @param options
 *   Configuration (optional): reader options and `lintGlossary` options.
 * @returns
 *   Messages with `file`, `line` and `column`, sorted by file and place.
 */
export async function lintGlossaryDirectory(
  directory: string,
  options?: (ReadGlossaryOptions & Omit<LintOptions, 'files'>) | null | undefined
): Promise<LintMessage[]> {
  const {files, problems} = await loadGlossaryFiles(directory, options)
  const messages: LintMessage[] = problems.map((problem) => {
    const message: LintMessage = {ruleId: problem.ruleId, reason: problem.reason, severity: 'error', source: 'glosa'}
    if (problem.file !== undefined) message.file = problem.file
    if (problem.line !== undefined) message.line = problem.line
    if (problem.column !== undefined) message.column = problem.column
    return message
  })
  messages.push(...lintGlossary(files.map((file) => file.data), {...options, files}))

  return messages.sort(
    (a, b) =>
      compareStrings(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareStrings(a.ruleId, b.ruleId)
  )
}

/**
 * Find the `glossary/` directory that ships with this package.
 *
 * Walks up from this module (source or built chunk) to the folder whose
 * `package.json` is glosa's.
 *
 * @returns
 *   Absolute path of the packaged glossary.
 * @throws
 *   When the package cannot be found.
 */
export async function packageGlossaryDirectory(): Promise<string> {
  let directory = path.dirname(fileURLToPath(import.meta.url))

  while (true) {
    try {
      const manifest = JSON.parse(await readFile(path.join(directory, 'package.json'), 'utf8')) as {name?: unknown}
      if (manifest.name === 'glosa') return path.join(directory, 'glossary')
    } catch {
      // Note: no (readable) `package.json` here; go up.
    }

    const parent = path.dirname(directory)
    if (parent === directory) throw new Error('Cannot find the `glosa` package from `' + fileURLToPath(import.meta.url) + '`')
    directory = parent
  }
}

/**
 * Serialize a concept as the YAML of a concept file.
 *
 * @param concept
 *   Concept (fields are written in the order given; `createGlossary` gives schema order).
 * @param options
 *   Configuration (optional): `schema`, the path of `schema.json` from the
 *   file for editors (default: `'../schema.json'`; `null` for no comment).
 * @returns
 *   YAML, ending in a line feed.
 */
export function stringifyConcept(concept: Concept, options?: {schema?: string | null | undefined} | null | undefined): string {
  const document = new Document(concept)
  const schema = options?.schema === undefined ? '../schema.json' : options.schema
  if (schema !== null && document.contents) document.contents.commentBefore = ' yaml-language-server: $schema=' + schema
  return document.toString({lineWidth: 0})
}

/**
 * Convert a YAML node to plain data: maps to objects without prototype.
 *
 * @param node
 *   YAML node.
 * @param path
 *   Path of the node (for depth).
 * @param fail
 *   Called with a rule, a reason and the node for what a concept file must
 *   not hold (aliases, complex or duplicate keys, deep nesting).
 * @returns
 *   Data.
 */
function toData(node: unknown, path: PathSegment[], fail: (ruleId: string, reason: string, node: YamlNode) => void): unknown {
  if (isAlias(node)) {
    fail('yaml-syntax', 'Unexpected alias `*' + node.source + '`, expected a value (glossary files do not use aliases)', node)
    return undefined
  }

  if (!isMap(node) && !isSeq(node)) return isScalar(node) ? node.value : null
  if (path.length >= maxDepth) {
    fail('yaml-syntax', 'Unexpected nesting deeper than ' + maxDepth + ' levels', node)
    return undefined
  }

  if (isSeq(node)) return node.items.map((item, index) => toData(item, [...path, index], fail))
  const result = Object.create(null) as Record<string, unknown>
  const keys = new Set<string>()

  for (const pair of node.items) {
    if (!isScalar(pair.key)) {
      fail('yaml-syntax', 'Unexpected complex key, expected a field name', (pair.key as YamlNode | null) ?? node)
      continue
    }

    const key = String(pair.key.value)
    if (keys.has(key)) fail('duplicate-field', 'Unexpected second field `' + key + '`, expected each field once', pair.key)
    keys.add(key)
    result[key] = toData(pair.value, [...path, key], fail)
  }

  return result
}

/**
 * Find where YAML nests deeper than `maxDepth`, before parsing, so input that
 * would make the parser recurse for seconds is refused at once.
 *
 * Over-counts on purpose (quotes and comments are not skipped): flow
 * collections (`[`, `{`) by bracket depth, block collections by the width of
 * a line's indentation and indicators (`  - - key:`), allowing 8 columns a level.
 *
 * @param value
 *   YAML text.
 * @returns
 *   Offset where the limit is first exceeded, or `undefined`.
 */
function tooDeep(value: string): number | undefined {
  let depth = 0
  let lineStart = 0

  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 91 /* `[` */ || code === 123 /* `{` */) {
      if (++depth > maxDepth) return index
    } else if ((code === 93 /* `]` */ || code === 125) /* `}` */ && depth > 0) {
      depth--
    } else if (code === 10 /* `\n` */) {
      lineStart = index + 1
    }

    if (index === lineStart) {
      indentation.lastIndex = index
      if (indentation.exec(value)![0].length > maxDepth * 8) return index
    }
  }

  return undefined
}

/**
 * Find the offset of a path in a YAML document: the deepest node found.
 *
 * @param root
 *   Document contents.
 * @param segments
 *   Path.
 * @param key
 *   Whether the key of the last field is meant.
 * @returns
 *   Offset, or `undefined`.
 */
function locateOffset(root: unknown, segments: readonly PathSegment[], key: boolean | undefined): number | undefined {
  let node = root
  let offset = (root as YamlNode | null)?.range?.[0]

  for (const [index, segment] of segments.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment))
      if (!pair) break
      const keyOffset = (pair.key as YamlNode).range?.[0]
      const valueOffset = (pair.value as YamlNode | null)?.range?.[0]
      offset = key && index === segments.length - 1 ? keyOffset : (valueOffset ?? keyOffset)
      node = pair.value
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment]
      offset = (node as YamlNode).range?.[0] ?? offset
    } else {
      break
    }
  }

  return offset
}

/**
 * @param directory
 *   Absolute directory.
 * @returns
 *   Absolute paths of YAML files, sorted.
 */
async function findYamlFiles(directory: string): Promise<string[]> {
  const found: string[] = []
  const queue = [directory]

  while (queue.length > 0) {
    const current = queue.pop()!
    let entries
    try {
      entries = await readdir(current, {withFileTypes: true})
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new Error('Cannot read glossary directory `' + current + '`' + (code ? ' (' + code + ')' : ''), {cause: error})
    }

    for (const entry of entries) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') queue.push(full)
      else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) found.push(full)
    }
  }

  return found.sort(compareStrings)
}

/**
 * Read a file as strict UTF-8, within a size limit.
 *
 * @param absolute
 *   Absolute path.
 * @param file
 *   Path to report.
 * @param maxSize
 *   Largest size in bytes.
 * @param problems
 *   Problems (a problem is pushed on failure).
 * @returns
 *   Text, or `undefined` on failure.
 */
async function readText(absolute: string, file: string, maxSize: number, problems: GlossaryProblem[]): Promise<string | undefined> {
  try {
    const {size} = await stat(absolute)
    if (size > maxSize) {
      problems.push({ruleId: 'file-too-large', reason: tooLarge(size, maxSize), path: [], file})
      return undefined
    }

    return new TextDecoder('utf-8', {fatal: true}).decode(await readFile(absolute))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    problems.push(
      error instanceof TypeError
        ? {ruleId: 'invalid-encoding', reason: 'Unexpected bytes that are not UTF-8, expected a UTF-8 file', path: [], file}
        : {ruleId: 'unreadable-file', reason: 'Cannot read file' + (code ? ' (' + code + ')' : ''), path: [], file}
    )
    return undefined
  }
}

/**
 * Add file and position to a problem of `files[problem.index]`.
 *
 * @param problem
 *   Problem.
 * @param files
 *   Files by concept index.
 * @returns
 *   The problem, positioned.
 */
function positioned(problem: GlossaryProblem, files: readonly GlossaryFile[]): GlossaryProblem {
  const file = problem.index === undefined ? undefined : files[problem.index]
  if (!file) return problem
  return {...problem, file: file.file, ...file.locate(problem.path, problem.key)}
}

/**
 * @param size
 *   Size.
 * @param maxSize
 *   Limit.
 * @returns
 *   Reason.
 */
function tooLarge(size: number, maxSize: number): string {
  return 'Unexpected file of ' + size + ' bytes, expected at most ' + maxSize + ' (one concept per file)'
}

/**
 * @param message
 *   Message of a YAML error.
 * @returns
 *   Reason without a trailing period.
 */
function yamlReason(message: string): string {
  return message.replace(/\.\s*$/, '')
}

/**
 * @param a
 *   String.
 * @param b
 *   Other string.
 * @returns
 *   Code-unit order, independent of locale.
 */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
