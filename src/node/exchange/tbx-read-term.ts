/**
 * Read one term section of a TBX file (`termSec`, v2 `tig` or `ntig`) into a
 * glosa term.
 *
 * Standard data categories give the type (`termType`), the status
 * (`administrativeStatus`, TBX-Min `usageStatus`, older
 * `normativeAuthorization`) and the gender (`grammaticalGender`); vendor
 * values are mapped (`synonym` → `variant`, `entryTerm` → `fullForm`,
 * `forbidden` → `deprecated`, `obsolete` → `superseded`; unknown types are
 * `variant`, unknown statuses `admitted`). glosa's data categories give the
 * rest (`glosa:case`, `glosa:form`, `glosa:matchIn`, `glosa:requiresContext`,
 * `glosa:match`, `glosa:noMatch`, and `glosa:termType` for `handle` and
 * `title`). Notes become `notes`; contexts, parts of speech and other data
 * categories have no glosa field and are dropped.
 */

import type {CaseRule, Lang, Term, TermStatus, TermTests, TermType} from '../../types.js'
import type {Category} from './tbx-category.js'
import {categoryOf, structureName} from './tbx-category.js'
import {list} from './list.js'
import {genderFromTbx, statusFromTbx, typeFromTbx} from './tbx-vocabulary.js'
import {caseRules, isOneOf, langs, termTypes} from './values.js'
import type {XmlElement} from './xml.js'
import {childElements} from './xml.js'

/** What the reader of a term needs from the file. */
export interface TermContext {
  /** Read the text of an element (verbatim or with white space collapsed). */
  text(element: XmlElement): string
  /** Report a problem on an element. */
  report(element: XmlElement, reason: string, ruleId: string): void
}

/** A term read from a file, with whether its status was stated. */
export interface ReadTerm {
  term: Term
  statusStated: boolean
  /** Data categories that belong to the concept or language (definitions, sources). */
  rest: Array<{element: XmlElement; category: Category}>
}

/** Fields of a term being read. */
interface TermFields {
  type?: TermType
  glosaType?: TermType
  status?: TermStatus
  case?: CaseRule
  forms: string[]
  gender?: Term['gender']
  matchIn: Lang[]
  requiresContext?: boolean
  notes: string[]
  match: string[]
  noMatch: string[]
}

/**
 * Read a term section.
 *
 * @param section
 *   `termSec`, `tig` or `ntig`.
 * @param lang
 *   Language of the enclosing language section.
 * @param context
 *   Reader context.
 * @returns
 *   Term, or `undefined` when the section has no (or an empty) term.
 */
export function readTerm(section: XmlElement, lang: Lang, context: TermContext): ReadTerm | undefined {
  const members = termMembers(section)
  const termElement = members.find((d) => structureName(d) === 'term')
  const text = termElement ? context.text(termElement) : ''
  if (!termElement || text === '') return undefined

  const fields: TermFields = {forms: [], matchIn: [], notes: [], match: [], noMatch: []}
  const rest: ReadTerm['rest'] = []

  for (const element of members) {
    if (structureName(element) === 'note') {
      fields.notes.push(context.text(element))
      continue
    }

    const category = categoryOf(element)
    if (!category) continue
    if (category.glosa) readGlosaField(element, category, fields, context)
    else if (!readStandardField(element, category, fields, context)) rest.push({element, category})
  }

  return {term: buildTerm(text, lang, fields), statusStated: fields.status !== undefined, rest}
}

/**
 * Elements of a term section, with groups (`termGrp`, `descripGrp`) opened.
 *
 * @param section
 *   Term section.
 * @returns
 *   Elements in document order.
 */
function termMembers(section: XmlElement): XmlElement[] {
  const members: XmlElement[] = []
  for (const child of childElements(section)) {
    const name = structureName(child)
    if (name === 'termGrp' || name === 'descripGrp') members.push(...childElements(child))
    else members.push(child)
  }

  return members
}

/**
 * Read a standard data category of a term.
 *
 * @param element
 *   Element.
 * @param category
 *   Its category.
 * @param fields
 *   Fields to fill.
 * @param context
 *   Reader context.
 * @returns
 *   Whether the category belongs to the term (else the caller passes it up).
 */
