import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {containerDepth, cutPoints, maxContainerDepth, parseMarkdown} from '../../src/util/markdown.js'

describe('containerDepth', () => {
  it('should count the container markers opening a line', () => {
    expect(containerDepth('plain')).toBe(0)
    expect(containerDepth('> a\n> > b\n')).toBe(2)
    expect(containerDepth('- a\n  - b\n1. > * c')).toBe(3)
    expect(containerDepth('1) a\r\n-\tb\r\n')).toBe(1)
    expect(containerDepth('-no space\n1234567890. ten digits\n')).toBe(0)
  })
})

describe('parseMarkdown', () => {
  it('should parse GFM and front matter', () => {
    const tree = parseMarkdown('---\na: 1\n---\n\n| a |\n| - |\n| b |\n')
    expect(tree?.children.map((node) => node.type)).toEqual(['yaml', 'table'])
  })

  it('should read directives only when asked', () => {
    expect(parseMarkdown(':es[hola]{}')?.children[0]).toMatchObject({type: 'paragraph', children: [{type: 'text'}]})
    expect(parseMarkdown(':es[hola]{}', true)?.children[0]).toMatchObject({type: 'paragraph', children: [{type: 'textDirective', name: 'es'}]})
  })

  it('should give up on documents nested deeper than the limit', () => {
    expect(parseMarkdown('> '.repeat(maxContainerDepth) + 'a')).toBeDefined()
    expect(parseMarkdown('> '.repeat(maxContainerDepth + 1) + 'a')).toBeUndefined()
    expect(parseMarkdown('- '.repeat(10_000) + 'a')).toBeUndefined()
  })
})

describe('parseMarkdown in pieces', () => {
  const plain = [
    'La FGR informó que *no* hubo agentes.', 'Texto con [enlace](https://x.mx) y `código`.', '# Título', 'Título\n===', '> cita\n> de dos líneas',
    '> cita\ncontinuada', '- uno\n- dos', '- uno\n\n- dos', '1. uno\n\n   más', '- uno\n\n      sangrado', '| a | b |\n| - | - |\n| c | d |',
    '    sangrado', '***', 'Línea  \ncon salto', '\tTab', 'Ünicode 🇲🇽', ':es[hola]{}', 'Hola\r\nmundo', 'texto [^1] y [ref][]', '> - a\n>\n>   b'
  ]
  const spanning = [
    '- a\n\n  ```\n  x\n\n  y\n  ```', '```\ncódigo\n\nAún código\n```', '~~~~\n~~~\n\nSigue\n~~~~', '::: nota\n\nDentro\n:::',
    '<script>\n\nAdentro\n</script>', '<!--\n\nOculto\n-->', '<div>\n\nhtml\n</div>', '[ref]: https://x.mx', '[^1]: nota'
  ]
  const block = fc.oneof(fc.constantFrom(...plain), fc.constantFrom(...plain, ...spanning))
  const separator = fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n', '\n \n')
  const document = fc
    .tuple(fc.constantFrom('', '---\na: 1\n\nb: 2\n---\n\n', '+++\na = 1\n+++\n'), fc.array(fc.tuple(block, separator), {maxLength: 12}))
    .map(([front, parts]) => front + parts.map(([a, b]) => a + b).join(''))

  it('should give the tree of the whole document', () => {
    fc.assert(
      fc.property(document, fc.boolean(), (markdown, directives) => {
        expect(parseMarkdown(markdown, directives, 1)).toEqual(parseMarkdown(markdown, directives, Number.POSITIVE_INFINITY))
      }),
      {numRuns: 2000}
    )
  })

  it('should cut a long article, and not one with definitions', () => {
    const article = 'Párrafo de prueba con la FGR.\n\n'.repeat(100)
    expect(cutPoints(article, 300).length).toBeGreaterThan(5)
    expect(cutPoints(article + '[a]: https://x.mx\n', 300)).toEqual([])
    expect(cutPoints('```\n' + article + '```\n', 300)).toEqual([])
  })
})
