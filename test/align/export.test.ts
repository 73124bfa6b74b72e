import {SaxesParser} from 'saxes'
import {describe, expect, it} from 'vitest'
import type {AlignedBead} from '../../src/align/align-texts.js'
import {toTmx, toTsv} from '../../src/align/export.js'

const es = ['La FGR & la "AIC" <detuvieron> a 3.', 'Sin par.', 'Segunda\tparte', 'y fin.']
const en = ["The FGR & the 'AIC' <arrested> 3.", 'Second part and end.']
const beads: AlignedBead[] = [
  {es: [0], en: [0], score: 0.9},
  {es: [1], en: [], score: 0},
  {es: [2, 3], en: [1], score: 0.5}
]

/** Parse XML; return the text of every `<seg>` and the `srclang`. */
function parse(xml: string): {segs: string[]; srcLang: string; langs: string[]} {
  const parser = new SaxesParser()
  const segs: string[] = []
  const langs: string[] = []
  let srcLang = ''
  let inSeg = false
  let text = ''
  parser.on('opentag', (tag) => {
    if (tag.name === 'header') srcLang = String(tag.attributes['srclang'])
    if (tag.name === 'tuv') langs.push(String(tag.attributes['xml:lang']))
    if (tag.name === 'seg') {
      inSeg = true
      text = ''
    }
  })
  parser.on('text', (value) => {
    if (inSeg) text += value
  })
  parser.on('closetag', (tag) => {
    if (tag.name === 'seg') {
      segs.push(text)
      inSeg = false
    }
  })
  parser.write(xml).close()
  return {segs, srcLang, langs}
}

describe('toTmx', () => {
  it('should write well-formed TMX 1.4b with one unit per bead with both sides', () => {
    const xml = toTmx(beads, es, en)
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">')).toBe(true)
    const {segs, srcLang, langs} = parse(xml)
    expect(srcLang).toBe('es')
    expect(langs).toEqual(['es', 'en', 'es', 'en'])
    expect(segs).toEqual([es[0], en[0], 'Segunda\tparte y fin.', en[1]])
    expect(xml).toContain('<seg>La FGR &amp; la &quot;AIC&quot; &lt;detuvieron&gt; a 3.</seg>')
    expect(xml).toContain('<prop type="x-glosa-score">0.9</prop>')
  })

  it('should put English first when it is the source', () => {
    const {srcLang, langs} = parse(toTmx(beads, es, en, {srcLang: 'en'}))
    expect(srcLang).toBe('en')
    expect(langs.slice(0, 2)).toEqual(['en', 'es'])
  })

  it('should drop characters XML cannot hold', () => {
    const xml = toTmx([{es: [0], en: [0], score: 1}], ['a\u0000b\uD800c\uFFFEd 🇲🇽'], ['ok'])
    expect(parse(xml).segs[0]).toBe('abcd 🇲🇽')
  })

  it('should write an empty body for no beads', () => {
    expect(parse(toTmx([], [], [])).segs).toEqual([])
  })

  it('should throw on misuse', () => {
    expect(() => toTmx(beads, es, en, {srcLang: 'fr' as 'es'})).toThrow("Unexpected `srcLang` value `fr`, expected `'es'` or `'en'`")
    expect(() => toTmx([{es: [9], en: [0], score: 1}], es, en)).toThrow('Unexpected `es` index `9`, expected below `4`')
  })
})

describe('toTsv', () => {
  it('should write one line per bead with both sides, flattening tabs and breaks', () => {
    expect(toTsv(beads, es, en)).toBe(
      es[0] + '\t' + en[0] + '\t0.9\n' + 'Segunda parte y fin.\tSecond part and end.\t0.5\n'
    )
    expect(toTsv([{es: [0], en: [0], score: 1}], ['a\r\nb'], ['c\nd'])).toBe('a b\tc d\t1\n')
  })

  it('should be empty for no beads with both sides', () => {
    expect(toTsv([{es: [0], en: [], score: 0}], ['a'], [])).toBe('')
  })
})
