/**
 * A small interpreter of `glossary/schema.json`, the single source of truth
 * of the concept format.
 *
 * It understands the subset of JSON Schema 2020-12 the schema uses (`type`,
 * `enum`, `pattern`, `minItems`, `uniqueItems`, `items`, `properties`,
 * `required`, `additionalProperties: false`, local `$ref`), plus VS Code's
 * `patternErrorMessage` annotation for readable reasons. Compiling a schema
 * with any other validation keyword throws, so the schema cannot drift into
 * rules this interpreter would silently skip.
 *
 * Unlike a generic validator it reports every problem at once, with a path,
 * names the nearest valid field or value, and rejects `__proto__`,
 * `constructor` and `prototype` keys. It never writes to the value it checks.
 */
import schemaJson from '../../glossary/schema.json' with {type: 'json'}
import {nearest} from './nearest.js'
import {nfc} from './nfc.js'
import type {GlossaryProblem, PathSegment} from './problem.js'
import {formatPath} from './problem.js'

/** JSON Schema subset as written in `schema.json`. */
export interface SchemaNode {
  $schema?: string
  $id?: string
  $comment?: string
  $defs?: Record<string, SchemaNode>
  $ref?: string
  title?: string
  description?: string
  markdownDescription?: string
  patternErrorMessage?: string
  type?: JsonType
  enum?: unknown[]
  pattern?: string
  minItems?: number
  uniqueItems?: boolean
  items?: SchemaNode
  properties?: Record<string, SchemaNode>
  required?: string[]
  additionalProperties?: boolean
}

/** A JSON type, as `type` names it. */
export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null'

/** A compiled schema node. */
export interface CompiledNode {
  type: JsonType | undefined
  enum: readonly unknown[] | undefined
  pattern: RegExp | undefined
  patternMessage: string | undefined
  minItems: number | undefined
  uniqueItems: boolean
  items: CompiledNode | undefined
  /** Known fields, in schema order. */
  properties: Map<string, CompiledNode> | undefined
  required: readonly string[]
  closed: boolean
}

const annotations = new Set([
  '$schema',
  '$id',
  '$comment',
  '$defs',
  'title',
  'description',
  'markdownDescription',
  'patternErrorMessage',
  'examples',
  'default'
])
const validations = new Set([
  'type',
  'enum',
  'pattern',
  'minItems',
  'uniqueItems',
  'items',
  'properties',
  'required',
  'additionalProperties'
])

/** Keys that are never fields: reading or writing them is how prototypes get polluted. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** The concept schema, as shipped in `glossary/schema.json`. */
export const conceptSchema = schemaJson as SchemaNode

let compiledConcept: CompiledNode | undefined

/**
 * Get the compiled concept schema (compiled once, on first use).
 *
 * @returns
 *   Compiled root node.
 */
export function conceptNode(): CompiledNode {
  compiledConcept ??= compileSchema(conceptSchema)
  return compiledConcept
}

/**
 * Compile a schema.
 *
 * @param root
 *   Schema (JSON Schema subset).
 * @returns
 *   Compiled root node.
 * @throws
 *   When the schema uses a keyword this interpreter does not implement.
 */
export function compileSchema(root: SchemaNode): CompiledNode {
  const cache = new Map<SchemaNode, CompiledNode>()
  return compile(root, '#')

  function compile(node: SchemaNode, where: string): CompiledNode {
    if (node.$ref !== undefined) return compile(resolve(node, where), node.$ref)
    const cached = cache.get(node)
    if (cached) return cached

    for (const key of Object.keys(node)) {
      if (!annotations.has(key) && !validations.has(key)) {
        throw new Error('Unexpected schema keyword `' + key + '` at `' + where + '`, expected one of ' + list([...validations]))
      }
    }

    const compiled: CompiledNode = {
      type: node.type,
      enum: node.enum,
      pattern: node.pattern === undefined ? undefined : new RegExp(node.pattern, 'u'),
      patternMessage: node.patternErrorMessage,
      minItems: node.minItems,
      uniqueItems: node.uniqueItems === true,
      items: undefined,
      properties: undefined,
      required: node.required ?? [],
      closed: node.additionalProperties === false
    }
    cache.set(node, compiled)
    if (node.items) compiled.items = compile(node.items, where + '/items')
    if (node.properties) {
      compiled.properties = new Map(
        Object.entries(node.properties).map(([key, child]) => [key, compile(child, where + '/properties/' + key)])
      )
    }

    return compiled
  }

  function resolve(node: SchemaNode, where: string): SchemaNode {
    for (const key of Object.keys(node)) {
      if (validations.has(key)) {
        throw new Error('Unexpected schema keyword `' + key + '` beside `$ref` at `' + where + '`')
      }
    }

    const match = /^#\/\$defs\/([\w-]+)$/.exec(node.$ref!)
    const target = match ? root.$defs?.[match[1]!] : undefined
    if (!target) throw new Error('Unexpected `$ref` `' + node.$ref + '` at `' + where + '`, expected `#/$defs/name`')
    return target
  }
}

