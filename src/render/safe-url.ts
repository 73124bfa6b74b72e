/**
 * Keep only URLs that cannot run script: `http`, `https`, `mailto`, and
 * relative references.
 */

const protocols = new Set(['http', 'https', 'mailto'])

/**
 * Whether a URL is safe to put in `href` or `src`.
 *
 * Reads the scheme the way browsers do: tabs and line feeds anywhere are
 * dropped, leading and trailing C0 controls and spaces are trimmed, case is
 * ignored. A URL without a scheme (`/a`, `a/b:c`, `#x`, `?q`) is relative.
 *
 * @param url
 *   URL as written (after markdown decoding).
 * @returns
 *   Whether it is `http:`, `https:`, `mailto:` or relative.
 *
 * @example
 *   isSafeUrl('java\tscript:alert(1)') // => false
 *   isSafeUrl('https://www.gob.mx/fgr') // => true
 */
export function isSafeUrl(url: string): boolean {
  const value = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  const colon = value.indexOf(':')
  if (colon === -1) return true
  const before = value.slice(0, colon)
  if (/[/?#]/.test(before)) return true
  return /^[A-Za-z][A-Za-z\d+.-]*$/.test(before) && protocols.has(before.toLowerCase())
}
