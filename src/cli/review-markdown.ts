/**
 * A review as a readable markdown document: a heading, a list of forms and
 * renderings, a table of mentions and the findings, per concept.
 */
import type {ConceptReview, Review} from './review.js'

/** Translate a key of the report's namespace. */
export type Translate = (key: string, options?: Record<string, unknown>) => string

/** Most places listed for one name the glossary lacks. */
const placesShown = 5

/**
 * Format a review as markdown.
 *
 * Article text (terms, file names, reasons) is escaped, so the document
 * renders as written: no markup, links or HTML come from the articles.
 *
 * @param review
 *   Collected review.
 * @param t
 *   Translator of the report's strings.
 * @returns
 *   Markdown, ending in a line feed.
 */
export function formatReviewMarkdown(review: Review, t: Translate): string {
  const mentions = review.concepts.reduce((sum, concept) => sum + concept.mentions, 0)
  const blocks = [
    '# ' + t('title'),
    [t('files', {count: review.files.length}), t('concepts', {count: review.concepts.length}), t('mentionCount', {count: mentions})].join(' · ')
  ]

  if (review.failed.length > 0) {
    blocks.push('## ' + t('failed'), review.failed.map((item) => '- ' + escape(item.file) + ': ' + escape(item.error)).join('\n'))
  }

  if (review.concepts.length === 0) blocks.push(t('none'))
  for (const concept of review.concepts) blocks.push(...conceptBlocks(concept, t))

  if (review.candidates.length > 0) {
    blocks.push('## ' + t('candidates'), t('candidatesIntro'), table(
      [t('text'), t('mentions'), t('where')],
      review.candidates.map((candidate) => [
        escape(candidate.text),
        String(candidate.count),
        candidate.places.slice(0, placesShown).map((place) => escape(place.file + ':' + place.line + ':' + place.column)).join(', ') +
          (candidate.places.length > placesShown ? ', …' : '')
      ])
    ))
  }

  return blocks.join('\n\n') + '\n'
}

/** Blocks of one concept. */
function conceptBlocks(concept: ConceptReview, t: Translate): string[] {
  const names = [concept.names.es, concept.names.en].filter((name) => name !== undefined)
  const heading = '## ' + (names.length > 0 ? names.map((name) => escape(name)).join(' · ') : escape(concept.entry))
  const summary = [
    '`' + concept.entry.replace(/`/g, '') + '`',
    t('mentionCount', {count: concept.mentions}),
    concept.consistent ? t('consistent') : t('inconsistent')
  ].join(' · ')

  const facts: string[] = []
  for (const lang of ['es', 'en'] as const) {
    const forms = concept.forms[lang]
    if (forms.length === 0) continue
    facts.push('- ' + t('forms_' + lang) + ': ' + forms.map((form) => escape(form.form) + ' ×' + form.count + (form.status === 'preferred' ? '' : ' (' + t('status_' + form.status) + ')')).join(', '))
  }

  if (!concept.consistent) facts.push('- ' + t('variants') + ': ' + concept.variants.map((variant) => escape(variant)).join('; '))
  if (concept.renderings.length > 0) {
    facts.push('- ' + t('renderings') + ': ' + concept.renderings.map((item) => escape(item.es) + ' (es) ↔ ' + escape(item.en) + ' (en) ×' + item.count + (item.esEntry === item.enEntry ? '' : ' ⚠ ' + t('otherConcept'))).join('; '))
  }

  const rows = concept.occurrences.map((occurrence) => [
    escape(occurrence.file + ':' + occurrence.line + ':' + occurrence.column),
    occurrence.lang,
    escape(occurrence.text),
    t('status_' + occurrence.status),
    occurrence.renderedAs.map((other) => escape(other.text) + ' (' + other.lang + ')').join(', ')
  ])
  const blocks = [heading, summary, facts.join('\n'), table([t('where'), t('language'), t('text'), t('status'), t('renderedAs')], rows)]

  if (concept.findings.length > 0) {
    blocks.push(
      t('findings') + ':\n\n' +
        concept.findings
          .map((item) => '- ' + escape(item.file + ':' + item.line + ':' + item.column) + ' ' + t('severity_' + item.severity) + ' `' + item.ruleId + '`: ' + escape(item.reason))
          .join('\n')
    )
  }

  return blocks.filter((block) => block !== '')
}

/** A GFM table. */
function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => '| ' + cells.join(' | ') + ' |'
  return [line(header), line(header.map(() => '---')), ...rows.map((row) => line(row))].join('\n')
}

/**
 * Escape article text for markdown: the punctuation that can make emphasis,
 * code, links, HTML, entities or table cells gets a backslash; line breaks
 * become spaces (a table cell is one line).
 */
function escape(value: string): string {
  return value.replace(/[\u0000-\u001F\u007F\u2028\u2029]+/g, ' ').replace(/[\\`*_[\]<>|~&]/g, '\\$&')
}
