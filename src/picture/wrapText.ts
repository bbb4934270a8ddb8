/**
 * Breaks text into lines that fit a width, for the picture's title and source line. Words
 * break at spaces; a word wider than a whole line (a long address) breaks between characters.
 * At most `maxLines` lines: the last one is shortened with an ellipsis when text is left over.
 * Pure; O(n) calls to measure for n characters in the worst case.
 */
import { ELLIPSIS, fitLabel } from '../layout/labels';

/** The lines of `text` no wider than `width` by `measure`, at most `maxLines` of them. */
export function wrapText(text: string, width: number, measure: (s: string) => number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (next: string) => {
    lines.push(next);
    line = '';
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= width) {
      line = joined;
      continue;
    }
    if (line) push(line);
    if (measure(word) <= width) {
      line = word;
      continue;
    }
    // A word longer than a line: as many characters as fit, line after line.
    let rest = word;
    while (measure(rest) > width) {
      let n = 1;
      while (n < rest.length && measure(rest.slice(0, n + 1)) <= width) n++;
      push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = `${kept[maxLines - 1]} ${lines[maxLines]}`;
  kept[maxLines - 1] = fitLabel(measure, last, width) ?? kept[maxLines - 1].slice(0, -1) + ELLIPSIS;
  return kept;
}
