/**
 * Check the structure of a TBX file and, for files that claim the TBX-Basic or
 * TBX-Min dialect, its data categories and picklists.
 *
 * The core checks are those of the TBX core structure (RNG): text in the
 * header sits in `<p>`; `<text>` holds `<body>` and `<back>` only; `<term>`
 * comes first in `<termSec>` (v2: `<tig>`, `<termGrp>`) and only once; data
 * category elements have a `type`; a `<descripGrp>` holds one `<descrip>`;
 * `<langSec>` has `xml:lang`; entry ids are unique. The dialect checks follow
 * the TBX-Basic and TBX-Min Schematrons: permitted data categories and
 * levels, picklist values, `source` inside a `descripGrp`. Data categories of
 * a declared namespace (glosa's `glosa:case`) are extensions and pass.
 * Every problem is returned, in document order.
 */

import type {ExchangeProblem} from './error.js'
import type {Category} from './tbx-category.js'
import {categoryOf, structureName} from './tbx-category.js'
import {list} from './list.js'
import {basicCategories, basicPicklists, minCategories} from './tbx-vocabulary.js'
import type {XmlElement} from './xml.js'
import {childElements, textContent} from './xml.js'

/** Elements of the header whose text is allowed. */
const headerTextElements = new Set(['p', 'title'])

/**
 * Check a TBX tree.
 *
 * @param root
 *   Root element (`tbx` or `martif`).
 * @returns
 *   Problems, in document order (empty when the file is fine).
 */
export function checkTbx(root: XmlElement): ExchangeProblem[] {
  const problems: ExchangeProblem[] = []
  const dialect = root.name === 'tbx' ? root.attributes.get('type') ?? '' : ''
  const ids = new Map<string, XmlElement>()

  function report(element: XmlElement, reason: string, ruleId: string) {
    problems.push({line: element.line, column: element.column, reason, ruleId})
  }

  function visit(element: XmlElement, header: Header) {
    const name = structureName(element)
    let inner = header

    if (name === 'tbxHeader') inner = 'header'
    if (inner === 'header') {
      if (headerTextElements.has(element.name)) inner = 'text'
      else checkHeaderText(element, report)
    }

    if (name === 'text') checkTextChildren(element, report)
    if (name !== undefined && (element.name === 'termSec' || element.name === 'tig' || element.name === 'termGrp')) {
      checkTermPosition(element, report)
    }

    if (name === 'langSec' && !(element.attributes.get('xml:lang') ?? element.attributes.get('lang'))) {
      report(element, 'Missing `xml:lang` on `<' + element.qualifiedName + '>`, expected the language of its terms', 'missing-lang')
    }

    if (name === 'descripGrp') checkDescripGroup(element, report)
    if (name === 'conceptEntry') checkId(element, ids, report)

    const category = categoryOf(element)
    if (category) {
      checkCategory(element, category, dialect, report)
    }

    for (const child of childElements(element)) visit(child, inner)
  }

  visit(root, 'body')
  return problems
}

/** Where an element is: outside the header, in it, or in header text. */
type Header = 'body' | 'header' | 'text'

/** Report a problem on an element. */
type Report = (element: XmlElement, reason: string, ruleId: string) => void

/**
 * Text in the header must be in `<p>` (or `<title>`): check an element of
 * the header that is neither.
 *
 * @param element
 *   Element inside the header.
 * @param report
 *   Reporter.
 */
function checkHeaderText(element: XmlElement, report: Report) {
  const loose = element.children.some((d) => d.type === 'text' && d.value.trim() !== '')
  if (loose) {
    report(
      element,
      'Unexpected text directly in `<' + element.qualifiedName + '>`, expected header text to be wrapped in `<p>`',
      'header-text-outside-p'
    )
  }
}

/**
 * `<text>` holds `<body>` and `<back>` only.
 *
 * @param element
 *   `<text>`.
 * @param report
 *   Reporter.
 */
function checkTextChildren(element: XmlElement, report: Report) {
  for (const child of childElements(element)) {
    if (child.name !== 'body' && child.name !== 'back') {
      report(
        child,
        'Unexpected `<' + child.qualifiedName + '>` in `<text>`, expected `<body>` or `<back>`',
        'misplaced-element'
      )
    }
  }
}

/**
 * One `<term>`, first, in a term section.
 *
 * @param element
 *   `termSec`, `tig` or `termGrp`.
 * @param report
 *   Reporter.
 */
function checkTermPosition(element: XmlElement, report: Report) {
  const children = childElements(element)
  const terms = children.filter((d) => d.name === 'term')
  const first = children[0]

  if (terms.length === 0 || !first) {
    report(element, 'Missing `<term>` in `<' + element.qualifiedName + '>`, expected one', 'missing-term')
    return
  }

  if (first.name !== 'term') {
    report(
      first,
      'Unexpected `<' + first.qualifiedName + '>` before `<term>`, expected `<term>` first in `<' + element.qualifiedName + '>`',
      'term-not-first'
    )
  }

  for (const extra of terms.slice(1)) {
    report(
      extra,
      'Unexpected second `<term>` in `<' + element.qualifiedName + '>`, expected one term per `<' + element.qualifiedName + '>`',
      'multiple-terms'
    )
  }
}

