import {describe, expect, it} from 'vitest'
import * as detect from '../../src/detect.js'
import * as glosa from '../../src/index.js'

describe('glosa/detect', () => {
  it('should export the detection functions of the main entry, and nothing else', () => {
    expect(Object.keys(detect).sort()).toEqual(['defaultDetector', 'detectLanguage', 'tagTokens'])
    expect(detect.detectLanguage).toBe(glosa.detectLanguage)
    expect(detect.tagTokens).toBe(glosa.tagTokens)
    expect(detect.defaultDetector).toBe(glosa.defaultDetector)
  })

  it('should detect on its own', () => {
    expect(detect.detectLanguage('coordinación sin subordinación').lang).toBe('es')
  })
})
