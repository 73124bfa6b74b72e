/**
 * A stand-in glossary for the term benches, written from the institution
 * table of the terminology research (§4.2), not from the bench articles:
 * the test glossary plus the other agencies, ministries and cartels. The
 * quality bench also runs the real `defaultGlossary` when it exists.
 */

import type {Concept, Term} from '../../src/types.js'
import {concept, makeGlossary, testConcepts} from '../match/glossary.js'

function term(lang: 'es' | 'en', text: string, type: Term['type'] = 'fullForm', status: Term['status'] = 'preferred', extra: Partial<Term> = {}): Term {
  return {text, lang, type, status, ...extra}
}

const more: Concept[] = [
  concept('us-dea', 'agency', [
    term('en', 'Drug Enforcement Administration'), term('en', 'DEA', 'acronym'),
    term('es', 'Administración para el Control de Drogas'), term('es', 'DEA', 'acronym')
  ]),
  concept('us-fbi', 'agency', [
    term('en', 'Federal Bureau of Investigation'), term('en', 'FBI', 'acronym'),
    term('es', 'Buró Federal de Investigaciones'), term('es', 'Oficina Federal de Investigación', 'variant', 'admitted'),
    term('es', 'FBI', 'acronym')
  ]),
  concept('us-cbp', 'agency', [
    term('en', 'U.S. Customs and Border Protection'), term('en', 'Customs and Border Protection', 'variant', 'admitted'),
    term('en', 'CBP', 'acronym'), term('es', 'Oficina de Aduanas y Protección Fronteriza'), term('es', 'CBP', 'acronym')
  ]),
  concept('us-border-patrol', 'agency', [
    term('en', 'U.S. Border Patrol'), term('en', 'Border Patrol', 'shortForm', 'admitted'),
    term('es', 'Patrulla Fronteriza')
  ], {parent: 'us-cbp'}),
  concept('us-dhs', 'ministry', [
    term('en', 'Department of Homeland Security'), term('en', 'DHS', 'acronym'),
    term('es', 'Departamento de Seguridad Nacional'), term('es', 'DHS', 'acronym')
  ]),
  concept('us-doj', 'ministry', [
    term('en', 'Department of Justice'), term('en', 'U.S. Department of Justice', 'variant', 'admitted'),
    term('en', 'Justice Department', 'variant', 'admitted'), term('en', 'DOJ', 'acronym'),
    term('es', 'Departamento de Justicia')
  ]),
  concept('us-state-department', 'ministry', [
    term('en', 'Department of State'), term('en', 'State Department', 'variant', 'admitted'),
    term('es', 'Departamento de Estado')
  ]),
  concept('us-treasury', 'ministry', [
    term('en', 'Department of the Treasury'), term('en', 'Treasury Department', 'variant', 'admitted'),
    term('es', 'Departamento del Tesoro')
  ]),
  concept('us-ofac', 'agency', [
    term('en', 'Office of Foreign Assets Control'), term('en', 'OFAC', 'acronym'),
    term('es', 'Oficina de Control de Activos Extranjeros'), term('es', 'OFAC', 'acronym')
  ], {parent: 'us-treasury'}),
  concept('us-usao', 'prosecutor', [
    term('en', "U.S. Attorney's Office"), term('en', 'USAO', 'acronym'), term('es', 'Fiscalía Federal')
  ]),
  concept('us-attorney-general', 'title', [
    term('en', 'U.S. Attorney General', 'title'), term('es', 'secretario de Justicia', 'title')
  ]),
  concept('us-fto', 'legal', [
    term('en', 'Foreign Terrorist Organization'), term('en', 'FTO', 'acronym'),
    term('es', 'Organización Terrorista Extranjera', 'fullForm', 'preferred', {case: 'insensitive'})
  ]),
  concept('mx-semar', 'military', [
    term('es', 'Secretaría de Marina'), term('es', 'Semar', 'acronym', 'preferred', {case: 'permissive'}),
    term('en', 'Secretariat of the Navy'), term('en', 'Navy', 'shortForm', 'admitted')
  ]),
  concept('mx-sspc', 'ministry', [
    term('es', 'Secretaría de Seguridad y Protección Ciudadana'), term('es', 'SSPC', 'acronym'),
    term('en', 'Secretariat of Security and Civilian Protection'), term('en', 'SSPC', 'acronym')
  ]),
  concept('mx-segob', 'ministry', [
    term('es', 'Secretaría de Gobernación'), term('es', 'Segob', 'acronym', 'preferred', {case: 'permissive'}),
    term('en', 'Secretariat of the Interior'), term('en', 'Interior Ministry', 'variant', 'admitted')
  ]),
  concept('mx-inm', 'agency', [
    term('es', 'Instituto Nacional de Migración'), term('es', 'INM', 'acronym'),
    term('en', 'National Migration Institute'), term('en', 'National Institute of Migration', 'variant', 'admitted')
  ]),
  concept('mx-uif', 'agency', [
    term('es', 'Unidad de Inteligencia Financiera'), term('es', 'UIF', 'acronym'),
    term('en', 'Financial Intelligence Unit'), term('en', 'UIF', 'acronym')
  ]),
  concept('mx-shcp', 'ministry', [
    term('es', 'Secretaría de Hacienda y Crédito Público'), term('es', 'SHCP', 'acronym'),
    term('es', 'Hacienda', 'shortForm', 'admitted', {requiresContext: true}),
    term('en', 'Secretariat of Finance and Public Credit'), term('en', 'Finance Ministry', 'variant', 'admitted')
  ]),
  concept('mx-cni', 'agency', [
    term('es', 'Centro Nacional de Inteligencia'), term('es', 'CNI', 'acronym'),
    term('en', 'National Intelligence Center')
  ], {validFrom: '2018-12-01'}),
  concept('mx-cisen', 'agency', [
    term('es', 'Centro de Investigación y Seguridad Nacional', 'fullForm', 'superseded'),
    term('es', 'CISEN', 'acronym', 'superseded'),
    term('en', 'Center for Investigation and National Security', 'fullForm', 'superseded')
  ], {validUntil: '2018-12-01', replacedBy: 'mx-cni', historicalContexts: ['extinto', 'antiguo', 'former']}),
  concept('mx-cnb', 'agency', [
    term('es', 'Comisión Nacional de Búsqueda'), term('es', 'CNB', 'acronym'),
    term('en', 'National Search Commission')
  ]),
  concept('mx-ministerio-publico', 'prosecutor', [
    term('es', 'Ministerio Público'), term('es', 'MP', 'acronym', 'admitted'),
    term('en', "Public Prosecutor's Office"), term('en', 'Public Ministry', 'variant', 'deprecated')
  ]),
  concept('mx-cartel-sinaloa', 'criminal-organization', [
    term('es', 'Cártel de Sinaloa'), term('es', 'Cartel de Sinaloa', 'variant', 'admitted'),
    term('en', 'Sinaloa Cartel')
  ]),
  concept('mx-cartel-golfo', 'criminal-organization', [
    term('es', 'Cártel del Golfo'), term('es', 'CDG', 'acronym'), term('en', 'Gulf Cartel')
  ]),
  concept('mx-cartel-noreste', 'criminal-organization', [
    term('es', 'Cártel del Noreste'), term('es', 'CDN', 'acronym'), term('en', 'Northeast Cartel')
  ])
]

/** Concepts of the bench glossary. */
export const benchConcepts: Concept[] = [...testConcepts, ...more]

/** The bench glossary. */
export const benchGlossary = makeGlossary(benchConcepts)