/**
 * Check a value against a compiled schema node, collecting every problem.
 *
 * @param node
 *   Compiled schema node.
 * @param value
 *   Value to check (never modified).
 * @param path
 *   Path of `value` (mutated while walking, restored on return).
 * @param report
 *   Called with each problem (path copied).
 */
export function checkValue(
  node: CompiledNode,
  value: unknown,
  path: PathSegment[],
  report: (problem: Omit<GlossaryProblem, 'index' | 'id'>) => void
): void {
  const actual = typeOf(value)

  if (node.type !== undefined && actual !== node.type && !(node.type === 'number' && actual === 'integer')) {
    report({
      ruleId: 'wrong-type',
      reason: 'Unexpected ' + describe(value) + ' for `' + formatPath(path) + '`, expected ' + article(node.type),
      path: [...path]
    })
    return
  }

  if (node.enum && !node.enum.includes(value)) {
    const close = typeof value === 'string' ? nearest(value, node.enum.map(String)) : undefined
    report({
      ruleId: 'unexpected-value',
      reason:
        'Unexpected ' +
        (typeof value === 'string' ? '`' + formatPath(path) + '` value ' + show(value) : describe(value) + ' for `' + formatPath(path) + '`') +
        ', expected ' +
        (close === undefined ? list(node.enum.map(String)) : '`' + close + '`'),
      path: [...path]
    })
    return
  }

  if (actual === 'string' && node.pattern && !node.pattern.test(value as string)) {
    report({
      ruleId: 'unexpected-value',
      reason:
        'Unexpected `' + formatPath(path) + '` value ' + show(value) + ', expected ' + (node.patternMessage ?? 'a match of `' + node.pattern.source + '`'),
      path: [...path]
    })
  } else if (actual === 'array') {
    checkArray(node, value as unknown[], path, report)
  } else if (actual === 'object') {
    checkObject(node, value as Record<string, unknown>, path, report)
  }
}

/**
 * @param node
 *   Compiled node of an array.
 * @param value
 *   Array.
 * @param path
 *   Path of `value`.
 * @param report
 *   Called with each problem.
 */
function checkArray(
  node: CompiledNode,
  value: unknown[],
  path: PathSegment[],
  report: (problem: Omit<GlossaryProblem, 'index' | 'id'>) => void
): void {
  if (node.minItems !== undefined && value.length < node.minItems) {
    report({
      ruleId: 'empty-list',
      reason: 'Unexpected ' + (value.length === 0 ? 'empty' : 'short') + ' list `' + formatPath(path) + '`, expected at least ' + node.minItems + (node.minItems === 1 ? ' item' : ' items'),
      path: [...path]
    })
  }

  // Note: strings compare in NFC, as the compiled glossary stores them.
  const seen = node.uniqueItems ? new Set<unknown>() : undefined

  for (let index = 0; index < value.length; index++) {
    const item = value[index]
    path.push(index)
    if (node.items) checkValue(node.items, item, path, report)
    if (seen) {
      const key = typeof item === 'string' ? nfc(item) : item
      if (seen.has(key) && typeOf(item) !== 'object' && typeOf(item) !== 'array') {
        report({
          ruleId: 'duplicate-item',
          reason: 'Unexpected duplicate ' + show(item) + ' in `' + formatPath(path.slice(0, -1)) + '`',
          path: [...path]
        })
      }

      seen.add(key)
    }

    path.pop()
  }
}

