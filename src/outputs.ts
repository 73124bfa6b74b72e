/**
 * The public outputs: analyze, then render.
 */
import {analyzeTree, type AnalyzeOptions} from './analyze.js'
import {defaultGlossary} from './glossary/index.js'
import {annotateTree, renderHtmlTree, stripAnnotations, type AnnotateOptions, type RenderHtmlOptions} from './render/index.js'
import {parseMarkdown} from './util/markdown.js'

export {stripAnnotations} from './render/index.js'

/** Configuration of `toHtml`: analysis options and rendering options. */
export interface ToHtmlOptions extends AnalyzeOptions, RenderHtmlOptions {}

/** Configuration of `annotateMarkdown`: analysis options and the document language. */
export interface AnnotateMarkdownOptions extends AnalyzeOptions, AnnotateOptions {}

/**
 * Render a markdown article as HTML with `lang` on every passage in the other
 * language, marked glossary terms and linked bilingual pairs.
 *
 * Annotated markdown is stripped first, so its HTML is that of the original.
 *
 * @param markdown
 *   Markdown source.
 * @param options
 *   Configuration (optional): `glossary`, `detector`, `date`, `lang`
 *   (document language, default `'en'`), `document` (whole page), `title`,
 *   `idPrefix`.
 * @returns
 *   HTML.
 *
 * @example
 *   toHtml('> La FGR informó.')
 *   // => '<div lang="en"><blockquote>\n<p lang="es">La <abbr title="Fiscalía General de la República — Attorney General’s Office" data-glosa-entry="mx-fgr">FGR</abbr> informó.</p>\n</blockquote></div>'
 */
export function toHtml(markdown: string, options?: ToHtmlOptions | null | undefined): string {
  const original = stripAnnotations(markdown)
  // One parse for both: analysis reads the tree, then rendering changes it.
  const tree = parseMarkdown(original)
  const analysis = analyzeTree(original, tree, options)
  return renderHtmlTree(original, tree, analysis, {...options, glossary: options?.glossary ?? defaultGlossary})
}

/**
 * Annotate a markdown article in directive syntax:
 * `:es[coordinación sin subordinación]{pair=a1}`, `:term[FGR]{id=mx-fgr}`.
 *
 * Lossless (`stripAnnotations` gives the original back byte for byte) and
 * idempotent (annotated markdown is stripped, then annotated again).
 *
 * @param markdown
 *   Markdown source, plain or annotated.
 * @param options
 *   Configuration (optional): `glossary`, `detector`, `date`, `lang`
 *   (document language, default `'en'`).
 * @returns
 *   Annotated markdown, ending in `<!-- glosa:annotated v1 -->`.
 *
 * @example
 *   stripAnnotations(annotateMarkdown(markdown)) === markdown // => true
 */
export function annotateMarkdown(markdown: string, options?: AnnotateMarkdownOptions | null | undefined): string {
  const original = stripAnnotations(markdown)
  const tree = parseMarkdown(original)
  return annotateTree(original, tree, analyzeTree(original, tree, options), options)
}
