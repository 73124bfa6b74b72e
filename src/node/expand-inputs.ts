/**
 * Turn command-line inputs (files, directories, globs) into a list of files.
 */
import type {Dirent} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'

/** Extensions of markdown files found in directories. */
const markdown = /\.(?:md|markdown)$/i

/** Characters that make an input a glob (when no such path exists). */
const magic = /[*?{]/

/**
 * Expand files, directories and globs into a list of files.
 *
 * - a file is kept as given, whatever its extension;
 * - a directory is walked for `*.md` and `*.markdown` files;
 * - an input that does not exist but has `*`, `?` or `{` is a glob: `*`
 *   matches within a path segment, `**` across segments, `?` one character,
 *   `{a,b}` either; it matches files of any extension.
 *
 * Walks skip `node_modules` and hidden entries (names starting with `.`) and
 * do not follow symbolic links to directories. Files found in one input are
 * sorted by path (code-unit order); inputs keep their order; a file listed
 * twice is kept once. Results are paths in the inputs' terms (`docs` gives
 * `docs/a.md`).
 *
 * @param inputs
 *   Paths or globs, relative to `cwd` or absolute.
 * @param cwd
 *   Directory inputs are relative to.
 * @returns
 *   Files, deterministic for a given tree.
 * @throws {Error}
 *   When an input that is not a glob does not exist; the error has `file`
 *   (the input) and `code` (`'ENOENT'`).
 *
 * @example
 *   await expandInputs(['docs', 'extra/*.md'], process.cwd())
 *   // => ['docs/a.md', 'docs/b/c.md', 'extra/x.md']
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = []
  const seen = new Set<string>()

  for (const input of inputs) {
    for (const file of await expandOne(input, cwd)) {
      const key = path.resolve(cwd, file)
      if (seen.has(key)) continue
      seen.add(key)
      files.push(file)
    }
  }

  return files
}

/** Expand one input. */
async function expandOne(input: string, cwd: string): Promise<string[]> {
  let stats: Awaited<ReturnType<typeof stat>> | undefined
  try {
    stats = await stat(path.resolve(cwd, input))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'ENOENT'
    if (magic.test(input)) return expandGlob(input, cwd)
    throw Object.assign(new Error('Cannot read `' + input + '` (' + code + ')'), {file: input, code})
  }

  if (!stats.isDirectory()) return [input]
  const found = await walk(path.resolve(cwd, input))
  return found.filter((relative) => markdown.test(relative)).map((relative) => path.join(input, relative))
}

/** Files of a glob: walk its static base, match the rest. */
async function expandGlob(glob: string, cwd: string): Promise<string[]> {
  const segments = glob.split('/')
  const first = segments.findIndex((segment) => magic.test(segment))
  const base = segments.slice(0, first).join('/')
  const pattern = globToRegExp(segments.slice(first))
  let found: string[]
  try {
    found = await walk(path.resolve(cwd, base || '.'))
  } catch {
    return []
  }

  return found.filter((relative) => pattern.test(relative)).map((relative) => (base ? path.join(base, relative) : relative))
}

/**
 * Every file under `root`, as sorted `/`-separated relative paths.
 * Skips `node_modules`, hidden entries and links to directories.
 */
async function walk(root: string): Promise<string[]> {
  const files: string[] = []
  const pending: string[] = ['']

  while (pending.length > 0) {
    const relative = pending.pop()!
    let entries: Dirent[]
    try {
      entries = await readdir(path.join(root, relative), {withFileTypes: true})
    } catch (error) {
      if (relative === '') throw error
      continue
    }

    const directories: string[] = []
    for (const entry of entries.sort((a, b) => compare(a.name, b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const child = relative ? relative + '/' + entry.name : entry.name
      if (entry.isDirectory()) directories.push(child)
      else if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path.join(root, child))))) files.push(child)
    }

    pending.push(...directories.reverse())
  }

  return files.sort(compare)
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

/**
 * Compile glob segments to a regular expression over `/`-separated paths.
 * Every quantifier is bounded by a `/` or stays within a segment, so matching
 * is linear in practice.
 */
function globToRegExp(segments: string[]): RegExp {
  let source = ''
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1
    if (segment === '**') source += last ? '.*' : '(?:[^/]+/)*'
    else source += segmentSource(segment) + (last ? '' : '/')
  }

  return new RegExp('^' + source + '$', 'u')
}

/** One glob segment as regex source. */
function segmentSource(segment: string): string {
  let source = ''
  let inBraces = false
  for (const character of segment) {
    if (character === '*') source += '[^/]*'
    else if (character === '?') source += '[^/]'
    else if (character === '{' && !inBraces) {
      inBraces = true
      source += '(?:'
    } else if (character === '}' && inBraces) {
      inBraces = false
      source += ')'
    } else if (character === ',' && inBraces) source += '|'
    else source += character.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
  }

  return inBraces ? source + ')' : source
}

/** Code-unit order, independent of locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