/**
 * @param node
 *   Compiled node of an object.
 * @param value
 *   Plain object (its own enumerable keys are read, nothing else).
 * @param path
 *   Path of `value`.
 * @param report
 *   Called with each problem.
 */
function checkObject(
  node: CompiledNode,
  value: Record<string, unknown>,
  path: PathSegment[],
  report: (problem: Omit<GlossaryProblem, 'index' | 'id'>) => void
): void {
  const fields = node.properties ?? new Map<string, CompiledNode>()
  const keys = Object.keys(value)

  for (const key of keys) {
    path.push(key)
    const field = forbiddenKeys.has(key) ? undefined : fields.get(key)

    if (field) {
      const child = own(value, key)
      if (child !== undefined) checkValue(field, child, path, report)
    } else if (forbiddenKeys.has(key)) {
      report({ruleId: 'forbidden-field', reason: 'Unexpected field `' + key + '`, which is never allowed', path: [...path], key: true})
    } else if (node.closed) {
      const close = nearest(key, [...fields.keys()])
      report({
        ruleId: 'unexpected-field',
        reason:
          'Unexpected field ' + show(key) + (path.length > 1 ? ' in `' + formatPath(path.slice(0, -1)) + '`' : '') + ', expected ' +
          (close === undefined ? list([...fields.keys()]) : '`' + close + '`'),
        path: [...path],
        key: true
      })
    }

    path.pop()
  }

  for (const key of node.required) {
    if (own(value, key) === undefined) {
      report({
        ruleId: 'missing-field',
        reason: 'Missing required field `' + key + '`' + (path.length > 0 ? ' in `' + formatPath(path) + '`' : ''),
        path: [...path]
      })
    }
  }
}

/**
 * Read an own data property without running getters.
 *
 * @param value
 *   Object.
 * @param key
 *   Key.
 * @returns
 *   Value of the own data property, or `undefined`.
 */
export function own(value: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(value, key)?.value as unknown
}

/**
 * Name the JSON type of a value; `'other'` for what JSON cannot hold.
 *
 * @param value
 *   Value.
 * @returns
 *   JSON type, or `'other'` (class instances, `undefined`, functions…).
 */
export function typeOf(value: unknown): JsonType | 'other' {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'string') return 'string'
  if (typeof value === 'boolean') return 'boolean'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : Number.isFinite(value) ? 'number' : 'other'
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown
    return proto === null || proto === Object.prototype ? 'object' : 'other'
  }

  return 'other'
}

/**
 * @param value
 *   Any value.
 * @returns
 *   Short description (`number \`3\``, `a list`, `an empty value`).
 */
function describe(value: unknown): string {
  const type = typeOf(value)
  if (type === 'null') return 'empty value'
  if (type === 'array') return 'list'
  if (type === 'object') return 'map'
  if (type === 'string') return 'string ' + show(value)
  if (type === 'integer' || type === 'number' || type === 'boolean') return type.replace('integer', 'number') + ' `' + String(value) + '`'
  if (value instanceof Date) return 'date (quote it)'
  return typeof value === 'object' ? 'object' : typeof value
}

/**
 * @param type
 *   JSON type.
 * @returns
 *   The type with an article (`a string`, `a map`).
 */
function article(type: JsonType): string {
  return {object: 'a map', array: 'a list', string: 'a string', number: 'a number', integer: 'an integer', boolean: '`true` or `false`', null: 'an empty value'}[type]
}

/**
 * @param value
 *   Value.
 * @returns
 *   The value in backticks, shortened.
 */
function show(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value)
  return '`' + (text.length > 40 ? text.slice(0, 39) + '…' : text).replace(/`/g, "'").replace(/[\n\r]/g, '⏎') + '`'
}

/**
 * @param values
 *   Values.
 * @returns
 *   `` `a`, `b`, or `c` ``.
 */
function list(values: readonly string[]): string {
  const quoted = values.map((value) => '`' + value + '`')
  if (quoted.length < 3) return quoted.join(' or ')
  return 'one of ' + quoted.slice(0, -1).join(', ') + ', or ' + quoted.at(-1)
}
