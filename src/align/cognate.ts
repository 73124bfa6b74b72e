/**
 * Cognate keys: the start of a word's spelling skeleton, so that
 * `coordinación` and `coordination`, `teléfono` and `telephone`, `sistema` and
 * `system`, `elección` and `election` share a key.
 *
 * After Simard, Foster and Isabelle (1992), who count two words as cognates
 * when their first four letters agree; a few Spanish/English spelling
 * correspondences make the prefixes meet more often.
 */
import type {Lang} from '../types.js'
import {stemEnglish} from './english.js'
import {fold} from './fold.js'

/**
 * Cognate keys of a word: its four-letter skeleton prefix (weak evidence) and,
 * for longer words, its six-letter one (strong evidence).
 *
 * @param word
 *   A word (any case, accents allowed).
 * @param lang
 *   Its language.
 * @returns
 *   Zero to two keys: `4:…` (a whole skeleton of three letters counts too) and
 *   `6:…`.
 *
 * @example
 *   cognateKeys('Coordinación', 'es') // => ['4:coor', '6:coordi']
 *   cognateKeys('coordination', 'en') // => ['4:coor', '6:coordi']
 */
export function cognateKeys(word: string, lang: Lang): string[] {
  let value = lang === 'en' ? stemEnglish(word) : spanishSkeleton(fold(word))
  if (lang === 'en') value = value.replace(/ph/g, 'f').replace(/th/g, 't').replace(/y/g, 'i').replace(/k/g, 'c')
  value = value.replace(/[^a-z]/g, '').replace(/([a-z])\1+/g, '$1')
  if (value.length < 3) return []
  const keys = ['4:' + value.slice(0, 4)]
  if (value.length >= 6) keys.push('6:' + value.slice(0, 6))
  return keys
}

/**
 * Spanish spelling → a skeleton closer to English spelling.
 *
 * @param value
 *   A folded Spanish word.
 * @returns
 *   Its skeleton.
 */
function spanishSkeleton(value: string): string {
  let result = value.length > 4 ? value.replace(/(?:es|s)$/, '') : value
  // Note: `estado` → `state`, `especial` → `special`, `estudio` → `study`.
  result = result.replace(/^es(?=[cpt][^h])/, 's')
  // Note: `desmantelar` → `dismantle`, `descubrir` → `discover`.
  result = result.replace(/^des(?=[^aeiou])/, 'dis')
  return result.replace(/cc/g, 'ct')
}
