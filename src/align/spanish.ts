/**
 * A small Spanish lemmatiser for lexicon look-ups.
 *
 * It does not know Spanish morphology; it proposes the forms a word may come
 * from (plural and gender endings, enclitic pronouns, regular verb endings)
 * and lets the lexicon say which exist. Candidates are folded (no accents,
 * lower case), like the lexicon's keys.
 */

/** Enclitic pronouns after an infinitive, gerund or imperative (`decirlo`). */
const enclitic = /(?<=(?:ar|er|ir|ando|iendo|yendo))(?:(?:me|te|se|nos|os)(?:lo|la|los|las|le|les)?|lo|la|los|las|le|les)$/

/** Nominal endings: plural and gender, with replacements. */
const nominal: Array<[RegExp, string]> = [
  [/ces$/, 'z'],
  [/es$/, ''],
  [/s$/, ''],
  [/as$/, 'o'],
  [/os$/, 'o'],
  [/a$/, 'o'],
  [/a$/, 'e'],
  [/as$/, 'e'],
  [/isim[oa]s?$/, 'o'],
  [/mente$/, '']
]

/** Regular verb endings (folded), longest first within each conjugation. */
const verbEndings: Array<[string[], string[]]> = [
  [
    (
      'aremos arian aria aramos asemos abamos aseis arais asteis ando ados adas aran aron aban abas ' +
      'aste aria aran aras ase asen ara are ado ada aba amos ais an as a o e es en emos ar'
    ).split(' '),
    ['ar']
  ],
  [
    (
      'eriamos iriamos ieramos iesemos eremos iremos erian irian ieron iendo yendo ieran iesen idos ' +
      'idas iamos eria iria iera iese ido ida ian ias ia iste imos io i e es en emos o a as an er ir'
    ).split(' '),
    ['er', 'ir']
  ]
]

/**
 * Propose the lexicon forms a folded Spanish word may come from.
 *
 * @param word
 *   A folded Spanish word (`aclaro`, `agentes`, `certificada`).
 * @returns
 *   Candidate forms, most likely first, without `word` itself and without
 *   duplicates.
 *
 * @example
 *   spanishCandidates('aclaro').includes('aclarar') // => true
 *   spanishCandidates('agentes').includes('agente') // => true
 */
export function spanishCandidates(word: string): string[] {
  return [...new Set(generateCandidates(word))].filter((d) => d !== word)
}

/**
 * First candidate of a folded Spanish word that `has` accepts.
 *
 * @param word
 *   A folded Spanish word.
 * @param has
 *   Whether a form is known.
 * @returns
 *   The first known candidate, if any.
 */
export function findCandidate(word: string, has: (form: string) => boolean): string | undefined {
  for (const candidate of generateCandidates(word)) if (candidate !== word && has(candidate)) return candidate
  return undefined
}

/**
 * Generate candidates, most likely first (with duplicates).
 */
function* generateCandidates(word: string): Generator<string> {
  const bare = word.length > 5 ? word.replace(enclitic, '') : word
  if (bare !== word) yield bare

  for (const [pattern, replacement] of nominal) {
    if (bare.length > 3 && pattern.test(bare)) yield bare.replace(pattern, replacement)
  }

  const stems: string[] = []
  for (const [endings, infinitives] of verbEndings) {
    for (const ending of endings) {
      if (bare.length - ending.length < 2 || !bare.endsWith(ending)) continue
      const stem = bare.slice(0, -ending.length)
      stems.push(stem)
      for (const infinitive of infinitives) yield stem + infinitive
      // Note: `-gue`/`-que`/`-ce` spell `-gar`/`-car`/`-zar` stems (`pague`, `busque`, `empiece`).
      if (ending === 'e' || ending === 'en' || ending === 'es') {
        if (stem.endsWith('gu')) yield stem.slice(0, -1) + 'ar'
        if (stem.endsWith('qu')) yield stem.slice(0, -2) + 'car'
        if (stem.endsWith('c')) yield stem.slice(0, -1) + 'zar'
      }
    }
  }

  // Note: a verb form without its verb in the lexicon may share its stem with a
  // noun that is (`anunciado` → `anuncio`, `causó` → `causa`).
  for (const stem of stems) {
    if (stem.length < 4) continue
    for (const ending of ['o', 'a', 'e', 'cion']) yield stem + ending
  }
}
