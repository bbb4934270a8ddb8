/**
 * Label widths and shortening. Measuring text is the one costly call layout makes (a canvas
 * measureText), so full titles are measured once per measuring function and remembered;
 * only a label that has to be shortened is measured again, a handful of times by bisection.
 */

/** Returns the pixel width of a label; supplied by the renderer. */
export type MeasureLabel = (text: string) => number;

/** The character a shortened label ends with. */
export const ELLIPSIS = '…';
/** Fewest characters of the title a shortened label keeps; fewer than this and it is dropped. */
export const MIN_LABEL_CHARS = 4;
/** Past this many remembered titles a cache is cleared, so a long session cannot grow it without bound. */
const CACHE_LIMIT = 250_000;

// Keyed by the function so that two renderers with different fonts never share widths, and a
// renderer that is thrown away takes its cache with it. Pass a stable function to benefit.
const widthsByMeasure = new WeakMap<MeasureLabel, Map<string, number>>();

/** Width of a full title, measured once per (measure, text) pair. O(1) amortised. */
export function labelWidth(measure: MeasureLabel, text: string): number {
  let widths = widthsByMeasure.get(measure);
  if (!widths) {
    widths = new Map();
    widthsByMeasure.set(measure, widths);
  }
  let width = widths.get(text);
  if (width === undefined) {
    if (widths.size >= CACHE_LIMIT) widths.clear();
    width = measure(text);
    widths.set(text, width);
  }
  return width;
}

/** The first n UTF-16 units of text, never splitting a surrogate pair, without trailing spaces. */
function head(text: string, n: number): string {
  const code = text.charCodeAt(n - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? n - 1 : n;
  return text.slice(0, end).trimEnd();
}

/**
 * The text as it fits in `room` pixels: the whole text if it fits, else the longest prefix of
 * at least MIN_LABEL_CHARS characters followed by an ellipsis, else null. The result, measured,
 * is never wider than room. Cost: one cached lookup when the text fits, otherwise
 * O(log L) calls to measure for a text of L characters.
 */
export function fitLabel(measure: MeasureLabel, text: string, room: number): string | null {
  if (labelWidth(measure, text) <= room) return text;
  const fits = (n: number) => measure(head(text, n) + ELLIPSIS) <= room;
  // Bisection over prefix length: the width of a prefix grows with its length.
  let lo = MIN_LABEL_CHARS;
  let hi = text.length - 1;
  if (lo > hi || !fits(lo)) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return head(text, lo) + ELLIPSIS;
}
