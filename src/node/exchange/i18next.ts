/**
 * i18next resource bundles: one bundle per language, keyed by concept id,
 * each concept an object of names, for
 * `i18next.addResourceBundle(lang, 'glossary', bundle)` and
 * `t('mx-fgr.acronym', {ns: 'glossary'})`.
 *
 * Keys of a concept: `name` (preferred full form, else preferred title; for
 * superseded concepts the superseded one), and when present `acronym`,
 * `shortForm`, `handle`, `title`, `definition`. A concept without a name in a
 * language is absent from that bundle (i18next then falls back). Values are
 * the glossary text as is: i18next's `{{…}}` interpolation and `$t(…)`
 * nesting are not escaped (glossary terms do not contain them).
 */

import type {Concept, Lang} from '../../types.js'
import {nameOf} from './pick.js'

/** The names of a concept in one language. */
export interface I18nextConcept {
  name: string
  acronym?: string
  shortForm?: string
  handle?: string
  title?: string
  definition?: string
}

/** Bundles by language. */
export type I18nextBundles = Record<Lang, Record<string, I18nextConcept>>

/**
 * Build i18next bundles (objects without prototype, so any id is a plain key).
 *
 * @param concepts
 *   Concepts.
 * @returns
 *   `{en, es}` bundles.
 */
export function toI18nextBundles(concepts: readonly Concept[]): I18nextBundles {
  const bundles: I18nextBundles = {
    en: Object.create(null) as Record<string, I18nextConcept>,
    es: Object.create(null) as Record<string, I18nextConcept>
  }

  for (const lang of ['en', 'es'] as const) {
    for (const concept of concepts) {
      const name = nameOf(concept, lang, 'fullForm') ?? nameOf(concept, lang, 'title')
      if (!name) continue
      const entry: I18nextConcept = {name: name.text}

      for (const type of ['acronym', 'shortForm', 'handle', 'title'] as const) {
        const term = nameOf(concept, lang, type)
        if (term) entry[type] = term.text
      }

      const definition = concept.definition?.[lang]
      if (definition !== undefined) entry.definition = definition
      bundles[lang][concept.id] = entry
    }
  }

  return bundles
}

/**
 * Serialize concepts as i18next bundles in JSON.
 *
 * @param concepts
 *   Concepts.
 * @returns
 *   JSON of `{en: {…}, es: {…}}`, ending in a line feed.
 */
export function writeI18next(concepts: readonly Concept[]): string {
  return JSON.stringify(toI18nextBundles(concepts), undefined, 2) + '\n'
}
