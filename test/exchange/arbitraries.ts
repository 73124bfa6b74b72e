/**
 * fast-check arbitraries of valid glosa concepts with hostile text: quotes,
 * markup, `]]>`, entities, tabs, line breaks, emoji, NFD accents, formula
 * starters, YAML and i18next syntax.
 *
 * Values meet `glossary/schema.json`: “line” fields (term text, forms,
 * subject field, historical contexts) are one line without surrounding or
 * doubled white space; “text” fields (definitions, notes, test phrases) are
 * anything with a non-space character. Characters XML 1.0 cannot hold
 * (control characters other than tab, line feed and carriage return; lone
 * surrogates; U+FFFE, U+FFFF) are left out: the TBX export refuses them.
 */

import fc from 'fast-check'
import type {Concept, Source, Term} from '../../src/types.js'
import {caseRules, genders, jurisdictions, kinds, langs, statuses, termTypes, tiers} from '../../src/node/exchange/values.js'

const pieces = [
  '"',
  "'",
  '<',
  '>',
  '&',
  ']]>',
  '&amp;',
  '<![CDATA[x]]>',
  '<script>alert(1)</script>',
  '\t',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '  ',
  '\u00A0',
  '\u2028',
  '😀',
  '👩🏽‍⚖️',
  'e\u0301',
  'n\u0303',
  'Fiscalía',
  'FGR',
  '=SUM(A1)',
  '+1',
  '-x',
  '@FGRMexico',
  ',',
  ';',
  '|',
  '\\',
  '\\n',
  '#',
  ': ',
  '- ',
  '*[FGR]: x',
  '{{name}}',
  '$t(key)',
  '__proto__',
  'true',
  'null',
  '2018-12-20',
  '---',
  '%',
  '…',
  'official, accessed 2026-11-29',
  'glosa:case'
]

/** Characters XML 1.0 cannot hold. */
const unrepresentable = /[\0-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Raw hostile text (may be blank). */
const raw = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({unit: 'grapheme', maxLength: 6})), {maxLength: 8})
  .map((parts) => parts.join('').replace(unrepresentable, ''))

/** A “text” value: anything with a non-space character. */
export const text = raw.map((value) => (/\S/.test(value) ? value : value + 'x'))

/** A “line” value: one line, no surrounding or doubled white space. */
export const line = raw.map(function (value) {
  const result = value
    .replace(/[\n\r\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return result || 'x'
})

const segment = fc.stringMatching(/^[a-z\d]{1,8}$/)

/** A concept id. */
export const id = fc
  .tuple(fc.constantFrom('mx', 'us', 'bi', 'intl'), fc.array(segment, {minLength: 1, maxLength: 3}))
  .map(([family, segments]) => family + '-' + segments.join('-'))

const date = fc
  .tuple(fc.integer({min: 1900, max: 2100}), fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 28}))
  .map(([y, m, d]) => y + '-' + String(m).padStart(2, '0') + '-' + String(d).padStart(2, '0'))

const lang = fc.constantFrom(...langs)

const tests = fc
  .record(
    {match: fc.array(text, {minLength: 1, maxLength: 3}), noMatch: fc.array(text, {minLength: 1, maxLength: 3})},
    {requiredKeys: []}
  )
  .filter((d) => d.match !== undefined || d.noMatch !== undefined)

/** A term. */
export const term: fc.Arbitrary<Term> = fc.record(
  {
    text: line,
    lang,
    type: fc.constantFrom(...termTypes),
    status: fc.constantFrom(...statuses),
    case: fc.constantFrom(...caseRules),
    forms: fc.uniqueArray(line, {minLength: 1, maxLength: 3}),
    gender: fc.constantFrom(...genders),
    matchIn: fc.uniqueArray(lang, {minLength: 1, maxLength: 2}),
    requiresContext: fc.boolean(),
    notes: text,
    tests
  },
  {requiredKeys: ['text', 'lang', 'type', 'status']}
)

const url = fc
  .tuple(
    fc.stringMatching(/^[a-z\d-]{1,10}$/),
    fc.constantFrom('gob.mx', 'gov', 'org', 'com.mx'),
    fc.stringMatching(/^[\w~!$&'()*+,;=:@%<>"{}|^`-]{0,12}$/)
  )
  .map(([host, tld, path]) => 'https://' + host + '.' + tld + '/' + path)

const source: fc.Arbitrary<Source> = fc.record(
  {url, tier: fc.constantFrom(...tiers), accessed: date},
  {requiredKeys: ['url', 'tier']}
)

const definition = fc.record({en: text, es: text}, {requiredKeys: []}).filter((d) => d.en !== undefined || d.es !== undefined)

/** A concept. */
export const concept: fc.Arbitrary<Concept> = fc.record(
  {
    id,
    kind: fc.constantFrom(...kinds),
    jurisdiction: fc.constantFrom(...jurisdictions),
    parent: id,
    subjectField: line,
    validFrom: date,
    validUntil: date,
    replacedBy: id,
    historicalContexts: fc.uniqueArray(line, {minLength: 1, maxLength: 4}),
    definition,
    terms: fc.array(term, {minLength: 1, maxLength: 5}),
    sources: fc.array(source, {maxLength: 3}),
    notes: text
  },
  {requiredKeys: ['id', 'kind', 'jurisdiction', 'terms', 'sources']}
)

/** Concepts with unique ids. */
export const concepts = fc.uniqueArray(concept, {minLength: 1, maxLength: 4, selector: (d) => d.id})
