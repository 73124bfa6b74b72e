/**
 * English word normalisation for alignment: function words, irregular verb
 * forms and a light suffix stemmer.
 *
 * The stemmer is deliberately small (plural, possessive, `-ed`, `-ing`, `-ly`
 * and a final `-e`): it only has to make the lexicon's base forms
 * (`clarify`, `agent`) meet the inflected forms of running text
 * (`clarified`, `agents`).
 */
import {fold} from './fold.js'

/** English function words: they carry no alignment evidence. */
export const englishStopwords: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor if so than that this these those there here of in on at to for with by from ' +
    'into onto as is am are was were be been being have has had having do does did doing will would shall ' +
    'should can could may might must i me my myself we us our ours ourselves you your yours yourself ' +
    'yourselves he him his himself she her hers herself it its itself they them their theirs themselves ' +
    'what which who whom whose when where why how not no yes s t d ll m re ve mr mrs ms ' +
    "don't it's that's there's he's she's i'm we're they're won't can't didn't doesn't isn't wasn't " +
    "aren't weren't hasn't haven't hadn't shouldn't wouldn't couldn't " +
    'some any each all such own same other very too also just then up down out off'
  ).split(' ')
)

/** Irregular English forms → base form (only the frequent ones). */
const irregular: Record<string, string> = Object.assign(
  Object.create(null) as Record<string, string>,
  parsePairs(
    'said:say says:say told:tell went:go gone:go goes:go made:make took:take taken:take came:come ' +
      'saw:see seen:see knew:know known:know thought:think got:get gotten:get gave:give given:give ' +
      'found:find left:leave felt:feel kept:keep held:hold brought:bring began:begin begun:begin ' +
      'became:become meant:mean stood:stand heard:hear ran:run paid:pay met:meet led:lead sent:send ' +
      'built:build spent:spend lost:lose fell:fall fallen:fall sold:sell bought:buy caught:catch ' +
      'taught:teach fought:fight wrote:write written:write spoke:speak spoken:speak chose:choose ' +
      'chosen:choose rose:rise risen:rise drove:drive driven:drive broke:break broken:break ' +
      'won:win understood:understand forgot:forget forgotten:forget sat:sit slept:sleep ' +
      'struck:strike hit:hit shot:shoot laid:lay lay:lie lain:lie grew:grow grown:grow drew:draw ' +
      'drawn:draw threw:throw thrown:throw flew:fly flown:fly wore:wear worn:wear hid:hide ' +
      'hidden:hide ate:eat eaten:eat fed:feed sought:seek sang:sing sung:sing swore:swear ' +
      'sworn:swear stole:steal stolen:steal arose:arise arisen:arise forbade:forbid ' +
      'undertook:undertake withdrew:withdraw withdrawn:withdraw children:child men:man women:woman ' +
      'people:person feet:foot teeth:tooth mice:mouse lives:life wives:wife knives:knife ' +
      'leaves:leaf thieves:thief halves:half selves:self crises:crisis analyses:analysis ' +
      'better:good best:good worse:bad worst:bad'
  )
)

/**
 * Stem an English word: fold, map irregular forms to their base, strip the
 * common inflectional suffixes.
 *
 * @param word
 *   An English word (any case).
 * @returns
 *   Its stem.
 *
 * @example
 *   stemEnglish('clarified') // => 'clarify'
 *   stemEnglish('agents') // => 'agent'
 *   stemEnglish('said') // => 'say'
 */
export function stemEnglish(word: string): string {
  let value = stems.get(word)
  if (value === undefined) {
    value = stem(word)
    if (stems.size > 100_000) stems.clear()
    stems.set(word, value)
  }

  return value
}

/** Stems of words seen before. */
const stems = new Map<string, string>()

/**
 * Stem an English word (uncached).
 */
function stem(word: string): string {
  let value = fold(word).replace(/['’]s$|['’]$/, '')
  const base = irregular[value]
  if (base) return dropFinalE(base)
  if (value.length > 4 && /ie[sd]$/.test(value)) return value.slice(0, -3) + 'y'

  if (value.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(value)) value = value.slice(0, -2)
  else if (value.length > 3 && /[^sui]s$/.test(value)) value = value.slice(0, -1)

  if (value.length > 5 && value.endsWith('ing')) value = undouble(value.slice(0, -3))
  else if (value.length > 4 && value.endsWith('ed')) value = undouble(value.slice(0, -2))
  else if (value.length > 5 && value.endsWith('ly')) value = value.slice(0, -2)

  return dropFinalE(value)
}

/**
 * Drop a final `e` so that `make` and `making` meet.
 *
 * @param value
 *   A stem.
 * @returns
 *   The stem without a final `e` (words of four letters or more).
 */
function dropFinalE(value: string): string {
  return value.length > 3 && value.endsWith('e') ? value.slice(0, -1) : value
}

/**
 * Whether `word` is an English function word.
 *
 * @param word
 *   A word (any case).
 * @returns
 *   Whether it is a function word.
 */
export function isEnglishStopword(word: string): boolean {
  return englishStopwords.has(fold(word).replace(/’/g, "'"))
}

/**
 * Undo a doubled final consonant left by `-ed`/`-ing` (`stopp` → `stop`).
 *
 * @param value
 *   A stem.
 * @returns
 *   The stem with a doubled final consonant undone.
 */
function undouble(value: string): string {
  return /([bdfgklmnprtvz])\1$/.test(value) && !/(?:ll|ss)$/.test(value) ? value.slice(0, -1) : value
}

/**
 * Parse `a:b c:d` pairs.
 *
 * @param value
 *   Pairs separated by spaces.
 * @returns
 *   A record.
 */
function parsePairs(value: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const pair of value.split(' ')) {
    const [from, to] = pair.split(':')
    if (from && to) result[from] = to
  }

  return result
}

/** English attribution words (stems): speech verbs and titles that frame a quote. */
const frameStems: ReadonlySet<string> = new Set(
  (
    'say tell declare add explain indicate stress insist claim announce clarify comment warn confirm ' +
    'respond reply admit acknowledge president minister secretary spokesman spokeswoman spokesperson ' +
    'director chief'
  )
    .split(' ')
    .map((word) => stemEnglish(word))
)

/**
 * Whether an English word frames a quote (`said`, `added`, `president`).
 *
 * @param word
 *   A word (any case).
 * @returns
 *   Whether it is an attribution word.
 */
export function isEnglishFrameWord(word: string): boolean {
  return frameStems.has(stemEnglish(word))
}
