/**
 * glosa's CSV: one row per term, the concept's fields repeated on each row,
 * so that a spreadsheet shows everything and CSV → YAML loses nothing.
 *
 * Columns (header row, any order on import): `id`, `lang`, `text`, `type`,
 * `status`, `case`, `gender`, `forms`, `matchIn`, `requiresContext`, `notes`,
 * `tests.match`, `tests.noMatch`, then the concept's `kind`, `jurisdiction`,
 * `parent`, `subjectField`, `validFrom`, `validUntil`, `replacedBy`,
 * `historicalContexts`, `definition.en`, `definition.es`, `concept.notes`,
 * `sources`.
 *
 * - Lists (`forms`, `matchIn`, `tests.*`, `historicalContexts`) hold one item
 *   per line of the cell; inside an item `\` is written `\\`, a line feed
 *   `\n` and a carriage return `\r`.
 * - `sources` holds one source per line: `URL TIER [ACCESSED]`
 *   (`https://… official 2026-11-29`).
 * - Formula injection guard: a cell that starts with `=`, `+`, `-`, `@`, a tab
 *   or a carriage return (after any apostrophes) gets one more leading
 *   apostrophe (`@FGRMexico` → `'@FGRMexico`), which import strips again, so
 *   spreadsheets never evaluate a cell and the round trip is exact.
 * - A concept's fields may be left empty on all but one of its rows; two
 *   different non-empty values are an error. A term without a status is
 *   `admitted`, except that when no term of a concept in a language is
 *   `preferred`, the first one without a status is; a missing type is
 *   `fullForm`.
 */

import type {Concept, Lang, Source, Term} from '../../types.js'
import {orderConcept} from './canonical.js'
import {formatCsvRow, parseCsv} from './csv-syntax.js'
import type {CsvRow} from './csv-syntax.js'
import {ExchangeError} from './error.js'
import type {ExchangeProblem} from './error.js'
import type {Place} from './position.js'
import {list} from './list.js'
import type {ImportSettings} from './values.js'
import {
  caseRules,
  genders,
  isOneOf,
  jurisdictions,
  kinds,
  langs,
  statuses,
  termTypes,
  tiers
} from './values.js'

/** Term columns, in order. */
const termColumns = [
  'id',
  'lang',
  'text',
  'type',
  'status',
  'case',
  'gender',
  'forms',
  'matchIn',
  'requiresContext',
  'notes',
  'tests.match',
  'tests.noMatch'
] as const

/** Concept columns, in order. */
const conceptColumns = [
  'kind',
  'jurisdiction',
  'parent',
  'subjectField',
  'validFrom',
  'validUntil',
  'replacedBy',
  'historicalContexts',
  'definition.en',
  'definition.es',
  'concept.notes',
  'sources'
] as const

/** A column name. */
type Column = (typeof termColumns)[number] | (typeof conceptColumns)[number]

/** All columns, in order. */
export const csvColumns: readonly Column[] = [...termColumns, ...conceptColumns]

/**
 * Serialize concepts as glosa CSV.
 *
 * @param concepts
 *   Concepts.
 * @param bom
 *   Whether to start with a UTF-8 byte order mark (for spreadsheets that
 *   need one to read UTF-8).
 * @returns
 *   CSV with `\r\n` line endings.
 */
export function writeCsv(concepts: readonly Concept[], bom: boolean): string {
  const lines = [formatCsvRow(csvColumns)]

  for (const concept of concepts) {
    const shared = conceptCells(concept)
    const terms: Array<Term | undefined> = concept.terms.length > 0 ? concept.terms : [undefined]
    for (const term of terms) {
      const cells = {...shared, ...(term ? termCells(concept.id, term) : {id: concept.id})}
      lines.push(formatCsvRow(csvColumns.map((d) => guard(cells[d] ?? ''))))
    }
  }

  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n'
}

/**
 * Cells of a term.
 *
 * @param id
 *   Concept id.
 * @param term
 *   Term.
 * @returns
 *   Cells by column.
 */
function termCells(id: string, term: Term): Partial<Record<Column, string>> {
  return {
    id,
    lang: term.lang,
    text: term.text,
    type: term.type,
    status: term.status,
    case: term.case,
    gender: term.gender,
    forms: joinList(term.forms),
    matchIn: joinList(term.matchIn),
    requiresContext: term.requiresContext === undefined ? undefined : String(term.requiresContext),
    notes: term.notes,
    'tests.match': joinList(term.tests?.match),
    'tests.noMatch': joinList(term.tests?.noMatch)
  } as Partial<Record<Column, string>>
}

