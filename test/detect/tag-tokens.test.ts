import {describe, expect, it} from 'vitest'
import {tagTokens} from '../../src/detect/index.js'
import type {Detector} from '../../src/types.js'

/**
 * Compact view of tags: `text/lang` (plus `/kind` when not a word).
 *
 * @param text
 *   Text.
 * @returns
 *   Compact tags.
 */
function view(text: string): string[] {
  return tagTokens(text).map((tag) => `${tag.text}/${tag.lang}${tag.kind === 'word' ? '' : '/' + tag.kind}`)
}

describe('tagTokens', () => {
  it('should tag a code-switched sentence word by word', () => {
    expect(tagTokens('La FGR dijo that it was false').map((tag) => tag.lang)).toEqual([
      'es',
      'other',
      'es',
      'en',
      'en',
      'en',
      'en'
    ])
  })

  it('should give handles, emoji, numbers and punctuation no language', () => {
    expect(view('La @USEmbassyMEX aclaró que no es verdad que agentes de EU participen en operativos en 🇲🇽.')).toEqual([
      'La/es',
      '@USEmbassyMEX/other/handle',
      'aclaró/es',
      'que/es',
      'no/es',
      'es/es',
      'verdad/es',
      'que/es',
      'agentes/es',
      'de/es',
      'EU/es',
      'participen/es',
      'en/es',
      'operativos/es',
      'en/es',
      '🇲🇽/other/emoji',
      './other/punct'
    ])
  })

  it('should tag urls, hashtags and numbers as other', () => {
    const tags = tagTokens('Mira https://example.com/a #Seguridad 2025 ahora')
    expect(tags.map((tag) => [tag.kind, tag.lang])).toEqual([
      ['word', 'es'],
      ['url', 'other'],
      ['hashtag', 'other'],
      ['number', 'other'],
      ['word', 'es']
    ])
  })

  it('should find person names (unknown capitalised words and their neighbours)', () => {
    const tags = tagTokens('Dijo la presidenta Claudia Sheinbaum en la mañanera.')
    expect(tags.filter((tag) => tag.kind === 'name').map((tag) => tag.text)).toEqual(['Claudia', 'Sheinbaum'])
    expect(tags.filter((tag) => tag.kind === 'name').every((tag) => tag.lang === 'other')).toBe(true)
  })

  it('should name the words a nearby handle spells (tweet attribution lines)', () => {
    const tags = tagTokens('— Jesús Ramírez Cuevas (@JesusRCuevas) May 15, 2025')
    expect(tags.filter((tag) => tag.kind === 'name').map((tag) => tag.text)).toEqual(['Jesús', 'Ramírez', 'Cuevas'])
    expect(tags.some((tag) => tag.lang === 'es')).toBe(false)
  })

  it('should not take a sentence-initial known word for a name', () => {
    expect(tagTokens('Luego llegó la policía.')[0]).toMatchObject({text: 'Luego', kind: 'word', lang: 'es'})
  })

  it('should give acronyms that are not words no language', () => {
    expect(view('La FGR y la SSPC')).toEqual(['La/es', 'FGR/other', 'y/es', 'la/es', 'SSPC/other'])
  })

  it('should give internet-speak the language of its context', () => {
    expect(view('jajaja que risa me das')).toEqual(['jajaja/es', 'que/es', 'risa/es', 'me/es', 'das/es'])
    expect(view('lol that was so funny')).toEqual(['lol/en', 'that/en', 'was/en', 'so/en', 'funny/en'])
  })

  it('should give internet-speak alone no language', () => {
    expect(view('jajaja lol')).toEqual(['jajaja/other', 'lol/other'])
  })

  it('should read accent-stripped Spanish as Spanish', () => {
    expect(view('el numero de telefono')).toEqual(['el/es', 'numero/es', 'de/es', 'telefono/es'])
  })

  it('should read elongated words', () => {
    expect(view('siiii esta bien')).toEqual(['siiii/es', 'esta/es', 'bien/es'])
  })

  it('should keep one English borrowing inside a Spanish sentence Spanish', () => {
    expect(view('Subí el video a mi blog ayer')).toEqual(['Subí/es', 'el/es', 'video/es', 'a/es', 'mi/es', 'blog/es', 'ayer/es'])
  })

  it('should give a run of English inside Spanish its own language', () => {
    expect(view('Me dijo que just enjoy the moment y ya')).toEqual([
      'Me/es',
      'dijo/es',
      'que/es',
      'just/en',
      'enjoy/en',
      'the/en',
      'moment/en',
      'y/es',
      'ya/es'
    ])
  })

  it('should tag a Spanish quote inside English', () => {
    const tags = tagTokens('There is “coordinación sin subordinación” with the United States')
    expect(tags.filter((tag) => tag.kind === 'word').map((tag) => tag.lang)).toEqual([
      'en',
      'en',
      'es',
      'es',
      'es',
      'en',
      'en',
      'en',
      'en'
    ])
  })

  it('should tag words of other languages as other', () => {
    const tags = tagTokens('Il governo ha annunciato nuove misure per le famiglie più povere.')
    expect(tags.filter((tag) => tag.kind === 'word').every((tag) => tag.lang === 'other')).toBe(true)
  })

  it('should give words in other scripts no language', () => {
    expect(view('مرحبا بالعالم')).toEqual(['مرحبا/other', 'بالعالم/other'])
    expect(view('Привет мир')).toEqual(['Привет/other', 'мир/other'])
  })

  it('should use a custom detector', () => {
    const detector: Detector = {
      tagTokens: (text) => [{start: 0, end: text.length, text, lang: 'en', kind: 'word'}],
      detectLanguage: () => ({lang: 'en', confidence: 1, scores: {es: 0, en: 1}})
    }
    expect(tagTokens('hola', {detector})).toEqual([{start: 0, end: 4, text: 'hola', lang: 'en', kind: 'word'}])
    expect(tagTokens('hola', {detector: null})[0]?.lang).toBe('es')
  })

  it('should throw on an invalid detector', () => {
    // @ts-expect-error: invalid on purpose.
    expect(() => tagTokens('hola', {detector: {}})).toThrow(/Unexpected `detector` value/)
  })
})
