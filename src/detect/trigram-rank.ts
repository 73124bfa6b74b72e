/**
 * franc's trigram ranking, for the seven Latin-script languages glosa tells
 * apart, without loading franc's ~190 profiles at start-up.
 *
 * Same steps as `francAll(text, {only})`: the first 2048 characters; ASCII
 * punctuation and digits become spaces; whitespace collapses; lower case;
 * trigrams counted; the distance to a profile sums, per trigram, its count
 * minus its profile rank (as franc computes it), or 300 when the profile
 * lacks it; scores are normalised so the nearest language scores 1.
 * `test/detect/trigram-rank.test.ts` checks it against franc.
 */

import {trigramProfiles} from './trigram-data.js'

/** Longest sample franc looks at. */
const maxLength = 2048

/** Distance of a trigram missing from a profile. */
const maxDifference = 300

/** Shortest sample franc ranks. */
const minLength = 10

/** A language (ISO 639-3, as franc names them) and its score (0–1). */
export type TrigramScore = [language: string, score: number]

let profiles: Array<[string, Map<string, number>]> | undefined

/**
 * Rank the profiled languages by trigram distance to `value`.
 *
 * @param value
 *   Text.
 * @returns
 *   Languages, nearest first, scored relative to the nearest (1); empty when
 *   the text is too short or not mostly Latin script.
 */
export function rankTrigrams(value: string): TrigramScore[] {
  if (value.length < minLength) return []
  const sample = value.slice(0, maxLength)
  if (!mostlyLatin(sample)) return []
  const trigrams = countTrigrams(sample)
  const distances: TrigramScore[] = loadProfiles().map(([language, profile]) => [
    language,
    distance(trigrams, profile)
  ])
  distances.sort((a, b) => a[1] - b[1])
  const min = distances[0]?.[1] ?? 0
  const max = sample.length * maxDifference - min
  return distances.map(([language, value]) => [language, 1 - (value - min) / max || 0])
}

/**
 * Count the trigrams of `value` cleaned as franc cleans it.
 *
 * @param value
 *   Text.
 * @returns
 *   Trigram → count.
 */
function countTrigrams(value: string): Map<string, number> {
  const clean =
    ' ' +
    value
      .replace(/[\u0021-\u0040]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase() +
    ' '
  const counts = new Map<string, number>()
  for (let index = 0; index + 3 <= clean.length; index++) {
    const trigram = clean.slice(index, index + 3)
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1)
  }

  return counts
}

/**
 * franc's distance between counted trigrams and a profile.
 *
 * @param trigrams
 *   Trigram → count in the text.
 * @param profile
 *   Trigram → rank in the language.
 * @returns
 *   Distance (lower is nearer).
 */
function distance(trigrams: Map<string, number>, profile: Map<string, number>): number {
  let total = 0
  for (const [trigram, count] of trigrams) {
    const rank = profile.get(trigram)
    total += rank === undefined ? maxDifference : Math.abs(count - rank - 1)
  }

  return total
}

/**
 * Whether Latin letters are at least as many as letters of all other scripts
 * (franc would pick its Latin profiles).
 *
 * @param value
 *   Text.
 * @returns
 *   Whether the text is mostly Latin script.
 */
function mostlyLatin(value: string): boolean {
  const latin = value.match(/\p{Script=Latin}/gu)?.length ?? 0
  const letters = value.match(/\p{L}/gu)?.length ?? 0
  return latin > 0 && latin * 2 >= letters
}

/**
 * Index the profiles on first use.
 *
 * @returns
 *   Languages and their trigram ranks.
 */
function loadProfiles(): Array<[string, Map<string, number>]> {
  profiles ??= Object.entries(trigramProfiles).map(([language, profile]) => [
    language,
    new Map(profile.split('|').map((trigram, rank) => [trigram, rank]))
  ])
  return profiles
}