/**
 * Cells of a concept.
 *
 * @param concept
 *   Concept.
 * @returns
 *   Cells by column.
 */
function conceptCells(concept: Concept): Partial<Record<Column, string>> {
  return {
    kind: concept.kind,
    jurisdiction: concept.jurisdiction,
    parent: concept.parent,
    subjectField: concept.subjectField,
    validFrom: concept.validFrom,
    validUntil: concept.validUntil,
    replacedBy: concept.replacedBy,
    historicalContexts: joinList(concept.historicalContexts),
    'definition.en': concept.definition?.en,
    'definition.es': concept.definition?.es,
    'concept.notes': concept.notes,
    sources: joinList(
      concept.sources.map((d) => d.url + ' ' + d.tier + (d.accessed === undefined ? '' : ' ' + d.accessed))
    )
  } as Partial<Record<Column, string>>
}

/**
 * Add the formula guard to a cell.
 *
 * @param value
 *   Cell.
 * @returns
 *   Guarded cell.
 */
function guard(value: string): string {
  return /^'*[=+\-@\t\r]/.test(value) ? "'" + value : value
}

/**
 * Remove the formula guard from a cell.
 *
 * @param value
 *   Guarded cell.
 * @returns
 *   Cell.
 */
function unguard(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value
}

/**
 * Join list items into a cell.
 *
 * @param items
 *   Items (optional).
 * @returns
 *   Cell, or `undefined` without items.
 */
function joinList(items: readonly string[] | undefined): string | undefined {
  if (!items || items.length === 0) return undefined
  return items
    .map((d) => d.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('\r', '\\r'))
    .join('\n')
}

/**
 * Split a cell into list items.
 *
 * @param value
 *   Cell.
 * @returns
 *   Items (empty for an empty cell).
 */
function splitList(value: string): string[] {
  if (value === '') return []
  return value
    .split(/\r\n|\n|\r/)
    .map((d) => d.replace(/\\([\\nr])/g, (_, d: string) => (d === 'n' ? '\n' : d === 'r' ? '\r' : '\\')))
}

/** State of a CSV import. */
interface State {
  problems: ExchangeProblem[]
  settings: ImportSettings
}

/** A concept being read, with where each concept field came from. */
interface Draft {
  cells: Map<Column, {value: string; place: Place}>
  terms: Array<{term: Term; stated: boolean}>
  place: Place
}

/**
 * Read concepts from glosa CSV.
 *
 * @param value
 *   CSV text (without BOM).
 * @param settings
 *   Defaults for `kind` and `jurisdiction` when their columns are absent.
 * @returns
 *   Concepts, in order of first appearance.
 * @throws {ExchangeError}
 *   With every problem (unknown columns, bad values, conflicting rows).
 */
export function readCsv(value: string, settings: ImportSettings): Concept[] {
  const rows = parseCsv(value)
  const state: State = {problems: [], settings}
  const header = rows[0]
  if (!header) {
    throw new ExchangeError('CSV', [{line: 1, column: 1, reason: 'Missing header row, expected column names such as `id,lang,text`', ruleId: 'csv-header'}])
  }

  const columns = readHeader(header, state)
  const drafts = new Map<string, Draft>()
  for (const row of rows.slice(1)) readRow(row, columns, drafts, state)
  const concepts = [...drafts].map(([id, draft]) => buildConcept(id, draft, state))
  if (state.problems.length > 0) throw new ExchangeError('CSV', state.problems)
  return concepts
}

/**
 * Read the header row.
 *
 * @param header
 *   First row.
 * @param state
 *   State.
 * @returns
 *   Column of each cell index (`undefined` for unknown columns).
 */
function readHeader(header: CsvRow, state: State): Array<Column | undefined> {
  const seen = new Set<string>()
  const columns = header.cells.map(function (cell, index) {
    const name = cell.trim()
    const place = header.places[index] ?? {line: 1, column: 1}
    if (!(csvColumns as readonly string[]).includes(name) || seen.has(name)) {
      state.problems.push({
        ...place,
        reason: seen.has(name)
          ? 'Unexpected second column `' + name + '`, expected each column once'
          : 'Unexpected column `' + name + '`, expected ' + list(csvColumns),
        ruleId: 'csv-header'
      })
      return undefined
    }

    seen.add(name)
    return name as Column
  })

  for (const required of ['id', 'lang', 'text'] as const) {
    if (!seen.has(required)) {
      state.problems.push({line: 1, column: 1, reason: 'Missing column `' + required + '`, expected it in the header row', ruleId: 'csv-header'})
    }
  }

  return columns
}

