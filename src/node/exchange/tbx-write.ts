/**
 * Write concepts as TBX-Basic (TBX v3, DCA style).
 *
 * | glosa | TBX |
 * | --- | --- |
 * | `id` | `conceptEntry@id` |
 * | `subjectField` | `<descrip type="subjectField">` |
 * | `kind`, `jurisdiction`, `validFrom`, `validUntil` | `<descrip type="glosa:…">` |
 * | `historicalContexts` | one `<descrip type="glosa:historicalContext">` each |
 * | `parent`, `replacedBy` | `<ref type="crossReference" target="ID">parent</ref>` (or `replacedBy`) |
 * | `sources` | `<xref type="externalCrossReference" target="URL">official, accessed 2026-11-29</xref>` |
 * | `notes` | `<note>` in `conceptEntry` |
 * | `definition.es` | `<descrip type="definition">` in the `es` `langSec` |
 * | term `text`, `lang` | `<term>` in a `termSec` of the `langSec` of that language |
 * | `type` | `<termNote type="termType">` (`handle`, `title`: `glosa:termType`) |
 * | `status` | `<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>`… |
 * | `gender` | `<termNote type="grammaticalGender">` |
 * | `case`, `requiresContext` | `<termNote type="glosa:…">` |
 * | `forms`, `matchIn` | one `<termNote type="glosa:form">` (`glosa:matchIn`) each |
 * | `tests.match`, `tests.noMatch` | one `<descrip type="glosa:match">` (`glosa:noMatch`) each |
 * | term `notes` | `<note>` in `termSec` |
 *
 * Consecutive terms of one language share a `langSec`, so the order of terms
 * survives even when languages alternate. Text is escaped so that a parser
 * gives back every character (`&`, `<`, `>`, carriage returns; tabs and line
 * feeds in attributes).
 */

import type {Concept, Lang, Term} from '../../types.js'
import {formatSourceLabel} from './tbx-convention.js'
import {glosaNamespace, standardTermTypes, statusToTbx, tbxNamespace} from './tbx-vocabulary.js'
import {escapeAttribute, escapeText, findInvalidXmlCharacter} from './xml-escape.js'

/** Writes lines at an indent, checking that values fit XML. */
interface Writer {
  lines: string[]
  /** Concept id, for errors. */
  id: string
}

/**
 * Serialize concepts as a TBX-Basic document.
 *
 * @param concepts
 *   Concepts.
 * @returns
 *   TBX document (UTF-8 declared, `\n` line endings).
 * @throws {Error}
 *   When a value holds a character XML 1.0 cannot represent (such as U+0000).
 */
export function writeTbx(concepts: readonly Concept[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="' + tbxNamespace + '" xmlns:glosa="' + glosaNamespace + '">',
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <sourceDesc>',
    '        <p>glosa glossary export</p>',
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>'
  ]

  for (const concept of concepts) {
    writeConcept({lines, id: concept.id}, concept)
  }

  lines.push('    </body>', '  </text>', '</tbx>', '')
  return lines.join('\n')
}

/**
 * Write a concept entry.
 *
 * @param writer
 *   Writer.
 * @param concept
 *   Concept.
 */
function writeConcept(writer: Writer, concept: Concept) {
  const at = 8
  writer.lines.push(' '.repeat(6) + '<conceptEntry id="' + attribute(writer, concept.id, 'id') + '">')
  if (concept.subjectField !== undefined) element(writer, at, 'descrip', 'subjectField', concept.subjectField)
  element(writer, at, 'descrip', 'glosa:kind', concept.kind)
  element(writer, at, 'descrip', 'glosa:jurisdiction', concept.jurisdiction)
  if (concept.validFrom !== undefined) element(writer, at, 'descrip', 'glosa:validFrom', concept.validFrom)
  if (concept.validUntil !== undefined) element(writer, at, 'descrip', 'glosa:validUntil', concept.validUntil)

  for (const context of concept.historicalContexts ?? []) {
    element(writer, at, 'descrip', 'glosa:historicalContext', context)
  }

  if (concept.parent !== undefined) element(writer, at, 'ref', 'crossReference', 'parent', concept.parent)
  if (concept.replacedBy !== undefined) {
    element(writer, at, 'ref', 'crossReference', 'replacedBy', concept.replacedBy)
  }

  for (const source of concept.sources) {
    element(writer, at, 'xref', 'externalCrossReference', formatSourceLabel(source), source.url)
  }

  if (concept.notes !== undefined) note(writer, at, concept.notes)
  writeLanguages(writer, concept)
  writer.lines.push(' '.repeat(6) + '</conceptEntry>')
}

/**
 * Write the language sections of a concept: one per run of same-language
 * terms, the definition in the first section of its language.
 *
 * @param writer
 *   Writer.
 * @param concept
 *   Concept.
 */
