/**
 * Turn the bytes of an exchange file into text.
 *
 * A byte order mark wins (UTF-8, UTF-16 LE or BE). Without one, XML input
 * without a BOM that starts `<\0?\0` or `\0<\0?` is UTF-16 without a mark;
 * otherwise the encoding named in the XML declaration is honoured (any label
 * `TextDecoder` knows: `windows-1252`, `iso-8859-1`, `windows-1254`…), and
 * UTF-8 is the default. Decoding is strict: bytes that are not valid in the
 * encoding give an error with their place, never replacement characters.
 */

import {ExchangeError} from './error.js'
import {createLocator} from './position.js'

/**
 * Decode `input` (a string is only stripped of its byte order mark).
 *
 * @param input
 *   Text or bytes.
 * @param format
 *   Name of the format for errors (`TBX`, `CSV`); `TBX` honours the XML
 *   declaration.
 * @returns
 *   Text without a byte order mark.
 * @throws {ExchangeError}
 *   When the encoding is unknown or the bytes are not valid in it.
 */
export function decodeInput(input: string | Uint8Array, format: string): string {
  if (typeof input === 'string') {
    return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  }

  const b = input
  let encoding = 'utf-8'
  let skip = 0

  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    skip = 3
  } else if (b[0] === 0xff && b[1] === 0xfe) {
    encoding = 'utf-16le'
    skip = 2
  } else if (b[0] === 0xfe && b[1] === 0xff) {
    encoding = 'utf-16be'
    skip = 2
  } else if (b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) {
    encoding = 'utf-16le'
  } else if (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f) {
    encoding = 'utf-16be'
  } else if (format === 'TBX') {
    encoding = declaredEncoding(b) ?? 'utf-8'
  }

  return decode(b.subarray(skip), encoding, format)
}

/**
 * Read the `encoding` of an XML declaration in ASCII-compatible bytes.
 *
 * @param bytes
 *   Bytes of the file.
 * @returns
 *   The declared label, lower case (optional).
 * @throws {ExchangeError}
 *   When a UTF-16 declaration comes without a byte order mark.
 */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256))
  const match = /^<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([A-Za-z][\w.:-]*)\1/.exec(head)
  if (!match) return undefined
  const label = (match[2] ?? '').toLowerCase()

  if (label === 'utf-16' || label === 'utf-16le' || label === 'utf-16be') {
    throw new ExchangeError('TBX', [
      {
        line: 1,
        column: match.index + match[0].length - label.length,
        reason:
          'Unexpected encoding `' +
          match[2] +
          '` in a file without a byte order mark, expected the bytes to start with `FF FE` or `FE FF`',
        ruleId: 'encoding'
      }
    ])
  }

  return label
}

/**
 * Decode strictly.
 *
 * @param bytes
 *   Bytes without BOM.
 * @param encoding
 *   Encoding label.
 * @param format
 *   Format name for errors.
 * @returns
 *   Text.
 */
function decode(bytes: Uint8Array, encoding: string, format: string): string {
  let decoder: TextDecoder

  try {
    decoder = new TextDecoder(encoding, {fatal: true, ignoreBOM: true})
  } catch {
    throw new ExchangeError(format, [
      {
        line: 1,
        column: 1,
        reason:
          'Unexpected encoding `' +
          encoding +
          '`, expected an encoding label that `TextDecoder` knows (`utf-8`, `utf-16`, `windows-1252`, `iso-8859-1`…)',
        ruleId: 'encoding'
      }
    ])
  }

  // Note: Node 20.18.3+ decodes `windows-1252` (and `latin1`, `ascii`, which
  // WHATWG maps to it) as ISO-8859-1 (nodejs/node#60888).
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes)

  try {
    return decoder.decode(bytes)
  } catch {
    // Note: `TextDecoder` does not say where; the first replacement character
    // of a lenient decode is the first bad byte.
    const lenient = new TextDecoder(encoding, {ignoreBOM: true}).decode(bytes)
    const place = createLocator(lenient)(Math.max(0, lenient.indexOf('\uFFFD')))
    throw new ExchangeError(format, [
      {
        ...place,
        reason:
          'Unexpected byte sequence that is not valid `' +
          decoder.encoding +
          '`, expected the encoding that the file declares (or UTF-8 when it declares none)',
        ruleId: 'encoding'
      }
    ])
  }
}

/** WHATWG `index-windows-1252` for bytes 0x80–0x9F (the rest are Latin-1). */
const windows1252High = [
  0x20_ac, 0x81, 0x20_1a, 0x1_92, 0x20_1e, 0x20_26, 0x20_20, 0x20_21, 0x2_c6, 0x20_30, 0x1_60, 0x20_39,
  0x1_52, 0x8d, 0x1_7d, 0x8f, 0x90, 0x20_18, 0x20_19, 0x20_1c, 0x20_1d, 0x20_22, 0x20_13, 0x20_14,
  0x2_dc, 0x21_22, 0x1_61, 0x20_3a, 0x1_53, 0x9d, 0x1_7e, 0x1_78
]

/**
 * Decode windows-1252 (every byte is valid).
 *
 * @param bytes
 *   Bytes.
 * @returns
 *   Text.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length)
  for (const [index, byte] of bytes.entries()) {
    units[index] = byte >= 0x80 && byte < 0xa0 ? (windows1252High[byte - 0x80] ?? byte) : byte
  }

  let result = ''
  for (let start = 0; start < units.length; start += 8192) {
    result += String.fromCharCode(...units.subarray(start, start + 8192))
  }

  return result
}
