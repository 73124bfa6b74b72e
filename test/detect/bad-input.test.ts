import {describe, expect, it} from 'vitest'
import {detectLanguage, segmentLanguage, tagTokens} from '../../src/detect/index.js'

describe('bad input', () => {
  it('should handle empty and whitespace input', () => {
    expect(tagTokens('')).toEqual([])
    expect(tagTokens(' \n\t\r\n ')).toEqual([])
    expect(detectLanguage('').lang).toBe('und')
    expect(detectLanguage(' \n\t ').lang).toBe('und')
  })

  it('should handle emoji only', () => {
    const tags = tagTokens('🇲🇽🎉 👍🏽')
    expect(tags.every((tag) => tag.kind === 'emoji' && tag.lang === 'other')).toBe(true)
    expect(detectLanguage('🇲🇽🎉 👍🏽').lang).toBe('und')
  })

  it('should handle lone surrogates and NUL bytes', () => {
    const text = 'hola\ud800 mundo\u0000 \udfffcasa'
    const tags = tagTokens(text)
    expect(tags.map((tag) => text.slice(tag.start, tag.end))).toEqual(tags.map((tag) => tag.text))
    expect(tags.filter((tag) => tag.kind === 'word').map((tag) => tag.lang)).toEqual(['es', 'es', 'es'])
    expect(detectLanguage(text).lang).toBe('es')
  })

  it('should handle right-to-left text', () => {
    expect(detectLanguage('שלום עולם').lang).toBe('und')
    expect(tagTokens('مرحبا la casa').map((tag) => tag.lang)).toEqual(['other', 'es', 'es'])
  })

  it('should handle NFD accents like NFC ones', () => {
    const nfd = 'la policía llegó'.normalize('NFD')
    expect(detectLanguage(nfd).lang).toBe('es')
    expect(tagTokens(nfd).map((tag) => tag.lang)).toEqual(['es', 'es', 'es'])
  })

  it('should handle hostile text', () => {
    expect(detectLanguage('__proto__ constructor <script>alert(1)</script>').scores.es).toBeGreaterThanOrEqual(0)
    const tags = tagTokens('__proto__ hasOwnProperty toString')
    expect(tags.filter((tag) => tag.kind === 'word').map((tag) => tag.text)).toEqual(['proto', 'hasOwnProperty', 'toString'])
  })

  it('should handle a line of 100k tokens', {timeout: 60_000}, () => {
    const text = Array.from({length: 100_000}, (_, index) => (index % 3 === 0 ? 'casa' : index % 3 === 1 ? 'the' : ',')).join(' ')
    const tags = tagTokens(text)
    expect(tags.length).toBe(100_000)
    expect(['es', 'en']).toContain(detectLanguage(text).lang)
    expect(['es', 'en', 'mixed']).toContain(segmentLanguage(tags).lang)
  })

  it('should handle a 10 MB string', {timeout: 180_000}, () => {
    const sentence = 'La Guardia Nacional llegó a Culiacán el martes por la noche. '
    const text = sentence.repeat(Math.ceil(10_000_000 / sentence.length))
    expect(detectLanguage(text).lang).toBe('es')
    const tags = tagTokens(text)
    expect(tags.at(-1)?.end).toBe(text.length - 1)
  })

  it('should turn non-strings into strings', () => {
    // @ts-expect-error: invalid on purpose.
    expect(detectLanguage(undefined).lang).toBe('und')
    // @ts-expect-error: invalid on purpose.
    expect(tagTokens(12).map((tag) => tag.kind)).toEqual(['number'])
  })
})
