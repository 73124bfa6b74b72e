import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {createLexicon, getDefaultLexicon, parseLexicon} from '../../src/align/lexicon.js'
import {compileLexicon, readFrequencyList, renderModule} from '../../scripts/build-lexicon.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const source = fs.readFileSync(path.join(root, 'data/lexicon/es-en.tsv'), 'utf8')

describe('lexicon data', () => {
  const frequency = readFrequencyList(root)
  const compiled = compileLexicon(source, frequency)

  it('should validate without problems', () => {
    expect(compiled.problems).toEqual([])
  })

  it('should hold thousands of headwords, most from the frequency list', () => {
    expect(compiled.stats.entries).toBeGreaterThan(4000)
    expect(compiled.stats.frequency).toBeGreaterThan(3000)
    expect(compiled.stats.news).toBeGreaterThan(500)
    expect(compiled.stats.functionWords).toBeGreaterThan(150)
  })

  it('should match the generated module (run `npx tsx scripts/build-lexicon.ts` after editing the data)', () => {
    const generated = fs.readFileSync(path.join(root, 'src/align/lexicon-data.ts'), 'utf8')
    expect(generated).toBe(renderModule(compiled.data))
  })

  it('should report every problem with its line', () => {
    const bad = [
      '# comment',
      'casa\thouse',
      'casa\thome',
      'Perro\tdog',
      'gato\t',
      'gobierno\tgovernment\tnews',
      'zzzyx\tnothing',
      'sol\tsun; sun',
      'luz\tlight\tfoo',
      'cafe\u0301\tcoffee',
      'mar\tsea; ocean; main; tide; flood; water'
    ].join('\n')
    const {problems} = compileLexicon(bad, new Set(['casa', 'perro', 'gato', 'gobierno', 'sol', 'luz', 'café', 'mar']))
    expect(problems).toEqual([
      'line 3: duplicate headword `casa` (first on line 2)',
      'line 4: unexpected headword `Perro`, expected one lower-case word',
      'line 4: `Perro` is not in the frequency list, expected a `news` tag',
      'line 5: unexpected empty field or surrounding space in ``',
      'line 5: unexpected translation ``, expected English words separated by `; `',
      'line 6: `gobierno` is in the frequency list, expected no `news` tag',
      'line 7: `zzzyx` is not in the frequency list, expected a `news` tag',
      'line 8: unexpected duplicate translation',
      'line 9: unexpected tag `foo`, expected `fn`, `frame` or `news`',
      'line 10: unexpected non-NFC text, expected NFC',
      'line 10: unexpected headword `cafe\u0301`, expected one lower-case word',
      'line 10: `cafe\u0301` is not in the frequency list, expected a `news` tag',
      'line 11: unexpected 6 translations, expected 1 to 5'
    ])
  })

  it('should parse entries with tags and line numbers', () => {
    expect(parseLexicon('# x\n\nde\tof; from\tfn\ncasa\thouse')).toEqual([
      {spanish: 'de', english: ['of', 'from'], tags: ['fn'], line: 3},
      {spanish: 'casa', english: ['house'], tags: [], line: 4}
    ])
  })
})

describe('createLexicon', () => {
  const lexicon = createLexicon('aclarar\tclarify\tframe\nagente\tagent; officer\nde\tof\tfn\ntener\thave\ncausa\tcause')

  it('should translate inflected forms through the lemmatiser', () => {
    expect(lexicon.translate('Aclaró')).toEqual(['clarify'])
    expect(lexicon.translate('agentes')).toEqual(['agent', 'officer'])
    expect(lexicon.translate('causó')).toEqual(['cause'])
    expect(lexicon.translate('zzzyx')).toBeUndefined()
  })

  it('should tell function words (tagged, or translated by English function words only)', () => {
    expect(lexicon.isFunctionWord('de')).toBe(true)
    expect(lexicon.isFunctionWord('tener')).toBe(true)
    expect(lexicon.isFunctionWord('agente')).toBe(false)
  })

  it('should tell attribution words in any inflection', () => {
    expect(lexicon.isFrameWord('aclararon')).toBe(true)
    expect(lexicon.isFrameWord('agentes')).toBe(false)
  })

  it('should know the news vocabulary of the default lexicon', () => {
    const lexicon = getDefaultLexicon()
    expect(lexicon.translate('desmantelamiento')).toContain('dismantling')
    expect(lexicon.translate('narcolaboratorio')).toContain('drug lab')
    expect(lexicon.translate('operativo')).toContain('operation')
    expect(lexicon.translate('agentes')).toContain('agents')
    expect(lexicon.translate('aclaró')).toContain('clarified')
    expect(lexicon.translate('certificado')).toContain('certified')
  })
})
