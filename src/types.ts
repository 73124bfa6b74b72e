/**
 * Shared data shapes of glosa.
 *
 * This module is the base of the pipeline: it imports nothing from `src/`, and
 * every stage speaks in these types. Offsets are UTF-16 code-unit indices into
 * the original string (JavaScript string indices), end exclusive.
 */

/** A language glosa decides between. */
export type Lang = 'es' | 'en'

/** A language decision that may abstain (`'und'`: no evidence, or another language). */
export type LangDecision = Lang | 'und'

/** Language of a segment: `'mixed'` when it holds both languages. */
export type SegmentLang = Lang | 'mixed' | 'und'

/** Language of one token: `'other'` for tokens that carry no language evidence. */
export type TokenLang = Lang | 'other'

/** What a token is. */
export type TokenKind =
  | 'word'
  | 'name'
  | 'handle'
  | 'hashtag'
  | 'url'
  | 'number'
  | 'emoji'
  | 'punct'

/** A half-open range `[start, end)` of UTF-16 offsets. */
export interface Range {
  start: number
  end: number
}

/** One tagged token of a text. `text === source.slice(start, end)`. */
export interface TokenTag extends Range {
  text: string
  lang: TokenLang
  kind: TokenKind
}

/** Result of `detectLanguage`. `scores.es + scores.en === 1`. */
export interface LanguageResult {
  lang: LangDecision
  /** Confidence in `lang` in `[0, 1]` (0 when `lang` is `'und'` for lack of evidence). */
  confidence: number
  scores: {es: number; en: number}
}

/**
 * A pluggable detector (the `detector` option of detection functions).
 * Both methods must keep the contracts of `tagTokens` and `detectLanguage`.
 */
export interface Detector {
  tagTokens(text: string): TokenTag[]
  detectLanguage(text: string): LanguageResult
}

/** Kind of segment: a block (paragraph, heading, cell…), a sentence, or an inline span. */
export type SegmentKind = 'block' | 'sentence' | 'span'

/** A point in a document. */
export interface Point {
  /** Line, 1-indexed. */
  line: number
  /** Column, 1-indexed, in UTF-16 code units. */
  column: number
  /** UTF-16 offset into the document, 0-indexed. */
  offset: number
}

/** Start and end points of a range (what unist calls a position). */
export interface Position {
  start: Point
  end: Point
}

/** A segment of the markdown source. `text === markdown.slice(start, end)`. */
export interface Segment extends Range {
  /** Stable within one analysis: `b1`, `s1`, `p1`… (blocks, sentences, spans). */
  id: string
  text: string
  lang: SegmentLang
  confidence: number
  kind: SegmentKind
  /** Id of the enclosing segment (a sentence's block, a span's sentence) (optional). */
  parent?: string
  /** Line and column of `start` and `end` (set by `analyze`). */
  position?: Position
}

/** Status of a term (TBX administrativeStatus). */
export type TermStatus = 'preferred' | 'admitted' | 'deprecated' | 'superseded'

/** Type of a term (TBX termType, plus `handle` and `title`). */
export type TermType =
  | 'fullForm'
  | 'acronym'
  | 'shortForm'
  | 'handle'
  | 'variant'
  | 'title'

/**
 * How case is compared (memoQ's vocabulary).
 * - `exact`: letters must match in case (`ICE` never matches `ice`);
 * - `permissive`: upper-case letters of the term must be upper case in the text,
 *   lower-case ones may be either (`Guardia Nacional` matches `GUARDIA NACIONAL`,
 *   not `guardia nacional`);
 * - `insensitive`: any case.
 */
export type CaseRule = 'exact' | 'permissive' | 'insensitive'

/** A match of a glossary term in a text. */
export interface TermMatch extends Range {
  /** `source.slice(start, end)`. */
  text: string
  /** Concept id of the glossary entry (`mx-fgr`). */
  entry: string
  /** Language of the matched term. */
  lang: Lang
  /** The glossary form that matched (the term's text, or one of its `forms`). */
  form: string
  status: TermStatus
  /** Line and column of `start` and `end` (set by `analyze`). */
  position?: Position
}

