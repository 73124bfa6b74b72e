/**
 * A small, safe XML reader on top of saxes (the one module that imports it).
 *
 * saxes never fetches DTDs and never expands entities other than the five
 * predefined ones and character references. On top of that, a DOCTYPE whose
 * internal subset declares entities (`<!ENTITY`) is rejected outright, so
 * external-entity (XXE) and expansion-bomb (billion laughs) files fail with a
 * clear error; a DOCTYPE that only names an external DTD (TBX v2 vendor
 * exports do) is fine and ignored. The first well-formedness error stops the
 * parse and is reported with its line and column: nothing is half-read.
 */

import {SaxesParser} from 'saxes'
import type {SaxesTagNS} from 'saxes'
import {ExchangeError} from './error.js'
import {createLocator} from './position.js'
import type {Place} from './position.js'

/** An element. */
export interface XmlElement extends Place {
  type: 'element'
  /** Local name (`termNote`). */
  name: string
  /** Qualified name as written (`min:subjectField`). */
  qualifiedName: string
  /** Namespace URI (`''` when none). */
  uri: string
  /** Attributes by qualified name as written (`type`, `xml:lang`). */
  attributes: Map<string, string>
  /** Namespace bindings in scope (prefix → URI; `''` is the default). */
  scope: Map<string, string>
  children: XmlNode[]
  parent: XmlElement | undefined
  /** UTF-16 offset of `<`. */
  offset: number
}

/** Character data (text or CDATA). */
export interface XmlText {
  type: 'text'
  value: string
}

/** A node of the tree. */
export type XmlNode = XmlElement | XmlText

/** Deepest nesting accepted (TBX needs fewer than 15 levels). */
const maximumDepth = 256

/**
 * Parse a whole XML document into a tree.
 *
 * @param value
 *   XML text (already decoded, without BOM).
 * @param format
 *   Name of the format for errors (`TBX`).
 * @returns
 *   The root element.
 * @throws {ExchangeError}
 *   On the first well-formedness error, on entity declarations, and on
 *   nesting deeper than 256 elements.
 */
export function parseXml(value: string, format: string): XmlElement {
  const locate = createLocator(value)
  const parser = new SaxesParser({xmlns: true, position: true})
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  // Note: on a mismatched end tag saxes first closes the open element, then
  // fails: keep it to name it.
  let closed: XmlElement | undefined

  function fail(offset: number, reason: string, ruleId: string): never {
    throw new ExchangeError(format, [{...locate(offset), reason, ruleId}])
  }

  parser.on('error', function (error) {
    const problem = describeError(error.message, value, parser.position, stack.at(-1), closed)
    fail(problem.offset, problem.reason, 'not-well-formed')
  })

  parser.on('doctype', function (doctype) {
    const start = value.lastIndexOf('<!DOCTYPE', parser.position)
    const found = /<!ENTITY/i.exec(doctype)
    if (found) {
      fail(
        start + '<!DOCTYPE'.length + found.index,
        'Unexpected entity declaration in the DOCTYPE, expected none: entities are never expanded (no external entities, no entity bombs)',
        'entity-declaration'
      )
    }
  })

  parser.on('opentag', function (tag) {
    const element = createElement(tag as SaxesTagNS, stack.at(-1), value, parser.position, locate)
    if (stack.length >= maximumDepth) {
      fail(element.offset, 'Unexpected nesting deeper than ' + maximumDepth + ' elements', 'too-deep')
    }

    if (element.parent) element.parent.children.push(element)
    else root = element
    stack.push(element)
  })

  parser.on('closetag', function () {
    closed = stack.pop()
  })

  parser.on('text', onText)
  parser.on('cdata', onText)

  function onText(text: string) {
    const parent = stack.at(-1)
    if (parent) parent.children.push({type: 'text', value: text})
  }

  parser.write(value).close()

  if (!root) fail(0, 'Unexpected empty document, expected an XML root element', 'not-well-formed')
  return root
}

/**
 * Turn a saxes error into a problem that says what to fix.
 *
 * @param raw
 *   saxes message (`3:5: unexpected close tag.`).
 * @param value
 *   Document text.
 * @param position
 *   Parser position (after the offending character).
 * @param open
 *   Innermost open element (optional).
 * @param closed
 *   Element saxes closed last (optional; on a mismatched end tag, the one it
 *   should have closed).
 * @returns
 *   Offset and reason.
 */
function describeError(
  raw: string,
  value: string,
  position: number,
  open: XmlElement | undefined,
  closed: XmlElement | undefined
): {offset: number; reason: string} {
  const message = raw.replace(/^\d+:\d+: /, '').replace(/\.$/, '')

  if (/^unclosed tag/.test(message) && open) {
    const name = open.qualifiedName
    return {offset: open.offset, reason: 'Unclosed tag `<' + name + '>`, expected `</' + name + '>` before the end of the file'}
  }

  if (/close tag|closing tag/.test(message)) {
    const offset = value.lastIndexOf('</', position - 1)
    const name = /^<\/([^\s>]*)/.exec(value.slice(offset, offset + 256))?.[1] ?? ''
    const expected = closed
      ? ', expected `</' + closed.qualifiedName + '>` to close `<' + closed.qualifiedName + '>` from ' + closed.line + ':' + closed.column
      : ''
    return {offset, reason: 'Unexpected closing tag `</' + name + '>`' + expected}
  }

  if (/undefined entity/.test(message)) {
    const offset = value.lastIndexOf('&', position - 1)
    const name = /^&([^;\s]*);?/.exec(value.slice(offset, offset + 64))?.[1] ?? ''
    return {
      offset,
      reason: 'Unexpected undefined entity `&' + name + ';`, expected a predefined entity (`&amp;`, `&lt;`…) or a character reference (`&#xE9;`)'
    }
  }

  return {offset: Math.max(0, position - 1), reason: 'Not well-formed XML: ' + message}
}

/**
 * Create an element from a saxes tag.
 *
 * @param tag
 *   Tag with namespaces resolved.
 * @param parent
 *   Parent element (optional).
 * @param value
 *   Document text.
 * @param position
 *   Parser position (after the start tag).
 * @param locate
 *   Offset to place.
 * @returns
 *   Element without children.
 */
function createElement(
  tag: SaxesTagNS,
  parent: XmlElement | undefined,
  value: string,
  position: number,
  locate: (offset: number) => Place
): XmlElement {
  const attributes = new Map<string, string>()
  let scope = parent ? parent.scope : new Map<string, string>()
  const declarations = Object.entries(tag.ns ?? {})

  if (declarations.length > 0) {
    scope = new Map(scope)
    for (const [prefix, uri] of declarations) scope.set(prefix, uri)
  }

  for (const attribute of Object.values(tag.attributes)) {
    attributes.set(attribute.name, attribute.value)
  }

  const offset = value.lastIndexOf('<' + tag.name, position - 1)

  return {
    type: 'element',
    name: tag.local,
    qualifiedName: tag.name,
    uri: tag.uri,
    attributes,
    scope,
    children: [],
    parent,
    offset,
    ...locate(offset)
  }
}

/**
 * Get the text content of an element (all descendant text, in order).
 *
 * @param element
 *   Element.
 * @returns
 *   Text.
 */
export function textContent(element: XmlElement): string {
  let result = ''
  for (const child of element.children) {
    result += child.type === 'text' ? child.value : textContent(child)
  }

  return result
}

/**
 * Get the child elements of an element.
 *
 * @param element
 *   Element.
 * @returns
 *   Child elements, in order.
 */
export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((d): d is XmlElement => d.type === 'element')
}
