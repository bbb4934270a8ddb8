/**
 * Bytes to text for a JSON document. JSON is UTF-8, but files saved by spreadsheet programs and
 * Windows editors arrive as UTF-8 with a byte-order mark or as UTF-16 (little- or big-endian,
 * with or without a mark). A mark decides; without one, the zero bytes around the first
 * character do (JSON starts with an ASCII character, so UTF-16 shows a zero byte beside it,
 * RFC 4627 §3). Text that does not decode is an error naming where, never silently replaced.
 */
import type { Problem } from './problems';
import { lineAndColumn } from './textPosition';

/** The encodings a document may come in. */
export type JsonEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The outcome of decoding. */
export type DecodedText = { ok: true; text: string; encoding: JsonEncoding } | { ok: false; problem: Problem };

/** The encoding that the first bytes announce, or null for UTF-32, which is refused. */
export function sniffEncoding(bytes: Uint8Array): JsonEncoding | null {
  const [a, b, c, d] = bytes;
  if ((a === 0 && b === 0 && c === 0xfe && d === 0xff) || (a === 0xff && b === 0xfe && c === 0 && d === 0)) return null;
  if (bytes.length >= 4 && ((a === 0 && b === 0 && c === 0) || (b === 0 && c === 0 && d === 0))) return null;
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (bytes.length >= 2 && a === 0 && b !== 0) return 'utf-16be';
  if (bytes.length >= 2 && a !== 0 && b === 0) return 'utf-16le';
  return 'utf-8';
}

/** Decodes a document's bytes, dropping a byte-order mark. */
export function decodeJsonBytes(bytes: Uint8Array): DecodedText {
  const encoding = sniffEncoding(bytes);
  if (encoding === null) return { ok: false, problem: { path: [], message: 'the file is in UTF-32, which is not supported: save it as UTF-8' } };
  try {
    // TextDecoder drops the byte-order mark that matches its encoding.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    // Decode again, replacing what does not decode, to say where the first bad byte is.
    const text = new TextDecoder(encoding).decode(bytes);
    const { line, column } = lineAndColumn(text, Math.max(text.indexOf('\uFFFD'), 0));
    const hint = encoding === 'utf-8' ? ' (was it saved in another encoding, such as Windows-1252? Save it as UTF-8)' : '';
    return { ok: false, problem: { path: [], message: `not valid ${encoding.toUpperCase()} text at line ${line}, column ${column}${hint}` } };
  }
}
