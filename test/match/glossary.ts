/**
 * Test glossaries: a tiny `createGlossary` stand-in and a small Mexico/US
 * glossary with the hard cases (EU, ICE, a bare Fiscalía, Attorney General,
 * PGR, plurals, handles).
 */

import type {Concept, Glossary, GlossaryTerm, Term} from '../../src/types.js'

/**
 * Build a glossary from concepts (no validation).
 */
export function makeGlossary(concepts: readonly Concept[]): Glossary {
  const byId = new Map(concepts.map((concept) => [concept.id, concept]))
  const terms: GlossaryTerm[] = concepts.flatMap((concept) =>
    concept.terms.map((term) => Object.assign({}, term, {concept: concept.id}))
  )
  return {concepts, terms, get: (id) => byId.get(id)}
}

/**
 * Shorthand for a concept.
 */
export function concept(
  id: string,
  kind: Concept['kind'],
  terms: Term[],
  extra: Partial<Concept> = {}
): Concept {
  const jurisdiction = id.startsWith('us-') ? 'us-federal' : id.startsWith('intl-') ? 'international' : 'mx-federal'
  return {id, kind, jurisdiction, terms, sources: [], ...extra}
}

function es(text: string, type: Term['type'], status: Term['status'], extra: Partial<Term> = {}): Term {
  return {text, lang: 'es', type, status, ...extra}
}

function en(text: string, type: Term['type'], status: Term['status'], extra: Partial<Term> = {}): Term {
  return {text, lang: 'en', type, status, ...extra}
}

