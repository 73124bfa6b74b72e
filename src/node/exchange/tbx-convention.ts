/**
 * glosa's conventions for fields that TBX-Basic has no data category for but
 * that ride on standard elements: the label of a source link and the role of
 * a cross-reference.
 *
 * - A source is `<xref type="externalCrossReference" target="URL">LABEL</xref>`
 *   where LABEL is the tier, then `, accessed DATE` when known:
 *   `official, accessed 2026-11-29`.
 * - A parent or successor is `<ref type="crossReference" target="ID">ROLE</ref>`
 *   where ROLE is `parent` or `replacedBy`. Reading also takes the ISO 12620
 *   relation names `superordinateConceptGeneric`,
 *   `superordinateConceptPartitive`, `broaderConceptGeneric` and
 *   `broaderConceptPartitive` as `parent`.
 */

import type {Source} from '../../types.js'
import {isOneOf, tiers} from './values.js'

/** Roles of a cross-reference that glosa reads as `parent`. */
const parentRoles = new Set([
  'parent',
  'superordinateConceptGeneric',
  'superordinateConceptPartitive',
  'broaderConceptGeneric',
  'broaderConceptPartitive'
])

/**
 * Format the label of a source link.
 *
 * @param source
 *   Source.
 * @returns
 *   Label (`official, accessed 2026-11-29`).
 */
export function formatSourceLabel(source: Source): string {
  return source.tier + (source.accessed === undefined ? '' : ', accessed ' + source.accessed)
}

/**
 * Parse the label of a source link.
 *
 * @param url
 *   Target of the link.
 * @param label
 *   Text of the link.
 * @returns
 *   Source; a label that does not follow the convention gives tier `other`.
 */
export function parseSourceLabel(url: string, label: string): Source {
  const match = /^(\S+?)(?:, accessed (.*))?$/.exec(label.trim())
  const tier = match?.[1] ?? ''
  if (!match || !isOneOf(tiers, tier)) return {url, tier: 'other'}
  return match[2] === undefined ? {url, tier} : {url, tier, accessed: match[2]}
}

/**
 * Read the role of a cross-reference.
 *
 * @param label
 *   Text of the `ref`.
 * @returns
 *   `'parent'`, `'replacedBy'`, or `undefined` for other relations.
 */
export function parseReferenceRole(label: string): 'parent' | 'replacedBy' | undefined {
  const role = label.trim()
  if (role === 'replacedBy') return role
  return parentRoles.has(role) ? 'parent' : undefined
}