/**
 * One `<descrip>` per `<descripGrp>`.
 *
 * @param element
 *   `descripGrp`.
 * @param report
 *   Reporter.
 */
function checkDescripGroup(element: XmlElement, report: Report) {
  const descrips = childElements(element).filter((d) => categoryOf(d)?.element === 'descrip')
  for (const extra of descrips.slice(1)) {
    report(
      extra,
      'Unexpected second `<descrip>` in `<descripGrp>`, expected one `<descrip>` per group',
      'multiple-descrips'
    )
  }
}

/**
 * Entry ids are unique.
 *
 * @param element
 *   Entry.
 * @param ids
 *   Ids seen so far.
 * @param report
 *   Reporter.
 */
function checkId(element: XmlElement, ids: Map<string, XmlElement>, report: Report) {
  const id = element.attributes.get('id')
  if (id === undefined) return
  const previous = ids.get(id)
  if (previous) {
    report(element, 'Unexpected duplicate id `' + id + '`, expected unique ids (first at ' + previous.line + ':' + previous.column + ')', 'duplicate-id')
  } else {
    ids.set(id, element)
  }
}

/**
 * Check a data category element.
 *
 * @param element
 *   Element.
 * @param category
 *   Its category.
 * @param dialect
 *   Dialect of the file (`TBX-Basic`, `TBX-Min`, …; `''` for v2).
 * @param report
 *   Reporter.
 */
function checkCategory(element: XmlElement, category: Category, dialect: string, report: Report) {
  if (category.type === '') {
    report(element, 'Missing `type` on `<' + element.qualifiedName + '>`, expected the data category it holds', 'missing-type')
    return
  }

  if (category.glosa || category.extension) return
  if (dialect === 'TBX-Basic') checkBasic(element, category, report)
  if (dialect === 'TBX-Min') checkMin(element, category, report)
}

/**
 * TBX-Basic rules for a standard data category.
 *
 * @param element
 *   Element.
 * @param category
 *   Its category.
 * @param report
 *   Reporter.
 */
function checkBasic(element: XmlElement, category: Category, report: Report) {
  const allowed = basicCategories.get(category.element)
  const level = levelOf(element)

  if (allowed && !allowed.has(category.type)) {
    const ruleId =
      category.element === 'transac' ? 'unexpected-transac-type'
      : category.element === 'transacNote' ? 'unexpected-transac-note-type'
      : 'unexpected-data-category'
    report(element, unexpectedType(element, category, allowed, 'TBX-Basic'), ruleId)
    return
  }

  if (category.type === 'definition' && level === 'termSec') {
    report(element, 'Unexpected `definition` at term level, expected it in `<conceptEntry>` or `<langSec>`', 'misplaced-definition')
  }

  if (category.type === 'source' && element.parent?.name !== 'descripGrp') {
    report(
      element,
      'Unexpected `source` directly in `<' + (element.parent?.qualifiedName ?? '') + '>`, expected it in a `<descripGrp>` with the definition or context it supports',
      'misplaced-source'
    )
  }

  checkPicklist(element, category, report)
}

/**
 * TBX-Min rules for a standard data category.
 *
 * @param element
 *   Element.
 * @param category
 *   Its category.
 * @param report
 *   Reporter.
 */
function checkMin(element: XmlElement, category: Category, report: Report) {
  const allowed = minCategories.get(category.element)

  if (!allowed) {
    report(element, 'Unexpected `<' + element.qualifiedName + '>` in TBX-Min, which has no `' + category.element + '` data categories', 'unexpected-data-category')
    return
  }

  if (!allowed.has(category.type)) {
    report(element, unexpectedType(element, category, allowed, 'TBX-Min'), 'unexpected-data-category')
    return
  }

  checkPicklist(element, category, report)
}

/**
 * Picklist values.
 *
 * @param element
 *   Element.
 * @param category
 *   Its category.
 * @param report
 *   Reporter.
 */
function checkPicklist(element: XmlElement, category: Category, report: Report) {
  const picklist = basicPicklists.get(category.type)
  const value = textContent(element).trim()
  if (picklist && !picklist.has(value)) {
    report(
      element,
      'Unexpected `' + category.type + '` value `' + value + '`, expected ' + list([...picklist]),
      'picklist-value'
    )
  }
}

/**
 * Reason for a data category the dialect does not permit.
 *
 * @param element
 *   Element.
 * @param category
 *   Its category.
 * @param allowed
 *   Permitted types.
 * @param dialect
 *   Dialect name.
 * @returns
 *   Reason.
 */
function unexpectedType(element: XmlElement, category: Category, allowed: Set<string>, dialect: string): string {
  return (
    'Unexpected `<' + element.qualifiedName + '>` type `' + category.type + '` in ' + dialect + ', expected ' + list([...allowed])
  )
}

/**
 * Structure level of a data category: the structure element that holds it,
 * looking through groups.
 *
 * @param element
 *   Data category element.
 * @returns
 *   v3 name of the level (`conceptEntry`, `langSec`, `termSec`).
 */
function levelOf(element: XmlElement): string | undefined {
  let parent = element.parent
  while (parent && (parent.name === 'descripGrp' || parent.name === 'termGrp' || parent.name === 'transacGrp')) {
    parent = parent.parent
  }

  return parent ? structureName(parent) : undefined
}
