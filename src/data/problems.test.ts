// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem, quoted } from './problems';

describe('quoted', () => {
  it.each([
    ['plain', '"plain"'],
    [42, '42'],
    ['a\u202Eb', '"a\\u202Eb"'], // right-to-left override
    ['\u2066x\u2069', '"\\u2066x\\u2069"'], // isolates
    ['zero\u200Bwidth\uFEFF', '"zero\\u200Bwidth\\uFEFF"'],
    ['tab\tnewline\n', '"tab\\tnewline\\n"'],
  ])('writes %j as %s, hidden characters visible', (value, expected) => {
    expect(quoted(value)).toBe(expected);
  });

  it('cuts a long value short and says how long it was', () => {
    const text = quoted('x'.repeat(100_000));
    expect(text).toBe(`"${'x'.repeat(79)}…" (100,000 characters)`);
  });

  it('never splits a surrogate pair when cutting', () => {
    const text = quoted('😀'.repeat(100));
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('formatPath', () => {
  it('writes identifier keys with dots and other keys quoted in brackets', () => {
    expect(formatPath(['events', 3, 'sources', 0, 'quote'])).toBe('events[3].sources[0].quote');
    expect(formatPath(['events', 0, 'a b'])).toBe('events[0]["a b"]');
    expect(formatPath(['events', 0, 'x\u202Ey'])).toBe('events[0]["x\\u202Ey"]');
    expect(formatPath(['$schema'])).toBe('$schema');
  });
});

describe('formatProblem', () => {
  it('names the file, the event by its id and the field', () => {
    expect(formatProblem('f.json', { path: ['events', 4, 'title'], eventId: 'gas-deal', message: 'title is missing' })).toBe('f.json: events[4] "gas-deal" title: title is missing');
  });

  it('shows an event id with hidden characters escaped', () => {
    expect(formatProblem('f.json', { path: ['events', 0, 'id'], eventId: 'a\u202Eb', message: 'm' })).toBe('f.json: events[0] "a\\u202Eb" id: m');
  });
});
