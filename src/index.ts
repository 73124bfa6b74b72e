/**
 * glosa — Spanish/English detection, a bilingual glossary, term checks and
 * aligned bilingual annotations for markdown news copy.
 *
 * The browser-safe public entry: explicit named exports only.
 */
export type * from './types.js'