function writeLanguages(writer: Writer, concept: Concept) {
  const definitions = new Map<Lang, string>()
  if (concept.definition?.es !== undefined) definitions.set('es', concept.definition.es)
  if (concept.definition?.en !== undefined) definitions.set('en', concept.definition.en)
  let index = 0

  while (index < concept.terms.length) {
    const lang = concept.terms[index]?.lang ?? 'es'
    const run: Term[] = []
    while (concept.terms[index]?.lang === lang) run.push(concept.terms[index++] as Term)
    writeLangSec(writer, lang, definitions.get(lang), run)
    definitions.delete(lang)
  }

  for (const [lang, definition] of definitions) writeLangSec(writer, lang, definition, [])
}

/**
 * Write a language section.
 *
 * @param writer
 *   Writer.
 * @param lang
 *   Language.
 * @param definition
 *   Definition (optional).
 * @param terms
 *   Terms of that language.
 */
function writeLangSec(writer: Writer, lang: Lang, definition: string | undefined, terms: Term[]) {
  writer.lines.push(' '.repeat(8) + '<langSec xml:lang="' + lang + '">')
  if (definition !== undefined) element(writer, 10, 'descrip', 'definition', definition)
  for (const term of terms) writeTerm(writer, term)
  writer.lines.push(' '.repeat(8) + '</langSec>')
}

/**
 * Write a term section.
 *
 * @param writer
 *   Writer.
 * @param term
 *   Term.
 */
function writeTerm(writer: Writer, term: Term) {
  const at = 12
  writer.lines.push(' '.repeat(10) + '<termSec>')
  writer.lines.push(' '.repeat(at) + '<term>' + text(writer, term.text) + '</term>')
  const standard = standardTermTypes.has(term.type)
  element(writer, at, 'termNote', standard ? 'termType' : 'glosa:termType', term.type)
  element(writer, at, 'termNote', 'administrativeStatus', statusToTbx[term.status])
  if (term.gender !== undefined) element(writer, at, 'termNote', 'grammaticalGender', term.gender)
  if (term.case !== undefined) element(writer, at, 'termNote', 'glosa:case', term.case)
  for (const form of term.forms ?? []) element(writer, at, 'termNote', 'glosa:form', form)
  for (const lang of term.matchIn ?? []) element(writer, at, 'termNote', 'glosa:matchIn', lang)
  if (term.requiresContext !== undefined) {
    element(writer, at, 'termNote', 'glosa:requiresContext', String(term.requiresContext))
  }

  for (const phrase of term.tests?.match ?? []) element(writer, at, 'descrip', 'glosa:match', phrase)
  for (const phrase of term.tests?.noMatch ?? []) element(writer, at, 'descrip', 'glosa:noMatch', phrase)
  if (term.notes !== undefined) note(writer, at, term.notes)
  writer.lines.push(' '.repeat(10) + '</termSec>')
}

/**
 * Write a data category element.
 *
 * @param writer
 *   Writer.
 * @param indent
 *   Indent.
 * @param name
 *   Element name.
 * @param type
 *   Data category.
 * @param value
 *   Content.
 * @param target
 *   `target` attribute (optional).
 */
function element(
  writer: Writer,
  indent: number,
  name: string,
  type: string,
  value: string,
  target?: string
) {
  writer.lines.push(
    ' '.repeat(indent) +
      '<' + name + ' type="' + type + '"' +
      (target === undefined ? '' : ' target="' + attribute(writer, target, type) + '"') +
      '>' + text(writer, value) + '</' + name + '>'
  )
}

/**
 * Write a note.
 *
 * @param writer
 *   Writer.
 * @param indent
 *   Indent.
 * @param value
 *   Note.
 */
function note(writer: Writer, indent: number, value: string) {
  writer.lines.push(' '.repeat(indent) + '<note>' + text(writer, value) + '</note>')
}

/**
 * Escape character data, after checking it.
 *
 * @param writer
 *   Writer.
 * @param value
 *   Text.
 * @returns
 *   Escaped text.
 */
function text(writer: Writer, value: string): string {
  check(writer, value)
  return escapeText(value)
}

/**
 * Escape an attribute value, after checking it.
 *
 * @param writer
 *   Writer.
 * @param value
 *   Value.
 * @param name
 *   Field, for errors.
 * @returns
 *   Escaped value.
 */
function attribute(writer: Writer, value: string, name: string): string {
  check(writer, value, name)
  return escapeAttribute(value)
}

/**
 * Throw when `value` holds a character XML cannot represent.
 *
 * @param writer
 *   Writer.
 * @param value
 *   Value.
 * @param name
 *   Field (optional).
 */
function check(writer: Writer, value: string, name?: string) {
  const index = findInvalidXmlCharacter(value)
  if (index === -1) return
  const code = value.codePointAt(index) ?? 0
  throw new Error(
    'Unexpected character U+' + code.toString(16).toUpperCase().padStart(4, '0') +
      ' in concept `' + writer.id + '`' + (name ? ' (`' + name + '`)' : '') +
      ' at index ' + index + ' of ' + JSON.stringify(value.slice(0, 40)) + ', expected characters that XML 1.0 can represent'
  )
}
