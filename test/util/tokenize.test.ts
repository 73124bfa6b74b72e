import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/util/tokenize.js'

/** Pieces that sit on the edges of the scanner's fast paths. */
const edgeUnit = fc.constantFrom(
  ...'aZx9 .,;@-\'’‘_%+#:/*~()"'.split(''),
  ...'éÉñÑßÿĀžſ×÷ªºµ²½ÆØÞ'.split(''),
  '\u0301', '\u00A0', '\u2009', '\u2014', '\u2010', '“', '”', '«', '»', '\n', '\u2028', '\u2029',
  'İ', 'я', '中', '٣', '🇲🇽', '👍🏽', '\uD800', '\uDC00', 'fgr.org.mx', 'a@b.mx', '.1', '2@', '_3', 'www.', 'http://'
)

function kinds(value: string): string[] {
  return tokenize(value).map((t) => t.kind + ':' + t.text)
}

describe('tokenize', () => {
  it('should tell words, handles, hashtags, URLs, numbers, emoji and punctuation apart', () => {
    expect(kinds('La @FGRMexico dijo #EU 16,096 🇲🇽 pic.twitter.com/ZZwPvbkJou, https://x.mx/a?b=1.')).toEqual([
      'word:La',
      'handle:@FGRMexico',
      'word:dijo',
      'hashtag:#EU',
      'number:16,096',
      'emoji:🇲🇽',
      'url:pic.twitter.com/ZZwPvbkJou',
      'punct:,',
      'url:https://x.mx/a?b=1',
      'punct:.'
    ])
  })

  it('should keep apostrophes, hyphens, NFD accents and e-mail addresses inside one token', () => {
    expect(kinds("FGR's ICE’s e-mail Fiscali\u0301a prensa@fgr.org.mx")).toEqual([
      "word:FGR's",
      'word:ICE’s',
      'word:e-mail',
      'word:Fiscali\u0301a',
      'url:prensa@fgr.org.mx'
    ])
  })

  it('should keep ZWJ emoji sequences and skin tones whole', () => {
    expect(kinds('👨‍👩‍👧 👍🏽')).toEqual(['emoji:👨‍👩‍👧', 'emoji:👍🏽'])
  })

  it('should cover every non-space code unit exactly once, in order', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), (value) => {
        let covered = ''
        let previous = 0
        for (const token of tokenize(value)) {
          expect(token.start).toBeGreaterThanOrEqual(previous)
          expect(token.end).toBeGreaterThan(token.start)
          expect(value.slice(token.start, token.end)).toBe(token.text)
          expect(value.slice(previous, token.start).trim()).toBe('')
          covered += token.text
          previous = token.end
        }

        expect(value.slice(previous).trim()).toBe('')
        expect(covered).toBe(value.replace(/\s+/g, ''))
      }),
      {numRuns: 500}
    )
  })

  it('should end every word where the word pattern ends it (the ASCII fast path included)', () => {
    const word = /[\p{L}\p{M}\p{N}]*\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]*\p{L}[\p{L}\p{M}\p{N}]*)*/uy
    const unit = fc.constantFrom(...'aZx9 .,@-\'’_%+é#:/\u0301'.split(''))
    fc.assert(
      fc.property(fc.string({unit, maxLength: 40}), (value) => {
        for (const token of tokenize(value)) {
          if (token.kind !== 'word') continue
          word.lastIndex = token.start
          expect(word.test(value)).toBe(true)
          expect(word.lastIndex).toBe(token.end)
        }
      }),
      {numRuns: 2000}
    )
  })

  it('should end words and e-mail addresses where the patterns do, around Latin letters and punctuation', () => {
    const word = /[\p{L}\p{M}\p{N}]*\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]*\p{L}[\p{L}\p{M}\p{N}]*)*/uy
    const email = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/uy
    fc.assert(
      fc.property(fc.string({unit: edgeUnit, maxLength: 40}), (value) => {
        const tokens = tokenize(value)
        let previous = 0

        for (const token of tokens) {
          expect(token.start).toBeGreaterThanOrEqual(previous)
          expect(token.text).toBe(value.slice(token.start, token.end))
          previous = token.end
          if (token.kind !== 'word') continue
          word.lastIndex = token.start
          expect(word.test(value) && word.lastIndex).toBe(token.end)
          // Note: an address is tried first, so no word may start one.
          email.lastIndex = token.start
          expect(email.test(value)).toBe(false)
          expect(/[\p{L}\p{M}\p{N}]/u.test(String.fromCodePoint(value.codePointAt(token.end) ?? 32))).toBe(false)
        }
      }),
      {numRuns: 3000}
    )
  })

  it('should read e-mail addresses after Latin-1 letters as addresses', () => {
    expect(kinds('niño.pérez@fgr.org.mx. Año-nuevo ÉL. x-y ñ’s a\u00A0b')).toEqual([
      'url:niño.pérez@fgr.org.mx',
      'punct:.',
      'word:Año-nuevo',
      'word:ÉL',
      'punct:.',
      'word:x-y',
      'word:ñ’s',
      'word:a',
      'word:b'
    ])
  })

  it('should not hang on an upper-case URL prefix', () => {
    expect(kinds('VER HTTP://FGR.ORG.MX/A y Www.x.mx')).toEqual([
      'word:VER',
      'url:HTTP://FGR.ORG.MX/A',
      'word:y',
      'url:Www.x.mx'
    ])
  })
})
