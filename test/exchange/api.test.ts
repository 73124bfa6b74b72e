import {describe, expect, it} from 'vitest'
import * as exchange from '../../src/node/exchange/index.js'

describe('glosa/node exchange api', () => {
  it('should expose the public api', () => {
    expect(Object.keys(exchange).sort()).toEqual([
      'ExchangeError',
      'conceptToYaml',
      'exportFormats',
      'exportGlossary',
      'importGlossary',
      'toI18nextBundles'
    ])
  })
})
