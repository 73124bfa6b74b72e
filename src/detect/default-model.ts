/**
 * The bundled model, decoded on first use.
 *
 * Nothing is decoded at import; the first detection call decodes the base64
 * tables once (a few milliseconds).
 */

import {decodeModel, type Model} from './model.js'
import {modelData} from './model-data.js'

let cache: Model | undefined

/**
 * Get the decoded bundled model.
 *
 * @returns
 *   Model.
 */
export function loadModel(): Model {
  if (!cache) cache = decodeModel(modelData)
  return cache
}
