/**
 * One pass over JSON text, before JSON.parse, for what JSON.parse cannot say: where the text
 * stops being JSON and why (engines word this differently, some give no position at all), how
 * deep it nests, and which keys an object gives twice (JSON.parse silently keeps the last).
 *
 * It never recurses: an explicit stack of open containers, so that ten thousand levels of
 * brackets get a clear "nested too deeply" instead of a stack overflow. Cost: O(n) in the
 * text's length, with text values skipped by a sticky regular expression and no allocation
 * per value except for object keys; stack frames are reused by depth.
 */

/** How deeply objects and lists may nest. The format itself needs six levels. */
export const MAX_DEPTH = 100;

/** Why the text is not JSON. */
export type ScanFailure =
  /** The text stops in the middle of a value. */
  | { kind: 'end'; at: number }
  /** More levels of objects and lists than MAX_DEPTH. */
  | { kind: 'depth'; at: number }
  /** A character that cannot come here; `expected` says what could. */
  | { kind: 'unexpected'; at: number; expected: string };

/** A key given twice in one object. */
export interface DuplicateKey {
  /** Keys and indexes from the root to the key. */
  path: (string | number)[];
}

/** What the scan found. */
export interface JsonScan {
  /** Why the text is not JSON, or null when it is. */
  failure: ScanFailure | null;
  /** Every key given twice in one object, in text order (each later copy once). */
  duplicates: DuplicateKey[];
}

interface Frame {
  object: boolean;
  /** The current key (objects) or index (lists). */
  at: string | number;
  /** Keys seen so far in this object: a list while short, a set past SET_AFTER. */
  keys: string[] | Set<string>;
}

const SET_AFTER = 32;
// A text value's plain run: anything but a quote, a backslash or a control character.
const STRING_RUN = /[^"\\\u0000-\u001f]*/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

// What may come next: a value, an object's key, or what follows a value (a comma, a close).
const VALUE = 0;
const KEY = 1;
const AFTER = 2;

/** A scan that can stop part-way and go on later, so a large text can be scanned in slices. */
export interface JsonScanner {
  /** Scans on until past offset `until` (or to the end); the result when the scan is done, else null. */
  run(until: number): JsonScan | null;
}

/** Scans JSON text in one go; see the module comment. */
export function scanJson(text: string, maxDepth = MAX_DEPTH): JsonScan {
  return createJsonScanner(text, maxDepth).run(Infinity)!;
}

/** A scanner over `text`, to be run in slices. */
export function createJsonScanner(text: string, maxDepth = MAX_DEPTH): JsonScanner {
  const n = text.length;
  const frames: Frame[] = [];
  const duplicates: DuplicateKey[] = [];
  let depth = 0;
  let i = 0;
  let expect = VALUE;

  const space = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
  };
  const end = (): JsonScan => ({ failure: { kind: 'end', at: n }, duplicates });
  const unexpected = (expected: string): JsonScan => (i >= n ? end() : { failure: { kind: 'unexpected', at: i, expected }, duplicates });

  /** Skips a text value starting at its opening quote; returns false where it breaks. */
  const string = (): boolean => {
    i++;
    for (;;) {
      STRING_RUN.lastIndex = i;
      STRING_RUN.test(text);
      i = STRING_RUN.lastIndex;
      const c = text.charCodeAt(i);
      if (c === 34 /* " */) return void i++, true;
      if (c !== 92 /* \ */) return false; // a control character, or the end
      const e = text.charCodeAt(i + 1);
      if (e === 117 /* u */) {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) {
          // Point at the first character that is not a hex digit (the end, if the text stops).
          for (i += 2; /[0-9a-fA-F]/.test(text[i] ?? ''); i++);
          return false;
        }
        i += 6;
      } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) i += 2;
      else return (i = Math.min(i + 1, n)), false;
    }
  };
  const digits = (): boolean => {
    const from = i;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i));
    return i > from;
  };
  const number = (): boolean => {
    if (text.charCodeAt(i) === 45 /* - */) i++;
    if (text.charCodeAt(i) === 48 /* 0 */) i++;
    else if (!digits()) return false;
    if (text.charCodeAt(i) === 46 /* . */ && (i++, !digits())) return false;
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
      if (!digits()) return false;
    }
    return true;
  };
  const literal = (word: string): boolean => {
    for (let k = 0; k < word.length; k++, i++) if (text.charCodeAt(i) !== word.charCodeAt(k)) return false;
    return true;
  };
  const open = (object: boolean) => {
    const frame = frames[depth] ?? (frames[depth] = { object, at: 0, keys: [] });
    frame.object = object;
    frame.at = 0;
    if (Array.isArray(frame.keys)) frame.keys.length = 0;
    else frame.keys = [];
    depth++;
  };
  const noteKey = (key: string) => {
    const frame = frames[depth - 1];
    frame.at = key;
    const keys = frame.keys;
    const seen = Array.isArray(keys) ? keys.includes(key) : keys.has(key);
    if (seen) {
      duplicates.push({ path: frames.slice(0, depth).map((f) => f.at) });
      return;
    }
    if (Array.isArray(keys)) {
      keys.push(key);
      if (keys.length > SET_AFTER) frame.keys = new Set(keys);
    } else keys.add(key);
  };

  const run = (until: number): JsonScan | null => {
    for (;;) {
      if (i >= until && i < n) return null;
      space();
      if (expect === VALUE) {
        const c = text.charCodeAt(i);
        if (c === 123 /* { */ || c === 91 /* [ */) {
          if (depth >= maxDepth) return { failure: { kind: 'depth', at: i }, duplicates };
          open(c === 123);
          i++;
          space();
          if (text.charCodeAt(i) === (c === 123 ? 125 : 93)) {
            i++;
            depth--;
            expect = AFTER;
          } else expect = c === 123 ? KEY : VALUE;
          continue;
        }
        const from = i;
        const ok =
          c === 34 ? string() : c === 116 ? literal('true') : c === 102 ? literal('false') : c === 110 ? literal('null') : c === 45 || (c >= 48 && c <= 57) ? number() : false;
        if (!ok) {
          if (i === from) return unexpected('a value (an object, a list, text in double quotes, a number, true, false or null)');
          return i >= n ? end() : unexpected(c === 34 ? 'an escape such as \\n or \\u00e9, or the closing quote' : 'the rest of the value');
        }
        expect = AFTER;
      } else if (expect === KEY) {
        if (text.charCodeAt(i) !== 34) return unexpected('a key in double quotes');
        const from = i;
        if (!string()) return i >= n ? end() : unexpected('an escape such as \\n or \\u00e9, or the closing quote');
        const raw = text.slice(from + 1, i - 1);
        noteKey(raw.includes('\\') ? (JSON.parse(text.slice(from, i)) as string) : raw);
        space();
        if (text.charCodeAt(i) !== 58 /* : */) return unexpected('a colon after the key');
        i++;
        expect = VALUE;
      } else {
        if (depth === 0) return i >= n ? { failure: null, duplicates } : unexpected('nothing more after the end of the document');
        const frame = frames[depth - 1];
        const c = text.charCodeAt(i);
        if (c === 44 /* , */) {
          i++;
          if (frame.object) expect = KEY;
          else {
            frame.at = (frame.at as number) + 1;
            expect = VALUE;
          }
        } else if (c === (frame.object ? 125 : 93)) {
          i++;
          depth--;
        } else return unexpected(frame.object ? 'a comma or }' : 'a comma or ]');
      }
    }
  };
  return { run };
}