/**
 * Read one row into the drafts.
 *
 * @param row
 *   Row.
 * @param columns
 *   Columns by cell index.
 * @param drafts
 *   Drafts by id.
 * @param state
 *   State.
 */
function readRow(row: CsvRow, columns: Array<Column | undefined>, drafts: Map<string, Draft>, state: State) {
  const cells = new Map<Column, {value: string; place: Place}>()
  for (const [index, column] of columns.entries()) {
    const place = row.places[index] ?? row.places.at(-1) ?? {line: 1, column: 1}
    if (column) cells.set(column, {value: unguard(row.cells[index] ?? ''), place})
  }

  const id = cells.get('id')
  const start = row.places[0] ?? {line: 1, column: 1}
  if (!id || id.value === '') {
    state.problems.push({...start, reason: 'Missing concept `id`, expected one on every row', ruleId: 'csv-value'})
    return
  }

  let draft = drafts.get(id.value)
  if (!draft) {
    draft = {cells: new Map(), terms: [], place: start}
    drafts.set(id.value, draft)
  }

  mergeConceptCells(draft, cells, state)
  const term = readTermCells(cells, state, start)
  if (term) draft.terms.push(term)
}

/**
 * Merge the concept cells of a row into a draft.
 *
 * @param draft
 *   Draft.
 * @param cells
 *   Cells of the row.
 * @param state
 *   State.
 */
function mergeConceptCells(draft: Draft, cells: Map<Column, {value: string; place: Place}>, state: State) {
  for (const column of conceptColumns) {
    const cell = cells.get(column)
    if (!cell || cell.value === '') continue
    const previous = draft.cells.get(column)
    if (!previous) {
      draft.cells.set(column, cell)
    } else if (previous.value !== cell.value) {
      state.problems.push({
        ...cell.place,
        reason:
          'Unexpected `' + column + '` ' + JSON.stringify(cell.value) + ', expected ' +
          JSON.stringify(previous.value) + ' as on line ' + previous.place.line + ' (same concept)',
        ruleId: 'csv-conflict'
      })
    }
  }
}

/**
 * Read the term of a row.
 *
 * @param cells
 *   Cells of the row.
 * @param state
 *   State.
 * @param start
 *   Place of the row.
 * @returns
 *   Term, or `undefined` for a concept-only row (no `lang` and no `text`).
 */
function readTermCells(
  cells: Map<Column, {value: string; place: Place}>,
  state: State,
  start: Place
): {term: Term; stated: boolean} | undefined {
  const text = cells.get('text')?.value ?? ''
  const langCell = cells.get('lang')?.value.trim() ?? ''
  if (text === '' && langCell === '') return undefined
  const lang = enumCell(cells, 'lang', langs, state)

  if (text === '') {
    state.problems.push({...start, reason: 'Missing term `text`, expected it when `lang` is set', ruleId: 'csv-value'})
  }

  if (langCell === '') {
    state.problems.push({...start, reason: 'Missing term `lang`, expected `es` or `en`', ruleId: 'csv-value'})
  }

  if (text === '' || lang === undefined) return undefined
  const status = enumCell(cells, 'status', statuses, state)
  const term: Term = {text, lang, type: enumCell(cells, 'type', termTypes, state) ?? 'fullForm', status: status ?? 'admitted'}
  const rule = enumCell(cells, 'case', caseRules, state)
  if (rule) term.case = rule
  const forms = splitList(cells.get('forms')?.value ?? '')
  if (forms.length > 0) term.forms = forms
  const gender = enumCell(cells, 'gender', genders, state)
  if (gender) term.gender = gender
  const matchIn = readMatchIn(cells, state)
  if (matchIn.length > 0) term.matchIn = matchIn
  // Note: spreadsheets rewrite `true` as `TRUE`.
  const requires = enumCell(cells, 'requiresContext', ['true', 'false'], state, true)
  if (requires) term.requiresContext = requires === 'true'
  const notes = cells.get('notes')?.value ?? ''
  if (notes) term.notes = notes
  const match = splitList(cells.get('tests.match')?.value ?? '')
  const noMatch = splitList(cells.get('tests.noMatch')?.value ?? '')
  if (match.length > 0 || noMatch.length > 0) {
    term.tests = {}
    if (match.length > 0) term.tests.match = match
    if (noMatch.length > 0) term.tests.noMatch = noMatch
  }

  return {term, stated: status !== undefined}
}

/**
 * Read `matchIn`.
 *
 * @param cells
 *   Cells of the row.
 * @param state
 *   State.
 * @returns
 *   Languages.
 */