/** Concepts of the test glossary. */
export const testConcepts: Concept[] = [
  concept('mx-fgr', 'prosecutor', [
    es('Fiscalía General de la República', 'fullForm', 'preferred'),
    es('FGR', 'acronym', 'preferred'),
    es('@FGRMexico', 'handle', 'preferred'),
    es('Fiscalía', 'shortForm', 'admitted', {requiresContext: true}),
    en("Attorney General's Office", 'fullForm', 'preferred'),
    en("Prosecutor General's Office", 'variant', 'admitted')
  ], {validFrom: '2018-12-20'}),
  concept('mx-pgr', 'prosecutor', [
    es('Procuraduría General de la República', 'fullForm', 'superseded'),
    es('PGR', 'acronym', 'superseded'),
    en('Office of the Attorney General of the Republic', 'fullForm', 'superseded')
  ], {
    validUntil: '2018-12-20',
    replacedBy: 'mx-fgr',
    historicalContexts: ['extinta', 'antes', 'entonces', 'otrora', 'former', 'then', 'formerly', 'defunct']
  }),
  concept('mx-fiscalia-estatal', 'prosecutor', [
    es('Fiscalía General del Estado', 'fullForm', 'preferred'),
    es('Fiscalía', 'shortForm', 'admitted'),
    es('fiscalía estatal', 'variant', 'admitted', {forms: ['fiscalías estatales']}),
    en("State Attorney General's Office", 'fullForm', 'preferred'),
    en("state prosecutor's office", 'variant', 'admitted', {forms: ["state prosecutors' offices"]})
  ], {jurisdiction: 'mx-state'}),
  concept('mx-fiscal-general', 'title', [
    es('Fiscal General de la República', 'title', 'preferred'),
    es('fiscal general', 'title', 'admitted'),
    en('Attorney General', 'title', 'preferred')
  ]),
  concept('us-ice', 'agency', [
    en('ICE', 'acronym', 'preferred'),
    en('Immigration and Customs Enforcement', 'fullForm', 'preferred'),
    en('U.S. Immigration and Customs Enforcement', 'variant', 'admitted'),
    es('Servicio de Inmigración y Control de Aduanas', 'fullForm', 'preferred'),
    es('ICE', 'acronym', 'preferred')
  ]),
  concept('us-hsi', 'agency', [
    en('HSI', 'acronym', 'preferred'),
    en('Homeland Security Investigations', 'fullForm', 'preferred'),
    es('Investigaciones de Seguridad Nacional', 'fullForm', 'preferred'),
    es('HSI', 'acronym', 'preferred')
  ]),
  concept('place-us', 'place', [
    es('Estados Unidos', 'fullForm', 'preferred'),
    es('EE. UU.', 'acronym', 'preferred'),
    es('EE.UU.', 'acronym', 'deprecated'),
    es('EU', 'acronym', 'admitted', {matchIn: ['es']}),
    es('EUA', 'acronym', 'admitted'),
    en('United States', 'fullForm', 'preferred'),
    en('U.S.', 'acronym', 'preferred'),
    en('US', 'acronym', 'admitted')
  ], {jurisdiction: 'binational'}),
  concept('intl-eu', 'international', [
    en('European Union', 'fullForm', 'preferred'),
    en('EU', 'acronym', 'preferred', {matchIn: ['en']}),
    es('Unión Europea', 'fullForm', 'preferred'),
    es('UE', 'acronym', 'preferred')
  ]),
  concept('mx-guardia-nacional', 'military', [
    es('Guardia Nacional', 'fullForm', 'preferred'),
    es('GN', 'acronym', 'admitted'),
    en('National Guard', 'fullForm', 'preferred')
  ]),
  concept('mx-pfm', 'police', [
    es('Policía Federal Ministerial', 'fullForm', 'preferred'),
    es('PFM', 'acronym', 'preferred'),
    en('Federal Ministerial Police', 'fullForm', 'preferred')
  ], {parent: 'mx-aic'}),
  concept('mx-policia-federal', 'police', [
    es('Policía Federal', 'fullForm', 'superseded'),
    en('Federal Police', 'fullForm', 'superseded')
  ], {validUntil: '2019-10-01', replacedBy: 'mx-guardia-nacional', historicalContexts: ['extinta', 'antigua', 'former', 'defunct']}),
  concept('mx-agente-ministerial', 'title', [
    es('policía ministerial', 'title', 'preferred'),
    es('agente del Ministerio Público', 'title', 'admitted'),
    en('ministerial police officer', 'title', 'preferred')
  ]),
  concept('mx-cjng', 'criminal-organization', [
    es('Cártel Jalisco Nueva Generación', 'fullForm', 'preferred'),
    es('Cártel de Jalisco Nueva Generación', 'variant', 'admitted'),
    es('CJNG', 'acronym', 'preferred'),
    en('Jalisco New Generation Cartel', 'fullForm', 'preferred'),
    en('CJNG', 'acronym', 'preferred')
  ]),
  concept('mx-oic', 'agency', [
    es('Órgano Interno de Control', 'fullForm', 'preferred'),
    es('OIC', 'acronym', 'preferred'),
    en('Internal Control Body', 'fullForm', 'preferred')
  ]),
  concept('mx-aic', 'agency', [
    es('Agencia de Investigación Criminal', 'fullForm', 'preferred'),
    es('AIC', 'acronym', 'preferred'),
    en('Criminal Investigation Agency', 'fullForm', 'preferred'),
    en('AIC', 'acronym', 'preferred')
  ], {parent: 'mx-fgr'}),
  concept('us-embassy-mx', 'embassy', [
    es('Embajada de Estados Unidos en México', 'fullForm', 'preferred'),
    es('@USEmbassyMEX', 'handle', 'preferred'),
    en('U.S. Embassy in Mexico', 'fullForm', 'preferred')
  ], {jurisdiction: 'binational'}),
  concept('mx-sedena', 'ministry', [
    es('Secretaría de la Defensa Nacional', 'fullForm', 'preferred'),
    es('Sedena', 'acronym', 'preferred', {case: 'permissive'}),
    en('Secretariat of National Defense', 'fullForm', 'preferred'),
    en('Defense Ministry', 'variant', 'deprecated')
  ])
]

/** The test glossary. */
export const testGlossary = makeGlossary(testConcepts)
