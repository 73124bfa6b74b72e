/**
 * The CLI's user-facing strings, through an i18next instance of its own.
 *
 * Each command module brings its strings as a namespace; this module is the
 * only one that imports i18next.
 */
import i18next, {type TFunction} from 'i18next'
import type {Lang} from '../types.js'

/** Strings of one namespace, per UI language. */
export interface Strings {
  en: Record<string, string>
  es: Record<string, string>
}

/**
 * Pick the UI language from `--lang` or the `LANG`/`LC_ALL` environment values.
 *
 * @param flag
 *   Value of `--lang` (optional).
 * @param env
 *   Environment variables.
 * @returns
 *   `'es'` when asked for Spanish, `'en'` otherwise.
 */
export function uiLanguage(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  const value = flag ?? env['LC_ALL'] ?? env['LC_MESSAGES'] ?? env['LANG'] ?? ''
  return /^es\b|^es[_-]/i.test(value) ? 'es' : 'en'
}

/**
 * Create a translation function over the given namespaces.
 *
 * @param lang
 *   UI language.
 * @param namespaces
 *   Strings by namespace (`{common: {...}, detect: {...}}`).
 * @returns
 *   A `t` function; keys are `namespace:key`.
 */
export function createTranslator(lang: Lang, namespaces: Record<string, Strings>): TFunction {
  const instance = i18next.createInstance()
  const resources: Record<string, Record<string, Record<string, string>>> = {en: {}, es: {}}
  for (const [name, strings] of Object.entries(namespaces)) {
    resources['en']![name] = strings.en
    resources['es']![name] = strings.es
  }

  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    resources,
    ns: Object.keys(namespaces),
    defaultNS: 'common',
    initAsync: false,
    interpolation: {escapeValue: false},
    showSupportNotice: false
  } as Parameters<typeof instance.init>[0])
  return instance.t.bind(instance) as TFunction
}
