/**
 * `remarkGlosa`: analyze the document a remark pipeline processes.
 *
 * Thin glue around `analyze`: the analysis goes on `file.data.glosa`, and
 * each of its messages becomes a vfile message in remark-lint's shape
 * (`place`, `ruleId`, `source: 'glosa'`, `actual`, `expected`). The tree is
 * not changed, so the plugin composes with remark-gfm, remark-frontmatter,
 * remark-rehype and the rest.
 *
 * This module has a default export too, for remark-cli configuration files
 * (`.remarkrc.json`: `{"plugins": ["glosa/remark"]}`).
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {analyze, type AnalyzeOptions} from './analyze.js'
import {reportMessages} from './render/index.js'
import type {Analysis} from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** Analysis of the document by `remarkGlosa`. */
    glosa: Analysis
  }
}

/** Configuration of `remarkGlosa`: that of `analyze` (`glossary`, `detector`, `date`). */
export interface RemarkGlosaOptions extends AnalyzeOptions {}

/**
 * Analyze each file: store the analysis on `file.data.glosa` and report its
 * messages (`error` as fatal messages, `warning` as messages, `info` as
 * info).
 *
 * The analysis is of the file's value (the document as read), not of the
 * tree, so offsets, lines and columns point into the original.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 *
 * @example
 *   const file = await unified().use(remarkParse).use(remarkGlosa).use(remarkStringify).process('La PGR dijo.')
 *   file.data.glosa?.terms[0]?.entry // => 'mx-pgr'
 */
export function remarkGlosa(options?: RemarkGlosaOptions | null | undefined): (tree: Root, file: VFile) => undefined {
  return function (_tree, file) {
    const document = String(file)
    const analysis = analyze(document, options)
    file.data.glosa = analysis
    reportMessages(file, document, analysis.messages)
  }
}

export default remarkGlosa
