import {describe, expect, it} from 'vitest'
import {containerDepth, maxContainerDepth, parseMarkdown} from '../../src/util/markdown.js'

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