function readMatchIn(cells: Map<Column, {value: string; place: Place}>, state: State): Lang[] {
  const cell = cells.get('matchIn')
  const result: Lang[] = []
  for (const item of splitList(cell?.value ?? '')) {
    if (isOneOf(langs, item)) result.push(item)
    else if (cell) state.problems.push({...cell.place, reason: unexpected('matchIn', item, langs), ruleId: 'csv-value'})
  }

  return result
}

/**
 * Read a cell that holds one of a set of values.
 *
 * @param cells
 *   Cells.
 * @param column
 *   Column.
 * @param values
 *   Allowed values.
 * @param state
 *   State.
 * @param anyCase
 *   Whether to compare in lower case (default: `false`).
 * @returns
 *   Value, or `undefined` when empty or wrong (wrong ones are reported).
 */
function enumCell<T extends string>(
  cells: Map<Column, {value: string; place: Place}>,
  column: Column,
  values: readonly T[],
  state: State,
  anyCase = false
): T | undefined {
  const cell = cells.get(column)
  const trimmed = cell?.value.trim() ?? ''
  const value = anyCase ? trimmed.toLowerCase() : trimmed
  if (!cell || value === '') return undefined
  if (isOneOf(values, value)) return value
  state.problems.push({...cell.place, reason: unexpected(column, value, values), ruleId: 'csv-value'})
  return undefined
}

/**
 * Reason for a bad value.
 *
 * @param column
 *   Column.
 * @param value
 *   Value.
 * @param values
 *   Allowed values.
 * @returns
 *   Reason.
 */
function unexpected(column: string, value: string, values: readonly string[]): string {
  return 'Unexpected `' + column + '` value `' + value + '`, expected ' + list(values)
}

/**
 * Build a concept from a draft.
 *
 * @param id
 *   Concept id.
 * @param draft
 *   Draft.
 * @param state
 *   State.
 * @returns
 *   Concept.
 */
function buildConcept(id: string, draft: Draft, state: State): Concept {
  const get = (column: Column) => draft.cells.get(column)?.value
  const concept: Concept = {
    id,
    kind: enumCell(draft.cells, 'kind', kinds, state) ?? state.settings.kind,
    jurisdiction: enumCell(draft.cells, 'jurisdiction', jurisdictions, state) ?? state.settings.jurisdiction,
    terms: inferStatus(draft.terms),
    sources: readSources(draft.cells.get('sources'), state)
  }

  for (const key of ['parent', 'subjectField', 'validFrom', 'validUntil', 'replacedBy'] as const) {
    const value = get(key)
    if (value !== undefined) concept[key] = value
  }

  const contexts = splitList(get('historicalContexts') ?? '')
  if (contexts.length > 0) concept.historicalContexts = contexts
  const en = get('definition.en')
  const es = get('definition.es')
  if (en !== undefined || es !== undefined) {
    concept.definition = {}
    if (en !== undefined) concept.definition.en = en
    if (es !== undefined) concept.definition.es = es
  }

  const notes = get('concept.notes')
  if (notes !== undefined) concept.notes = notes
  return orderConcept(concept)
}

/**
 * Give terms without a stated status one: `admitted`, except that per
 * language, when no term is stated `preferred`, the first term without a
 * stated status is `preferred`.
 *
 * @param terms
 *   Terms read.
 * @returns
 *   Terms.
 */
function inferStatus(terms: Array<{term: Term; stated: boolean}>): Term[] {
  for (const lang of langs) {
    const own = terms.filter((d) => d.term.lang === lang)
    const first = own.find((d) => !d.stated)
    if (first && !own.some((d) => d.stated && d.term.status === 'preferred')) first.term.status = 'preferred'
  }

  return terms.map((d) => d.term)
}

/**
 * Read the `sources` cell.
 *
 * @param cell
 *   Cell (optional).
 * @param state
 *   State.
 * @returns
 *   Sources.
 */
function readSources(cell: {value: string; place: Place} | undefined, state: State): Source[] {
  const sources: Source[] = []

  for (const line of splitList(cell?.value ?? '')) {
    const [url = '', tier = '', accessed, ...rest] = line.trim().split(/ +/)
    if (!isOneOf(tiers, tier) || rest.length > 0) {
      state.problems.push({
        ...(cell?.place ?? {line: 1, column: 1}),
        reason: 'Unexpected source ' + JSON.stringify(line) + ', expected `URL TIER [ACCESSED]` with a tier of ' + list(tiers),
        ruleId: 'csv-value'
      })
      continue
    }

    const source: Source = {url, tier}
    if (accessed !== undefined) source.accessed = accessed
    sources.push(source)
  }

  return sources
}
