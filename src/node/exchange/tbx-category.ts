/**
 * Read what an element of a TBX file is, whatever the TBX version and style.
 *
 * TBX v2 (`martif`) and v3 (`tbx`) name the same structure differently
 * (`termEntry`/`conceptEntry`, `langSet`/`langSec`, `tig`/`ntig`/`termSec`);
 * DCA style names a data category in a `type` attribute
 * (`<descrip type="subjectField">`), DCT style in the element
 * (`<min:subjectField>`). These helpers give one vocabulary for both.
 */

import type {XmlElement} from './xml.js'
import {
  categoryElements,
  coreNamespaces,
  dctElements,
  glosaCategories,
  glosaNamespace
} from './tbx-vocabulary.js'

/** A data category element, read the same in DCA and DCT style. */
export interface Category {
  /** DCA element it is or stands for (`descrip`, `termNote`, `admin`…). */
  element: string
  /** Data category without prefix (`subjectField`, `case`); `''` when untyped. */
  type: string
  /** Whether it is one of glosa's data categories. */
  glosa: boolean
  /** Whether it comes from a namespaced module outside the dialect. */
  extension: boolean
}

/** v2 and v3 structure names → v3 names. */
const structureNames = new Map([
  ['martif', 'tbx'],
  ['martifHeader', 'tbxHeader'],
  ['termEntry', 'conceptEntry'],
  ['langSet', 'langSec'],
  ['tig', 'termSec'],
  ['ntig', 'termSec']
])

/**
 * Get the v3 name of a core structure element.
 *
 * @param element
 *   Element.
 * @returns
 *   v3 name (`conceptEntry` for `termEntry`), or `undefined` for elements
 *   outside the TBX core namespaces.
 */
export function structureName(element: XmlElement): string | undefined {
  if (!coreNamespaces.has(element.uri)) return undefined
  return structureNames.get(element.name) ?? element.name
}

/**
 * Read the data category of an element.
 *
 * @param element
 *   Element.
 * @returns
 *   Category, or `undefined` when the element is no data category.
 */
export function categoryOf(element: XmlElement): Category | undefined {
  if (coreNamespaces.has(element.uri)) {
    if (!categoryElements.has(element.name)) return undefined
    const raw = (element.attributes.get('type') ?? '').trim()
    const colon = raw.indexOf(':')
    const prefix = colon === -1 ? undefined : raw.slice(0, colon)
    const uri = prefix === undefined ? undefined : element.scope.get(prefix)
    const glosa = uri === glosaNamespace || (prefix === 'glosa' && uri === undefined)
    return {
      element: element.name,
      type: glosa || uri !== undefined ? raw.slice(colon + 1) : raw,
      glosa,
      extension: uri !== undefined && !glosa
    }
  }

  if (element.uri === glosaNamespace) {
    const dca = glosaCategories.get(element.name)
    return dca ? {element: dca, type: element.name, glosa: true, extension: false} : undefined
  }

  const dca = dctElements.get(element.name)
  return dca ? {element: dca, type: element.name, glosa: false, extension: false} : undefined
}
