/**
 * The golden fixtures of the outputs: folders of `test/fixtures/` and how
 * each is rendered. Written by `scripts/update-fixtures.ts`, read by
 * `fixtures.test.ts`.
 */
import type {Lang} from '../../src/types.js'

/** One fixture folder. */
export interface FixtureCase {
  folder: string
  /** Language of the document (default: `'en'`). */
  lang?: Lang
  /** Whether `analysis.json` belongs to this folder's outputs (not for folders of others). */
  analysis: boolean
}

/** Date the fixtures are analyzed at (superseded terms depend on it). */
export const fixtureDate = '2025-05-15'

export const fixtureCases: FixtureCase[] = [
  {folder: 'sample', analysis: false},
  {folder: 'render-raw-html', analysis: true},
  {folder: 'render-directive-lookalikes', analysis: true},
  {folder: 'render-crlf-nfd-astral', analysis: true},
  {folder: 'render-term-across-emphasis', analysis: true},
  {folder: 'render-nested-containers', analysis: true},
  {folder: 'render-front-matter-and-tables', analysis: true},
  {folder: 'render-english-in-spanish', lang: 'es', analysis: true}
]
