/**
 * Tuned constants of the detector (nats unless said otherwise).
 *
 * They were tuned for phenomena (single words, code-switched tweets, titles
 * in another language, neighbouring Romance languages), not for one file; see
 * `test/bench/detect.ts` for the measurements.
 */
export const settings = {
  /** Largest disadvantage one word can give a language. */
  clip: 5,
  /** Weight of capitalised words that are not sentence-initial (titles, names). */
  capitalisedWeight: 0.5,
  /** Most foreign evidence a listed Spanish or English word can give. */
  knownForeignClip: 3,
  /** Weight of words in title-case runs (`Band of Horses`). */
  titleWeight: 0.25,
  /** Factor of the weight of words inside quotation marks. */
  quoteWeight: 0.5,
  /** Prior penalty of the foreign state per word. */
  foreignPrior: 2,
  /** Switch costs of the sequence model. */
  costs: {switch: 4, boundarySwitch: 2, foreign: 8},
  /** Share of English words in Spanish text and of Spanish words in English text. */
  borrowing: {intoSpanish: 0.02, intoEnglish: 0.01},
  /** Largest evidence one word gives the whole-text Spanish/English decision. */
  decisionClip: 6,
  /** Net foreign evidence a text needs to be called another language. */
  rejectMargin: 7,
  /** Net foreign evidence per word it also needs. */
  rejectAverage: 0.2,
  /** Shortest text (characters) the trigram ranking is asked about. */
  trigramMinLength: 40,
  /** Net foreign evidence per word above which the trigram ranking is asked. */
  trigramAverage: 0.5,
  /** Largest relative Spanish score of the trigram ranking that lets it reject. */
  trigramSpanishMax: 0.98
}
