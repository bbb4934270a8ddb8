// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { ELLIPSIS, fitLabel, labelWidth } from './labels';
import { CHAR_PX, measureByChars } from './testFixtures';

describe('fitLabel', () => {
  const title = 'Camp David Accords signed';
  it.each([
    ['the whole title when it fits', 1000, title],
    ['the whole title at its exact width', title.length * CHAR_PX, title],
    ['a shortened title', 10 * CHAR_PX, 'Camp Davi' + ELLIPSIS],
    ['trailing spaces dropped before the ellipsis', 6 * CHAR_PX, 'Camp' + ELLIPSIS],
    ['the shortest allowed (4 characters)', 5 * CHAR_PX, 'Camp' + ELLIPSIS],
    ['nothing when fewer than 4 characters fit', 5 * CHAR_PX - 1, null],
    ['nothing in no room', 0, null],
  ])('gives %s', (_, room, expected) => {
    const label = fitLabel(measureByChars, title, room);
    expect(label).toBe(expected);
    if (label) expect(measureByChars(label)).toBeLessThanOrEqual(room);
  });

  it('never splits a surrogate pair', () => {
    // Five units would end on the first half of the flag's first code point.
    expect(fitLabel(measureByChars, 'abcd🇮🇱🇺🇸 summit', 6 * CHAR_PX)).toBe('abcd' + ELLIPSIS);
  });
});

describe('labelWidth', () => {
  it('measures each title once per measuring function', () => {
    const measure = vi.fn(measureByChars);
    for (let i = 0; i < 5; i++) labelWidth(measure, 'Oslo I');
    labelWidth(measure, 'Oslo II');
    expect(measure).toHaveBeenCalledTimes(2);
  });
});
