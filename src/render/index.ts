/**
 * The render stage: an analysis as HTML or annotated markdown, positions of
 * offsets, and the way back from annotated markdown.
 */
export {annotate, annotateTree, type AnnotateOptions} from './annotate.js'
export {renderHtml, renderHtmlTree, type RenderHtmlOptions} from './html.js'
export {
  createLocator,
  withPositions,
  type Positioned,
  type PositionedAnalysis
} from './positions.js'
export {reportMessages} from './report.js'
export {isSafeUrl} from './safe-url.js'
export {stripAnnotations} from './strip.js'
export {trailer as annotatedTrailer} from './syntax.js'
