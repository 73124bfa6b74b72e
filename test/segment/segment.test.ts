import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findQuotes, splitSentences} from '../../src/segment/index.js'

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => (s.attribution ? '[attribution] ' : '') + text.slice(s.start, s.end))
}

function quotes(text: string): string[] {
  return findQuotes(text).map((q) => text.slice(q.start, q.end))
}

describe('splitSentences', () => {
  it('should not split after abbreviations of either language', () => {
    expect(sentences('Habló el Sr. López con el Lic. Pérez. Luego se fue.')).toEqual([
      'Habló el Sr. López con el Lic. Pérez.',
      'Luego se fue.'
    ])
    expect(sentences('Mr. Smith met Dr. Jones and Gral. Sandoval. They left.')).toEqual([
      'Mr. Smith met Dr. Jones and Gral. Sandoval.',
      'They left.'
    ])
    expect(sentences('Es una droga, p. ej. el fentanilo. Ganó el No. 5.')).toEqual([
      'Es una droga, p. ej. el fentanilo.',
      'Ganó el No. 5.'
    ])
  })

  it('should keep country abbreviations inside a sentence, and end one before a new sentence', () => {
    expect(sentences('The U.S. Embassy said so. Agents from the U.S. The end.')).toEqual([
      'The U.S. Embassy said so.',
      'Agents from the U.S.',
      'The end.'
    ])
    expect(sentences('Viajó a EE. UU. El presidente habló.')).toEqual(['Viajó a EE. UU.', 'El presidente habló.'])
  })

  it('should split at Spanish inverted marks', () => {
    expect(sentences('¿Qué pasó? ¡Nada! Todo bien.')).toEqual(['¿Qué pasó?', '¡Nada!', 'Todo bien.'])
  })

  it('should keep a pic.twitter.com link with its tweet line', () => {
    expect(sentences('Hay coordinación sin subordinación. pic.twitter.com/ZZwPvbkJou')).toEqual([
      'Hay coordinación sin subordinación. pic.twitter.com/ZZwPvbkJou'
    ])
  })

  it('should mark a tweet attribution line', () => {
    expect(
      sentences('La @USEmbassyMEX aclaró algo.\n— Jesús Ramírez Cuevas (@JesusRCuevas) May 15, 2025\nQue sí.')
    ).toEqual([
      'La @USEmbassyMEX aclaró algo.',
      '[attribution] — Jesús Ramírez Cuevas (@JesusRCuevas) May 15, 2025',
      'Que sí.'
    ])
  })

  it('should return ordered, non-overlapping, trimmed, non-empty sentences inside the text', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 300}), (text) => {
        let previous = 0
        for (const sentence of splitSentences(text)) {
          expect(sentence.start).toBeGreaterThanOrEqual(previous)
          expect(sentence.end).toBeGreaterThan(sentence.start)
          expect(sentence.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(sentence.start, sentence.end).trim()).toBe(text.slice(sentence.start, sentence.end))
          previous = sentence.end
        }
      }),
      {numRuns: 300}
    )
  })
})

describe('findQuotes', () => {
  it('should find curly, angle and straight quotes', () => {
    expect(quotes('there is “coordinación sin subordinación” here')).toEqual(['coordinación sin subordinación'])
    expect(quotes('dijo «no es verdad» y')).toEqual(['no es verdad'])
    expect(quotes('saying it was "false" that')).toEqual(['false'])
    expect(quotes("about 'U.S. special forces' and 'troops'")).toEqual(['U.S. special forces', 'troops'])
  })

  it('should not take apostrophes for quotes', () => {
    expect(quotes("ICE's agents don't know the FGR's plans")).toEqual([])
  })

  it('should return only the outermost quote, and nothing for an unclosed one', () => {
    expect(quotes('«Dijo “hola” y» fin')).toEqual(['Dijo “hola” y'])
    expect(quotes('unclosed “quote here')).toEqual([])
  })

  it('should return ordered, non-overlapping ranges inside the text', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', ' ', '"', "'", '“', '”', '«', '»', 'é', '\n')}), (text) => {
        let previous = 0
        for (const quote of findQuotes(text)) {
          expect(quote.start).toBeGreaterThanOrEqual(previous)
          expect(quote.end).toBeGreaterThan(quote.start)
          expect(quote.end).toBeLessThanOrEqual(text.length)
          previous = quote.end
        }
      })
    )
  })
})
