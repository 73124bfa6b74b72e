/**
 * The mdast → hast → HTML steps of the render stage: the one module of
 * `render/` that imports rehype packages. (Parsing is `util/markdown.ts`,
 * shared with `prose/`, so analysis offsets fall on the same nodes.)
 */
import type {Root as HastRoot} from 'hast'
import type {Root} from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {overflowGuard} from '../util/markdown.js'

const toHast = unified().use(remarkRehype)
const stringifier = unified().use(rehypeStringify)

/**
 * Turn mdast into hast (raw HTML is dropped, never passed through).
 *
 * @param tree
 *   mdast tree (custom nodes become elements through `data.hName`).
 * @returns
 *   hast tree, or `undefined` when the tree is too deep.
 */
export function mdastToHast(tree: Root): HastRoot | undefined {
  return overflowGuard(() => toHast.runSync(tree) as HastRoot)
}

/**
 * Serialize hast to HTML (every text and attribute value escaped).
 *
 * @param tree
 *   hast tree.
 * @returns
 *   HTML, or `undefined` when the tree is too deep.
 */
export function hastToHtml(tree: HastRoot): string | undefined {
  return overflowGuard(() => stringifier.stringify(tree))
}
