/**
 * Hand-built segments and term matches of the sample article
 * (`test/fixtures/sample/input.md`), as `analyze` is meant to produce them:
 * sentence texts are located with `indexOf`, so offsets are exact.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Concept, Glossary, Lang, Segment, SegmentLang, TermMatch} from '../../src/types.js'

const here = path.dirname(fileURLToPath(import.meta.url))

/** The sample article. */
export const sample = fs.readFileSync(path.join(here, '../fixtures/sample/input.md'), 'utf8')

const sentences: Array<[SegmentLang, string]> = [
  ['en', 'The U.S. embassy in Mexico clarified on Thursday that no ICE agents operated on the field on Mexican soil during a raid that led to the dismantling of three clandestine drug labs.'],
  ['en', 'The message follows a controversy sparked over language used by ICE when describing the operation.'],
  ['en', 'The agency said on Wednesday said the agency had led the operation from the prosecutor\'s office, but posted an image of agents on a truck, leading to speculation about whether it also had boots on the ground.'],
  ['en', 'Mexican President Claudia Sheinbaum was quick to dismiss the possibility, saying it was "false" that ICE agents operated on Mexican soil.'],
  ['en', '"There are U.S. agencies that regularly file reports with the Attorney General\'s Office stating that, based on their intelligence, they are aware of a lab or an incoming shipment of illegal precursors," Sheinbaum said.'],
  ['en', '"A report is filed, and the Attorney General\'s Office acts on that information using agents from the Ministerial Police, the Criminal Investigation Agency or one of the state prosecutors\' offices."'],
  ['en', '"As I said yesterday, there is coordination, there is collaboration, there is cooperation," Sheinbaum added.'],
  ['en', '"But there is no subordination or involvement of personnel from any U.S. agency in any operation."'],
  ['en', 'The agency sought to end the matter with a statement of its own, calling out a journalist who claimed U.S. troops had in fact been a part of the operation.'],
  ['en', 'Both ICE and the embassy "clearly informed that the operations to dismantled the labs were led by AIC team within the prosecutor\'s office, which is certified by ICE and HSI," reads a passage of the statement.'],
  ['es', 'La @USEmbassyMEX aclaró que no es verdad que agentes de EU participen en operativos en 🇲🇽.'],
  ['und', '— Jesús Ramírez Cuevas (@JesusRCuevas) May 15, 2025'],
  ['es', 'Que en el desmantelamiento de narcolaboratorios participó un grupo de la @FGRMexico certificado por ICE y HSI.'],
  ['es', 'La presidenta @Claudiashein señaló que hay coordinación sin subordinación.'],
  ['en', 'The embassy went on to say it clarified questions from users on social media and that the suggestion about \'U.S. special forces operating against criminal groups on Mexican soil\' and that \'the U.S. government informed that troops, police officers, special agents, are operating and dismantling labs in Mexico\' are completely incorrect and made out of context."'],
  ['en', '"Therefore, we appreciate a correction as quickly as possible," the embassy concludes.'],
  ['en', '© 2025 Latin Times.'],
  ['en', 'All rights reserved.'],
  ['en', 'Do not reproduce without permission.']
]

/**
 * Sentence segments `s1`…`s19` of the sample.
 *
 * @returns
 *   Segments with markdown offsets.
 */
export function sampleSegments(): Segment[] {
  let from = 0
  return sentences.map(([lang, text], index) => {
    const start = sample.indexOf(text, from)
    if (start === -1) throw new Error('Cannot find sentence ' + (index + 1) + ' in the sample')
    from = start + text.length
    return {id: 's' + (index + 1), start, end: start + text.length, text, lang, confidence: 1, kind: 'sentence'}
  })
}

const termList: Array<[string, Lang, string]> = [
  ['us-embassy-mexico', 'en', 'U.S. embassy in Mexico'],
  ['us-ice', 'en', 'ICE'],
  ['mx-presidente-republica', 'en', 'Mexican President'],
  ['intl-united-states', 'en', 'U.S.'],
  ['mx-fgr', 'en', "Attorney General's Office"],
  ['mx-policia-ministerial-estatal', 'en', 'Ministerial Police'],
  ['mx-aic', 'en', 'Criminal Investigation Agency'],
  ['mx-aic', 'es', 'AIC'],
  ['us-hsi', 'en', 'HSI'],
  ['us-embassy-mexico', 'es', '@USEmbassyMEX'],
  ['intl-united-states', 'es', 'EU'],
  ['mx-fgr', 'es', '@FGRMexico']
]

/**
 * Term matches of the sample (every occurrence of each listed form).
 *
 * @returns
 *   Term matches with markdown offsets, in order.
 */
export function sampleTerms(): TermMatch[] {
  const terms: TermMatch[] = []
  for (const [entry, lang, form] of termList) {
    let start = sample.indexOf(form)
    while (start !== -1) {
      const end = start + form.length
      const before = sample.charAt(start - 1)
      const after = sample.charAt(end)
      if (!/[\p{L}\p{N}@]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
        terms.push({start, end, text: form, entry, lang, form, status: 'preferred'})
      }

      start = sample.indexOf(form, end)
    }
  }

  return terms.sort((a, b) => a.start - b.start)
}

/**
 * A glossary stub with the parent relations the sample needs
 * (`mx-aic` belongs to `mx-fgr`).
 *
 * @returns
 *   A glossary.
 */
export function sampleGlossary(): Glossary {
  const concepts: Concept[] = [
    {id: 'mx-fgr', kind: 'prosecutor', jurisdiction: 'mx-federal', terms: [], sources: []},
    {id: 'mx-aic', kind: 'agency', jurisdiction: 'mx-federal', parent: 'mx-fgr', terms: [], sources: []}
  ]
  return {concepts, terms: [], get: (id) => concepts.find((d) => d.id === id)}
}
