/**
 * The closed sets of values of glosa's concept model (as `src/types.ts` and
 * `glossary/schema.json` define them), for importers to check against.
 */

import type {
  CaseRule,
  ConceptKind,
  Jurisdiction,
  Lang,
  Source,
  TermStatus,
  TermType
} from '../../types.js'

/** Settled defaults of importers for fields that foreign files lack. */
export interface ImportSettings {
  /** Kind of concepts whose file does not say. */
  kind: ConceptKind
  /** Jurisdiction of concepts whose file does not say. */
  jurisdiction: Jurisdiction
}

/** Concept kinds. */
export const kinds: readonly ConceptKind[] = [
  'prosecutor',
  'police',
  'military',
  'ministry',
  'agency',
  'court',
  'embassy',
  'program',
  'criminal-organization',
  'title',
  'legislature',
  'international',
  'place',
  'legal',
  'other'
]

/** Jurisdictions. */
export const jurisdictions: readonly Jurisdiction[] = [
  'mx-federal',
  'mx-state',
  'mx-municipal',
  'us-federal',
  'us-state',
  'binational',
  'international'
]

/** Term types. */
export const termTypes: readonly TermType[] = [
  'fullForm',
  'acronym',
  'shortForm',
  'handle',
  'variant',
  'title'
]

/** Term statuses. */
export const statuses: readonly TermStatus[] = ['preferred', 'admitted', 'deprecated', 'superseded']

/** Case rules. */
export const caseRules: readonly CaseRule[] = ['exact', 'permissive', 'insensitive']

/** Grammatical genders. */
export const genders: ReadonlyArray<'masculine' | 'feminine' | 'neuter' | 'other'> = [
  'masculine',
  'feminine',
  'neuter',
  'other'
]

/** Languages. */
export const langs: readonly Lang[] = ['es', 'en']

/** Source tiers. */
export const tiers: ReadonlyArray<Source['tier']> = ['official', 'wikipedia', 'news', 'other']

/** Concept ids (`mx-fgr`), as the schema defines them. */
export const idPattern = /^[a-z]{2,}(?:-[a-z0-9]+)+$/

/** Source URLs, as the schema defines them. */
export const urlPattern = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/

/** ISO dates. */
export const datePattern = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/

/**
 * Check whether `value` is one of `values`.
 *
 * @param values
 *   Allowed values.
 * @param value
 *   Value.
 * @returns
 *   Whether `value` is allowed (narrows its type).
 */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value)
}
