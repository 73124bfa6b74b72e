/**
 * Links inside a pair: which Spanish unit corresponds to which English one
 * (term ↔ term, number ↔ number, name ↔ name, lexicon translation, cognate).
 */
import type {PairLink} from '../types.js'
import {channelOf, channels, nextTag, type KeyTable} from './keys.js'
import type {Candidate} from './candidates.js'
import type {Unit} from './features.js'

/** An English unit that may be linked. */
interface Target {
  start: number
  end: number
  strength: number
  used: boolean
}

/**
 * Link the units of the Spanish side of a pair to units of the English side.
 *
 * Each Spanish unit links to at most one English unit: the one sharing the
 * key of the highest-priority channel (term, number, name, lexicon, cognate),
 * then the strongest, preferring English units not linked yet.
 *
 * @param es
 *   Spanish candidates of the pair.
 * @param en
 *   English candidates of the pair.
 * @param keys
 *   Key table the features were built with.
 * @returns
 *   Links with markdown offsets, in Spanish order.
 */
export function linkGroup(es: Candidate[], en: Candidate[], keys: KeyTable): PairLink[] {
  // Note: only keys of the Spanish side can link, so English units index
  // just those (marked in the table's scratch).
  const tag = nextTag(keys)
  for (const self of es) for (const key of self.features.bag) keys.seen[key] = tag
  const targets = new Map<number, Target[]>()

  for (const other of en) {
    for (const unit of other.features.units) {
      for (let k = 0; k < unit.keys.length; k++) {
        const key = unit.keys[k]!
        if (keys.seen[key] !== tag) continue
        const [start, end] = spanOf(unit, key, keys)
        let list = targets.get(key)
        if (!list) targets.set(key, (list = []))
        list.push({start: other.segment.start + start, end: other.segment.start + end, strength: unit.strengths[k]!, used: false})
      }
    }
  }

  const used = new Set<number>()
  const links: PairLink[] = []

  for (const self of es) {
    for (const unit of self.features.units) {
      let best: {target: Target; rank: number; strength: number; key: number} | undefined
      for (let k = 0; k < unit.keys.length; k++) {
        const key = unit.keys[k]!
        const list = targets.get(key)
        if (!list) continue
        const rank = channels.indexOf(channelOf(keys.names[key]!, unit.lexical[k]!))
        const strength = Math.min(unit.strengths[k]!, 1)
        for (const target of list) {
          if (!best || better(rank, strength, target, best, used)) best = {target, rank, strength, key}
        }
      }

      if (!best) continue
      used.add(best.target.start)
      const [start, end] = spanOf(unit, best.key, keys)
      links.push({
        es: [self.segment.start + start, self.segment.start + end],
        en: [best.target.start, best.target.end],
        kind: channels[best.rank]!
      })
    }
  }

  return links
}

/**
 * Span a key of a unit stands for: the word inside a term that brought it,
 * else the whole unit.
 */
function spanOf(unit: Unit, key: number, keys: KeyTable): [number, number] {
  if (unit.parts && !keys.names[key]!.startsWith('t:')) {
    const part = unit.parts.find((d) => d.keys.has(key))
    if (part) return [part.start, part.end]
  }

  return [unit.start, unit.end]
}

/**
 * Whether a candidate link beats the best so far.
 */
function better(
  rank: number,
  strength: number,
  target: Target,
  best: {target: Target; rank: number; strength: number},
  used: Set<number>
): boolean {
  if (rank !== best.rank) return rank < best.rank
  const fresh = !used.has(target.start)
  const bestFresh = !used.has(best.target.start)
  if (fresh !== bestFresh) return fresh
  return Math.min(strength, target.strength) > Math.min(best.strength, best.target.strength)
}