function readStandardField(element: XmlElement, category: Category, fields: TermFields, context: TermContext): boolean {
  if (category.element === 'descrip' || category.element === 'admin' || category.element === 'xref') {
    return category.type === 'context'
  }

  if (category.element !== 'termNote') return true
  const value = context.text(element).trim()
  const key = value.toLowerCase()

  if (category.type === 'termType') {
    fields.type ??= typeFromTbx.get(key) ?? 'variant'
  } else if (
    category.type === 'administrativeStatus' ||
    category.type === 'usageStatus' ||
    category.type === 'normativeAuthorization'
  ) {
    fields.status ??= statusFromTbx.get(key) ?? 'admitted'
  } else if (category.type === 'grammaticalGender') {
    const gender = genderFromTbx.get(key)
    if (gender) fields.gender ??= gender
  }

  return true
}

/**
 * Read a glosa data category of a term.
 *
 * @param element
 *   Element.
 * @param category
 *   Its category.
 * @param fields
 *   Fields to fill.
 * @param context
 *   Reader context.
 */
function readGlosaField(element: XmlElement, category: Category, fields: TermFields, context: TermContext) {
  const value = context.text(element)

  switch (category.type) {
    case 'termType': {
      if (isOneOf(termTypes, value)) fields.glosaType = value
      else context.report(element, unexpectedValue('termType', value, termTypes), 'glosa-value')
      break
    }

    case 'case': {
      if (isOneOf(caseRules, value)) fields.case = value
      else context.report(element, unexpectedValue('case', value, caseRules), 'glosa-value')
      break
    }

    case 'matchIn': {
      if (isOneOf(langs, value)) fields.matchIn.push(value)
      else context.report(element, unexpectedValue('matchIn', value, langs), 'glosa-value')
      break
    }

    case 'requiresContext': {
      if (value === 'true' || value === 'false') fields.requiresContext = value === 'true'
      else context.report(element, unexpectedValue('requiresContext', value, ['true', 'false']), 'glosa-value')
      break
    }

    case 'form': {
      fields.forms.push(value)
      break
    }

    case 'match':
    case 'noMatch': {
      fields[category.type].push(value)
      break
    }

    default: {
      context.report(
        element,
        'Unexpected `glosa:' + category.type + '` in a term, expected `glosa:termType`, `glosa:case`, `glosa:form`, `glosa:matchIn`, `glosa:requiresContext`, `glosa:match` or `glosa:noMatch`',
        'glosa-category'
      )
    }
  }
}

/**
 * Reason for a bad glosa value.
 *
 * @param name
 *   Category.
 * @param value
 *   Value found.
 * @param values
 *   Allowed values.
 * @returns
 *   Reason.
 */
export function unexpectedValue(name: string, value: string, values: readonly string[]): string {
  return 'Unexpected `glosa:' + name + '` value `' + value + '`, expected ' + list(values)
}

/**
 * Build a term with glosa's key order.
 *
 * @param text
 *   Term text.
 * @param lang
 *   Language.
 * @param fields
 *   Fields read.
 * @returns
 *   Term.
 */
function buildTerm(text: string, lang: Lang, fields: TermFields): Term {
  const term: Term = {
    text,
    lang,
    type: fields.glosaType ?? fields.type ?? 'fullForm',
    status: fields.status ?? 'admitted'
  }
  if (fields.case) term.case = fields.case
  if (fields.forms.length > 0) term.forms = fields.forms
  if (fields.gender) term.gender = fields.gender
  if (fields.matchIn.length > 0) term.matchIn = fields.matchIn
  if (fields.requiresContext !== undefined) term.requiresContext = fields.requiresContext
  if (fields.notes.length > 0) term.notes = fields.notes.join('\n')

  if (fields.match.length > 0 || fields.noMatch.length > 0) {
    const tests: TermTests = {}
    if (fields.match.length > 0) tests.match = fields.match
    if (fields.noMatch.length > 0) tests.noMatch = fields.noMatch
    term.tests = tests
  }

  return term
}
