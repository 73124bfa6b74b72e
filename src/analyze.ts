/**
 * The one place that knows the order of the stages.
 *
 * markdown → prose blocks → sentences and quoted spans → token tags and
 * segment languages → term matches and checks → bilingual pairs → Analysis.
 * Every stage is a pure function of its own folder; this module only moves
 * data between them and maps plain-text offsets back to the markdown source.
 */
import type {Root} from 'mdast'
import {pairSegments} from './align/index.js'
import {defaultDetector} from './detect/index.js'
import {languageRuns, segmentLanguage} from './detect/index.js'
import {defaultGlossary} from './glossary/index.js'
import {matchTerms} from './match/index.js'
import {checkTerms} from './messages/index.js'
import {extractProse, toSourceRange, type ProseBlock} from './prose/index.js'
import {withPositions} from './render/index.js'
import {findQuotes, splitSentences, type Sentence} from './segment/index.js'
import {parseMarkdown} from './util/markdown.js'
import type {
  Analysis,
  Detector,
  Glossary,
  Lang,
  LanguageResult,
  Message,
  Segment,
  SegmentLang,
  TermMatch,
  TokenTag
} from './types.js'

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** Glossary to match terms against (default: `defaultGlossary`). */
  glossary?: Glossary | null | undefined
  /** Language detector (default: glosa's word model). */
  detector?: Detector | null | undefined
  /** ISO date the article is current at, for superseded terms (default: today). */
  date?: string | null | undefined
}

/** A part of the document text with its language, for the matcher. */
interface LanguagePart {
  start: number
  end: number
  lang: SegmentLang
}

/** What segments of one block are made from. */
interface SegmentContext {
  markdown: string
  block: ProseBlock
  /** Detector that checks single-language segments for other languages. */
  detector: Detector
}

/** Separator between blocks in the document text handed to the matcher. */
const blockSeparator = '\n\n'

/**
 * Analyze a markdown article.
 *
 * @param markdown
 *   Markdown source.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Segments with their language, term matches, bilingual pairs and messages;
 *   every offset is a UTF-16 index into `markdown`, and segments, terms and
 *   messages carry their line and column too (`position`).
 *
 * @example
 *   analyze('La FGR informó.').segments[0].lang // => 'es'
 */
export function analyze(markdown: string, options?: AnalyzeOptions | null | undefined): Analysis {
  if (typeof markdown !== 'string') {
    throw new TypeError('Unexpected `markdown` of type `' + typeof markdown + '`, expected `string`')
  }

  return analyzeTree(markdown, parseMarkdown(markdown), options)
}

/**
 * Analyze a markdown article already parsed (so the HTML output parses once).
 *
 * @param markdown
 *   Markdown source.
 * @param tree
 *   `parseMarkdown(markdown)` (read, not changed), or `undefined` for a
 *   document too deep to parse (analysed as plain text).
 * @param options
 *   Configuration (optional).
 * @returns
 *   Analysis, as `analyze` makes it.
 */
export function analyzeTree(markdown: string, tree: Root | undefined, options?: AnalyzeOptions | null | undefined): Analysis {
  const glossary = options?.glossary ?? defaultGlossary
  const detector = options?.detector ?? defaultDetector
  const date = options?.date ?? new Date().toISOString().slice(0, 10)
  const blocks = extractProse(markdown, tree)
  const {segments, parts} = segmentBlocks(markdown, blocks, detector)

  const document = documentText(blocks)
  const toSource = (start: number, end: number) => documentToSource(document, blocks, start, end)
  const found = matchTerms(document.text, {glossary, spans: parts})
  const terms: TermMatch[] = found.map((match) => {
    const [start, end] = toSource(match.start, match.end)
    return {...match, start, end, text: markdown.slice(start, end)}
  })

  const messages: Message[] = checkTerms(document.text, found, {glossary, date, spans: parts}).map((message) => {
    const [start, end] = toSource(message.start, message.end)
    return {...message, start, end}
  })

  const {pairs, unaligned} = pairSegments(segments, terms, {glossary})
  const byId = new Map(segments.map((segment) => [segment.id, segment]))
  for (const id of unaligned) messages.push(unalignedMessage(byId.get(id)))
  messages.sort((a, b) => a.start - b.start || a.end - b.end)

  return withPositions(markdown, {version: 1, segments, terms, pairs, messages})
}

/** Build block, sentence and span segments, and the language parts of the document text. */
function segmentBlocks(
  markdown: string,
  blocks: ProseBlock[],
  detector: Detector
): {segments: Segment[]; parts: LanguagePart[]} {
  const segments: Segment[] = []
  const parts: LanguagePart[] = []
  const count = {block: 0, sentence: 0, span: 0}
  const remembering = rememberLanguages(detector)
  let offset = 0

  for (const block of blocks) {
    const context: SegmentContext = {markdown, block, detector: remembering}
    const tags = detector.tagTokens(block.text)
    const sentences = splitSentences(block.text)
    const prose = sentences.flatMap((sentence) => (sentence.attribution ? [] : tagsIn(tags, sentence)))
    const blockSegment = segmentOf(context, 0, block.text.length, prose, 'block', 'b' + ++count.block)
    segments.push(blockSegment)

    for (const sentence of sentences) {
      const own = tagsIn(tags, sentence)
      const id = 's' + ++count.sentence
      const segment = segmentOf(context, sentence.start, sentence.end, own, 'sentence', id, blockSegment.id)
      if (sentence.attribution) Object.assign(segment, {lang: 'und', confidence: 0})
      segments.push(segment)
      const spans = spansOf(context, sentence, segment.lang, own)
      for (const span of spans) {
        const spanId = 'p' + ++count.span
        segments.push(segmentOf(context, span.start, span.end, tagsIn(own, span), 'span', spanId, id))
      }

      parts.push(...languageParts(sentence, segment.lang, spans, offset))
    }

    offset += block.text.length + blockSeparator.length
  }

  return {segments, parts}
}

