/**
 * TBX names, picklists and glosa's mapping to them.
 *
 * Standard TBX-Basic data categories carry everything TBX has a category for;
 * glosa's own fields are data categories of the glosa namespace
 * ({@link glosaNamespace}), written in DCA style as a prefixed `type`
 * (`<termNote type="glosa:case">exact</termNote>`), the way TBX v3 marks data
 * categories that come from a module outside the dialect.
 */

import type {TermStatus, TermType} from '../../types.js'

/** TBX v3 namespace (ISO 30042:2019), as LTAC publishes it now. */
export const tbxNamespace = 'urn:iso:std:iso:30042:ed-2'

/** TBX v3 namespace of older LTAC examples. */
export const tbxNamespaceOld = 'urn:iso:std:iso:30042:ed:3.0'

/** Namespace of glosa's data categories. */
export const glosaNamespace = 'urn:glosa:tbx:1'

/** Namespaces whose elements are TBX core structure (v2 has none). */
export const coreNamespaces = new Set(['', tbxNamespace, tbxNamespaceOld])

/** Elements that carry one data category named by their `type` (DCA). */
export const categoryElements = new Set([
  'admin',
  'descrip',
  'termNote',
  'transac',
  'transacNote',
  'ref',
  'xref'
])

/**
 * DCT elements (TBX-Min and TBX-Basic modules) and the DCA element they stand
 * for: `<min:subjectField>` is `<descrip type="subjectField">`.
 */
export const dctElements = new Map<string, string>([
  ['subjectField', 'descrip'],
  ['definition', 'descrip'],
  ['context', 'descrip'],
  ['administrativeStatus', 'termNote'],
  ['usageStatus', 'termNote'],
  ['partOfSpeech', 'termNote'],
  ['termType', 'termNote'],
  ['grammaticalGender', 'termNote'],
  ['geographicalUsage', 'termNote'],
  ['termLocation', 'termNote'],
  ['source', 'admin'],
  ['customerSubset', 'admin'],
  ['projectSubset', 'admin'],
  ['transactionType', 'transac'],
  ['responsibility', 'transacNote'],
  ['crossReference', 'ref'],
  ['externalCrossReference', 'xref'],
  ['xGraphic', 'xref']
])

/** glosa data categories and the DCA element each is written as. */
export const glosaCategories = new Map<string, string>([
  ['kind', 'descrip'],
  ['jurisdiction', 'descrip'],
  ['validFrom', 'descrip'],
  ['validUntil', 'descrip'],
  ['historicalContext', 'descrip'],
  ['termType', 'termNote'],
  ['case', 'termNote'],
  ['form', 'termNote'],
  ['matchIn', 'termNote'],
  ['requiresContext', 'termNote'],
  ['match', 'descrip'],
  ['noMatch', 'descrip']
])

/** glosa status → TBX `administrativeStatus`. */
export const statusToTbx: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  superseded: 'supersededTerm-admn-sts'
}

/** glosa term types that TBX-Basic `termType` has. */
export const standardTermTypes = new Set<TermType>([
  'fullForm',
  'acronym',
  'shortForm',
  'variant'
])

/** Picklists of TBX-Basic (DCA Schematron v1.2.1), by data category. */
export const basicPicklists = new Map<string, Set<string>>([
  ['administrativeStatus', new Set(Object.values(statusToTbx))],
  [
    'usageStatus',
    new Set(['preferred', 'admitted', 'deprecated', 'notRecommended', 'obsolete', 'superseded'])
  ],
  ['partOfSpeech', new Set(['noun', 'verb', 'adjective', 'adverb', 'other'])],
  [
    'termType',
    new Set(['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase'])
  ],
  ['grammaticalGender', new Set(['masculine', 'feminine', 'neuter', 'other'])]
])

/** Data categories TBX-Basic permits, by DCA element. */
export const basicCategories = new Map<string, Set<string>>([
  ['descrip', new Set(['subjectField', 'definition', 'context'])],
  [
    'termNote',
    new Set([
      'administrativeStatus',
      'usageStatus',
      'partOfSpeech',
      'geographicalUsage',
      'grammaticalGender',
      'termLocation',
      'termType'
    ])
  ],
  ['admin', new Set(['customerSubset', 'projectSubset', 'source'])],
  ['transac', new Set(['transactionType'])],
  ['transacNote', new Set(['responsibility'])],
  ['ref', new Set(['crossReference'])],
  ['xref', new Set(['externalCrossReference', 'xGraphic'])]
])

/** Data categories TBX-Min permits, by DCA element. */
export const minCategories = new Map<string, Set<string>>([
  ['descrip', new Set(['subjectField'])],
  ['termNote', new Set(['administrativeStatus', 'usageStatus', 'partOfSpeech'])],
  ['admin', new Set(['customerSubset'])]
])

/**
 * Status values of TBX files (any version, any vendor), lower case, to glosa
 * statuses. Values not listed map to `admitted`.
 */
export const statusFromTbx = new Map<string, TermStatus>([
  ['preferredterm-admn-sts', 'preferred'],
  ['preferred', 'preferred'],
  ['standardizedterm-admn-sts', 'preferred'],
  ['standardized', 'preferred'],
  ['approved', 'preferred'],
  ['admittedterm-admn-sts', 'admitted'],
  ['admitted', 'admitted'],
  ['proposed', 'admitted'],
  ['deprecatedterm-admn-sts', 'deprecated'],
  ['deprecated', 'deprecated'],
  ['forbidden', 'deprecated'],
  ['forbiddenterm-admn-sts', 'deprecated'],
  ['notrecommended', 'deprecated'],
  ['notrecommendedterm-admn-sts', 'deprecated'],
  ['rejected', 'deprecated'],
  ['supersededterm-admn-sts', 'superseded'],
  ['superseded', 'superseded'],
  ['obsolete', 'superseded'],
  ['obsoleteterm-admn-sts', 'superseded'],
  ['legacyterm-admn-sts', 'superseded'],
  ['outdated', 'superseded']
])

/**
 * Term types of TBX files (TBX-Basic, full TBX, IATE, vendors), lower case, to
 * glosa types. Values not listed map to `variant`.
 */
export const typeFromTbx = new Map<string, TermType>([
  ['fullform', 'fullForm'],
  ['entryterm', 'fullForm'],
  ['mainentryterm', 'fullForm'],
  ['commonname', 'fullForm'],
  ['internationalscientificterm', 'fullForm'],
  ['standardtext', 'fullForm'],
  ['term', 'fullForm'],
  ['acronym', 'acronym'],
  ['abbreviation', 'acronym'],
  ['initialism', 'acronym'],
  ['shortform', 'shortForm'],
  ['clippedterm', 'shortForm'],
  ['shortcut', 'shortForm'],
  ['variant', 'variant'],
  ['synonym', 'variant'],
  ['synonymousphrase', 'variant'],
  ['phrase', 'variant'],
  ['transcribedform', 'variant'],
  ['transliteratedform', 'variant']
])

/** Grammatical gender values of TBX files, lower case, to glosa genders. */
export const genderFromTbx = new Map<string, 'masculine' | 'feminine' | 'neuter' | 'other'>([
  ['masculine', 'masculine'],
  ['m', 'masculine'],
  ['masc', 'masculine'],
  ['feminine', 'feminine'],
  ['f', 'feminine'],
  ['fem', 'feminine'],
  ['neuter', 'neuter'],
  ['n', 'neuter'],
  ['neut', 'neuter'],
  ['other', 'other']
])