/** A link between the Spanish and English side of a pair. */
export interface PairLink {
  es: [number, number]
  en: [number, number]
  kind: 'term' | 'number' | 'name' | 'cognate' | 'lexicon'
}

/** A Spanish passage paired with the English passage that translates it. */
export interface Pair {
  id: string
  /** Segment ids. */
  es: string[]
  en: string[]
  score: number
  links: PairLink[]
}

/** Severity of a message. */
export type Severity = 'error' | 'warning' | 'info'

/** A finding about the content, in remark-lint's spirit. */
export interface Message extends Range {
  ruleId: string
  reason: string
  severity: Severity
  expected?: string[]
  actual?: string
  /** Concept id the finding is about (optional). */
  entry?: string
  /** Line and column of `start` and `end` (set by `analyze`). */
  position?: Position
}

/** The JSON analysis of a markdown document. */
export interface Analysis {
  version: 1
  segments: Segment[]
  terms: TermMatch[]
  pairs: Pair[]
  messages: Message[]
}

// ---------------------------------------------------------------------------
// Glossary

/** Kind of concept. */
export type ConceptKind =
  | 'prosecutor'
  | 'police'
  | 'military'
  | 'ministry'
  | 'agency'
  | 'court'
  | 'embassy'
  | 'program'
  | 'criminal-organization'
  | 'title'
  | 'legislature'
  | 'international'
  | 'place'
  | 'legal'
  | 'other'

/** Jurisdiction of a concept. */
export type Jurisdiction =
  | 'mx-federal'
  | 'mx-state'
  | 'mx-municipal'
  | 'us-federal'
  | 'us-state'
  | 'binational'
  | 'international'

/** A phrase a term must or must not match (prh's specs). */
export interface TermTests {
  match?: string[]
  noMatch?: string[]
}

/** A term of a concept, as written in a glossary file. */
export interface Term {
  text: string
  lang: Lang
  type: TermType
  status: TermStatus
  /** (default: `'exact'` for acronyms and handles, `'permissive'` otherwise). */
  case?: CaseRule
  /** Inflected forms (plural, gender): `policías ministeriales`. */
  forms?: string[]
  gender?: 'masculine' | 'feminine' | 'neuter' | 'other'
  /** Languages of surrounding text this term may match in (default: both). */
  matchIn?: Lang[]
  /**
   * Only resolve to this concept when the concept is otherwise named in the
   * same document (a bare `Fiscalía` is the FGR only when the FGR is named).
   */
  requiresContext?: boolean
  notes?: string
  tests?: TermTests
}

/** A source backing a concept. */
export interface Source {
  url: string
  tier: 'official' | 'wikipedia' | 'news' | 'other'
  accessed?: string
}

/** A concept of the glossary (one YAML file). */
export interface Concept {
  /** Kebab-case, prefixed by jurisdiction family: `mx-fgr`, `us-ice`. */
  id: string
  kind: ConceptKind
  jurisdiction: Jurisdiction
  /** Concept id of the parent institution (AIC → `mx-fgr`). */
  parent?: string
  subjectField?: string
  /** ISO date the institution started. */
  validFrom?: string
  /** ISO date it ended (superseded concepts). */
  validUntil?: string
  /** Concept id of the successor. */
  replacedBy?: string
  /** Words around a superseded term that mark historical use (`extinta`, `former`). */
  historicalContexts?: string[]
  definition?: {en?: string; es?: string}
  terms: Term[]
  sources: Source[]
  notes?: string
}

/** Data to build a glossary from. */
export interface GlossaryData {
  concepts: Concept[]
}

/** A term with its concept id, as the compiled glossary lists them. */
export interface GlossaryTerm extends Term {
  concept: string
}

/** A compiled, validated glossary. Immutable. */
export interface Glossary {
  readonly concepts: readonly Concept[]
  /** Every term of every concept, in concept order. */
  readonly terms: readonly GlossaryTerm[]
  /** Look up a concept by id. */
  get(id: string): Concept | undefined
}
