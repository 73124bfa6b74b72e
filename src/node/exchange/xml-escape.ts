/**
 * Escape text for XML 1.0 so that a parser gives back the same string.
 */

/** Characters XML 1.0 cannot hold, even as character references. */
const invalid =
  /[\0-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Find a character that XML 1.0 cannot represent.
 *
 * @param value
 *   Text.
 * @returns
 *   Index of the first such character (control characters other than tab,
 *   line feed and carriage return; lone surrogates; U+FFFE, U+FFFF), or `-1`.
 */
export function findInvalidXmlCharacter(value: string): number {
  const match = invalid.exec(value)
  return match ? match.index : -1
}

/**
 * Escape character data: `&`, `<`, `>` (so `]]>` never appears) and carriage
 * returns (which parsers would turn into line feeds).
 *
 * @param value
 *   Text.
 * @returns
 *   Escaped text.
 */
export function escapeText(value: string): string {
  return value.replace(/[&<>\r]/g, replace)
}

/**
 * Escape an attribute value (double quoted): `&`, `<`, `>`, `"`, and tab,
 * line feed and carriage return (which parsers would turn into spaces).
 *
 * @param value
 *   Text.
 * @returns
 *   Escaped text.
 */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, replace)
}

/**
 * Replace one character by its reference.
 *
 * @param character
 *   Character.
 * @returns
 *   Reference.
 */
function replace(character: string): string {
  switch (character) {
    case '&': {
      return '&amp;'
    }

    case '<': {
      return '&lt;'
    }

    case '>': {
      return '&gt;'
    }

    case '"': {
      return '&quot;'
    }

    default: {
      return '&#' + character.charCodeAt(0) + ';'
    }
  }
}