/**
 * The detector, remembering its whole-text answers for one analysis (a block
 * and its only sentence ask about the same text).
 */
function rememberLanguages(detector: Detector): Detector {
  const answers = new Map<string, LanguageResult>()
  return {
    tagTokens: (text) => detector.tagTokens(text),
    detectLanguage(text) {
      let answer = answers.get(text)
      if (!answer) answers.set(text, (answer = detector.detectLanguage(text)))
      return answer
    }
  }
}

/** Spans of a sentence: code-switched runs of a mixed sentence, or quotes in another language. */
function spansOf(context: SegmentContext, sentence: Sentence, lang: SegmentLang, tags: TokenTag[]): Array<Sentence & {lang: Lang}> {
  if (lang === 'mixed') return languageRuns(tags)
  const spans: Array<Sentence & {lang: Lang}> = []
  for (const quote of findQuotes(context.block.text.slice(sentence.start, sentence.end))) {
    const range = {start: sentence.start + quote.start, end: sentence.start + quote.end}
    const quoted = segmentLanguage(tagsIn(tags, range), context)
    if ((quoted.lang === 'es' || quoted.lang === 'en') && quoted.lang !== lang) {
      spans.push({...range, lang: quoted.lang})
    }
  }

  return spans
}

/** One segment, with its language from its tags and its source range. */
function segmentOf(
  context: SegmentContext,
  start: number,
  end: number,
  tags: TokenTag[],
  kind: Segment['kind'],
  id: string,
  parent?: string
): Segment {
  const [from, to] = toSourceRange(context.block, start, end)
  const {lang, confidence} = segmentLanguage(tags, context)
  const segment: Segment = {id, start: from, end: to, text: context.markdown.slice(from, to), lang, confidence, kind}
  if (parent) segment.parent = parent
  return segment
}

/** Partition a sentence (in document coordinates) by language: its spans, and the rest. */
function languageParts(sentence: Sentence, lang: SegmentLang, spans: Array<Sentence & {lang: Lang}>, offset: number): LanguagePart[] {
  const parts: LanguagePart[] = []
  let cursor = sentence.start
  for (const span of spans) {
    if (span.start > cursor) parts.push({start: offset + cursor, end: offset + span.start, lang})
    parts.push({start: offset + span.start, end: offset + span.end, lang: span.lang})
    cursor = span.end
  }

  if (sentence.end > cursor) parts.push({start: offset + cursor, end: offset + sentence.end, lang})
  return parts
}

/** The text the matcher sees: every block's plain text, separated by a blank line. */
function documentText(blocks: ProseBlock[]): {text: string; starts: number[]} {
  const starts: number[] = []
  let offset = 0
  for (const block of blocks) {
    starts.push(offset)
    offset += block.text.length + blockSeparator.length
  }

  return {text: blocks.map((block) => block.text).join(blockSeparator), starts}
}

/** Map a range of the document text to the markdown source. */
function documentToSource(
  document: {starts: number[]},
  blocks: ProseBlock[],
  start: number,
  end: number
): [number, number] {
  const index = blockAt(document.starts, start)
  const block = blocks[index]
  if (!block) return [0, 0]
  const base = document.starts[index]!
  const from = Math.min(Math.max(start - base, 0), block.text.length)
  const to = Math.min(Math.max(end - base, from), block.text.length)
  if (to === from) {
    const point = from < block.text.length ? block.starts[from]! : block.ends[block.text.length - 1]!
    return [point, point]
  }

  return toSourceRange(block, from, to)
}

/** Index of the block whose document range holds `offset` (binary search). */
function blockAt(starts: number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }

  return low
}

/** Tags inside a range (tags are ordered: binary search, then a slice). */
function tagsIn(tags: TokenTag[], range: {start: number; end: number}): TokenTag[] {
  let low = 0
  let high = tags.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tags[middle]!.start < range.start) low = middle + 1
    else high = middle
  }

  let end = low
  while (end < tags.length && tags[end]!.end <= range.end) end++
  return tags.slice(low, end)
}

/** The `unaligned-segment` message for a Spanish segment with no English counterpart. */
function unalignedMessage(segment: Segment | undefined): Message {
  return {
    ruleId: 'unaligned-segment',
    reason: 'Unexpected Spanish passage without an English counterpart',
    severity: 'info',
    start: segment?.start ?? 0,
    end: segment?.end ?? 0
  }
}
