import {describe, expect, it} from 'vitest'
import {languageRuns, segmentLanguage, tagTokens} from '../../src/detect/index.js'
import type {TokenTag} from '../../src/types.js'

describe('segmentLanguage', () => {
  it('should give a monolingual segment its language', () => {
    expect(segmentLanguage(tagTokens('La Guardia Nacional llegó a la zona.'))).toEqual({lang: 'es', confidence: 1})
    expect(segmentLanguage(tagTokens('The National Guard arrived in the area.')).lang).toBe('en')
  })

  it('should say mixed when both languages have real runs', () => {
    expect(segmentLanguage(tagTokens('Me dijo que just enjoy the moment y ya')).lang).toBe('mixed')
  })

  it('should not say mixed for one borrowed word', () => {
    expect(segmentLanguage(tagTokens('Subí el video a mi blog ayer')).lang).toBe('es')
  })

  it('should say und without words or for other languages', () => {
    expect(segmentLanguage([])).toEqual({lang: 'und', confidence: 0})
    expect(segmentLanguage(tagTokens('@FGRMexico 🇲🇽 2025')).lang).toBe('und')
    expect(segmentLanguage(tagTokens('Le gouvernement a annoncé de nouvelles mesures pour les familles.')).lang).toBe('und')
    expect(segmentLanguage(tagTokens('O goberno anunciou onte novas medidas para as familias que non teñen casa.')).lang).toBe('und')
  })
})

describe('languageRuns', () => {
  it('should find maximal runs from first to last token of a language', () => {
    const text = 'Me dijo que just enjoy the moment, y ya.'
    const runs = languageRuns(tagTokens(text))
    expect(runs.map((run) => [run.lang, text.slice(run.start, run.end)])).toEqual([
      ['es', 'Me dijo que'],
      ['en', 'just enjoy the moment'],
      ['es', 'y ya']
    ])
  })

  it('should not break a run at tokens without language', () => {
    const text = 'La FGR, dijo @Fulano, no 2025 lo sabe'
    expect(languageRuns(tagTokens(text))).toEqual([{start: 0, end: text.length, lang: 'es'}])
  })

  it('should return no runs without language tokens', () => {
    const tags: TokenTag[] = [{start: 0, end: 1, text: '!', lang: 'other', kind: 'punct'}]
    expect(languageRuns(tags)).toEqual([])
  })
})
