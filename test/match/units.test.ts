import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {foldKey, foldSurface} from '../../src/match/fold.js'
import {toUnits, type Unit} from '../../src/match/units.js'
import {tokenize} from '../../src/util/tokenize.js'

/** Pieces that sit on the edges of the unit fast paths. */
const piece = fc.constantFrom(
  ...'abzAZ09 .,-*_~\'’'.split(''),
  'la', 'Guardia', 'GUARDIA', 'ice', 'ICE', "FGR's", "ice's", 'ICE’s', "ice's-x", 'F.G.R.', 'EE. UU.', 'EE.UU.', 'F.G.R',
  'E.U', 'A. B.', 'A.\u00A0B.', 'Jalisco-Nueva', 'e-mail', 'x-y-z', 'a - b', '*Guardia*', '__x__', '~~',
  'Fiscalía', 'FISCALÍA', 'Fiscali\u0301a', 'niño', 'Ñ', 'ß', 'İ', 'ﬁ', 'Ā', '‐', '‑',
  '\n', '\n\n', '\r\n\r\n', ' \n \n', '\u2028', '\u2029', '\u00A0', '\u2009',
  '@FGR', '#EU', 'a@b.mx', '16,096', '🇲🇽', '\uD800'
)
const text = fc.array(piece, {maxLength: 30}).map((parts) => parts.join(''))
const settings = {numRuns: 2000}
const capitals = /^\p{Lu}{1,2}$/u

describe('toUnits', () => {
  it('should fold, split and merge words', () => {
    const units = toUnits('La *Guardia* y ICE’s F.G.R. Jalisco-Nueva.\n\nFiscali\u0301a')
    expect(units.map((unit) => unit.kind + ':' + unit.key + ':' + unit.surface)).toEqual([
      'word:la:La',
      'word:guardia:Guardia',
      'word:y:y',
      'word:ice:ICE',
      "word:'s:'s",
      'word:fgr:FGR',
      'word:jalisco:Jalisco',
      'word:nueva:Nueva',
      'punct:.:.',
      'break::',
      'word:fiscalia:Fiscalia'
    ])
  })

  it('should give every unit the fold of its own text', () => {
    fc.assert(
      fc.property(text, (value) => {
        for (const unit of toUnits(value)) {
          if (unit.kind === 'break') continue
          const source = value.slice(unit.start, unit.end)
          // Note: merged dotted capitals drop their dots and spaces.
          const letters = unit.kind === 'word' ? source.replace(/[.\s]/g, '') : source
          expect(unit.surface).toBe(foldSurface(letters))
          expect(unit.key).toBe(foldKey(letters))
        }
      }),
      settings
    )
  })

  it('should split words at hyphens and before a final possessive', () => {
    fc.assert(
      fc.property(text, (value) => {
        for (const unit of toUnits(value)) {
          if (unit.kind !== 'word') continue
          const source = value.slice(unit.start, unit.end)
          expect(source).not.toContain('-')
          // Note: a possessive stays inside a part followed by a hyphen (`ice's-x`).
          if (source.length > 2 && /['’][sS]$/.test(source)) expect(value.charAt(unit.end)).toBe('-')
        }
      }),
      settings
    )
  })

  it('should merge every run of dotted capitals', () => {
    fc.assert(
      fc.property(text, (value) => {
        const units = toUnits(value)
        for (let index = 0; index + 3 < units.length; index++) {
          if (isUnmergedPair(value, units, index)) expect.fail('unmerged dotted capitals at ' + units[index]!.start)
        }
      }),
      settings
    )
  })

  it('should put a paragraph break wherever whitespace holds one', () => {
    fc.assert(
      fc.property(text, (value) => {
        const units = toUnits(value)
        const tokens = tokenize(value)
        for (let index = 1; index < tokens.length; index++) {
          const start = tokens[index - 1]!.end
          const end = tokens[index]!.start
          const gap = value.slice(start, end)
          const isBreak = gap.includes('\u2029') || (gap.match(/[\n\u2028]/g)?.length ?? 0) > 1
          if (!isBreak || !units.some((unit) => unit.end <= start)) continue
          expect(units.some((unit) => unit.kind === 'break' && unit.start <= start && unit.end >= end)).toBe(true)
        }
      }),
      settings
    )
  })
})

/**
 * Whether units at `index` are two groups of dotted capitals left apart
 * (`F` `.` `G` `.`) that start a token.
 */
function isUnmergedPair(value: string, units: Unit[], index: number): boolean {
  const [first, dot, second, secondDot] = units.slice(index, index + 4) as [Unit, Unit, Unit, Unit]
  const gap = value.slice(dot.end, second.start)
  return (
    first.kind === 'word' &&
    capitals.test(value.slice(first.start, first.end)) &&
    !/[\p{L}\p{M}\p{N}'’-]/u.test(value.charAt(first.start - 1)) &&
    dot.surface === '.' &&
    dot.start === first.end &&
    second.kind === 'word' &&
    capitals.test(value.slice(second.start, second.end)) &&
    (gap === '' || /^[ \u00A0\u2009\u202F]$/.test(gap)) &&
    secondDot.surface === '.' &&
    secondDot.start === second.end
  )
}
