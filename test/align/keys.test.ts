import {describe, expect, it} from 'vitest'
import {createKeyTable, intern, internRegistered, register} from '../../src/align/keys.js'

describe('key tables', () => {
  it('should give dense ids per table, the same id for the same key', () => {
    const table = createKeyTable()
    expect(intern(table, 'w:agent')).toBe(0)
    expect(intern(table, '#5')).toBe(1)
    expect(intern(table, 'w:agent')).toBe(0)
    expect(internRegistered(table, register('#5'))).toBe(1)
    expect(table.names).toEqual(['w:agent', '#5'])
  })

  it('should keep ids of an older table consistent after a newer table is created', () => {
    const older = createKeyTable()
    expect(intern(older, 'n:mexico')).toBe(0)
    const newer = createKeyTable()
    expect(intern(newer, 'w:border')).toBe(0)
    expect(intern(newer, 'n:mexico')).toBe(1)
    expect(intern(older, 'n:mexico')).toBe(0)
    expect(internRegistered(older, register('w:border'))).toBe(1)
    expect(intern(older, 'w:border')).toBe(1)
    expect(older.names).toEqual(['n:mexico', 'w:border'])
    expect(intern(newer, 'w:border')).toBe(0)
    expect(newer.names).toEqual(['w:border', 'n:mexico'])
  })

  it('should treat `__proto__` as a plain key', () => {
    const table = createKeyTable()
    expect(intern(table, '__proto__')).toBe(0)
    expect(intern(table, 'constructor')).toBe(1)
    expect(intern(table, '__proto__')).toBe(0)
  })
})
