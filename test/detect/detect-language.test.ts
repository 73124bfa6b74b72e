import {describe, expect, it} from 'vitest'
import {detectLanguage} from '../../src/detect/index.js'

describe('detectLanguage', () => {
  it('should detect Spanish and English sentences', () => {
    expect(detectLanguage('La Fiscalía General de la República detuvo a tres personas.').lang).toBe('es')
    expect(detectLanguage('The Attorney General said the cartel operated in Sinaloa.').lang).toBe('en')
  })

  it('should detect single words and short phrases', () => {
    expect(detectLanguage('seda').lang).toBe('es')
    expect(detectLanguage('the').lang).toBe('en')
    expect(detectLanguage('área').lang).toBe('es')
    expect(detectLanguage('dijo que').lang).toBe('es')
    expect(detectLanguage('mashup con').lang).toBe('es')
    expect(detectLanguage("they're").lang).toBe('en')
  })

  it('should detect the sample tweet as Spanish', () => {
    const result = detectLanguage(
      'La @USEmbassyMEX aclaró que no es verdad que agentes de EU participen en operativos en 🇲🇽.'
    )
    expect(result.lang).toBe('es')
    expect(result.confidence).toBeGreaterThan(0.99)
  })

  it('should not call a tweet attribution line Spanish', () => {
    expect(detectLanguage('— Jesús Ramírez Cuevas (@JesusRCuevas) May 15, 2025').lang).not.toBe('es')
  })

  it('should detect a quoted Spanish phrase as Spanish', () => {
    expect(detectLanguage('“coordinación sin subordinación”').lang).toBe('es')
  })

  it('should weigh a Spanish quote inside English less than the English around it', () => {
    expect(detectLanguage('Sheinbaum said there is “coordinación sin subordinación” with the US.').lang).toBe('en')
  })

  it('should keep English titles inside Spanish from flipping it', () => {
    expect(detectLanguage('Anoche vi en concierto a Band of Horses y Kings of Leon, muy bien').lang).toBe('es')
  })

  it('should reject other Romance languages as und', () => {
    for (const text of [
      'Le gouvernement a annoncé de nouvelles mesures pour les familles.',
      'O governo anunciou novas medidas para as famílias que não têm casa.',
      'Il governo ha annunciato nuove misure per le famiglie più povere.',
      'El govern ha anunciat noves mesures per a les famílies amb menys recursos.',
      'O goberno anunciou onte novas medidas para as familias que non teñen casa.'
    ]) {
      expect(detectLanguage(text).lang, text).toBe('und')
    }
  })

  it('should still give a forced Spanish/English choice for rejected text', () => {
    const result = detectLanguage('Il governo ha annunciato nuove misure per le famiglie più povere.')
    expect(result.scores.es + result.scores.en).toBe(1)
  })

  it('should say und with even scores when there is no evidence', () => {
    for (const text of ['', '   ', '🇲🇽 🎉', '2025', '@FGRMexico #FGR', 'https://example.com', 'jajaja', 'Привет']) {
      expect(detectLanguage(text), JSON.stringify(text)).toEqual({lang: 'und', confidence: 0, scores: {es: 0.5, en: 0.5}})
    }
  })

  it('should have scores that sum to one and a confidence in [0, 1]', () => {
    for (const text of ['hola', 'hello', 'la casa blanca', 'I said que no']) {
      const result = detectLanguage(text)
      expect(result.scores.es + result.scores.en).toBe(1)
      expect(result.confidence).toBeGreaterThanOrEqual(0)
      expect(result.confidence).toBeLessThanOrEqual(1)
    }
  })

  it('should use a custom detector', () => {
    const result = {lang: 'en' as const, confidence: 1, scores: {es: 0, en: 1}}
    expect(detectLanguage('hola', {detector: {tagTokens: () => [], detectLanguage: () => result}})).toBe(result)
  })
})
