/**
 * Line and column of an offset in a text, counted from 1, for messages. Counts newlines with
 * indexOf rather than splitting, so a 50 MB document costs no copy.
 */

/** The 1-based line and column of `offset` in `text` (columns count UTF-16 units, as editors mostly do). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
