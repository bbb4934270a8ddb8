// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText';

/** Every character is 1 px wide, so widths are lengths. */
const chars = (s: string) => s.length;

describe('wrapText', () => {
  it.each([
    ['text that fits stays on one line', 'Israel and Azerbaijan', 30, Infinity, ['Israel and Azerbaijan']],
    ['words break at spaces', 'Israel and Azerbaijan', 12, Infinity, ['Israel and', 'Azerbaijan']],
    ['runs of spaces count as one', '  a   b  ', 10, Infinity, ['a b']],
    ['a word longer than a line breaks between characters', 'see https://example.org/abc', 10, Infinity, ['see', 'https://ex', 'ample.org/', 'abc']],
    ['past the last line allowed, the last line ends in an ellipsis', 'one two three four five', 9, 2, ['one two', 'three fo…']],
    ['nothing gives no line', '   ', 10, Infinity, []],
  ] as const)('%s', (_, text, width, maxLines, expected) => {
    const lines = wrapText(text, width, chars, maxLines);
    expect(lines).toEqual(expected);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
  });
});
