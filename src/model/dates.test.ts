// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { coveredInterval, daysInMonth, endOf, endsBeforeStart, parsePartialDate, startOf } from './dates';

const d = (s: string) => parsePartialDate(s)!;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('parsePartialDate', () => {
  it.each([
    ['2012', { year: 2012, precision: 'year' }],
    ['2012-02', { year: 2012, month: 2, precision: 'month' }],
    ['2012-02-29', { year: 2012, month: 2, day: 29, precision: 'day' }],
  ])('reads %s at its precision', (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it.each(['2021-02-30', '2011-02-29', '2012-13', '2012-00', '2012-04-31', '2012-1-5', '12', '2012/02', '', '2012-02-26T10:00'])(
    'rejects %s',
    (text) => expect(parsePartialDate(text)).toBeNull(),
  );
});

describe('coveredInterval', () => {
  it.each([
    ['2012', undefined, '2012-01-01', '2013-01-01'],
    ['2012-02', undefined, '2012-02-01', '2012-03-01'],
    ['2012-02-26', undefined, '2012-02-26', '2012-02-27'],
    ['1993', '2023', '1993-01-01', '2024-01-01'],
    ['2020-09-27', '2020-11-10', '2020-09-27', '2020-11-11'],
    ['2012-12', undefined, '2012-12-01', '2013-01-01'],
  ])('%s to %s covers [%s, %s)', (start, end, from, to) => {
    const [t0, t1] = coveredInterval(d(start), end ? d(end) : undefined);
    expect([iso(t0), iso(t1)]).toEqual([from, to]);
  });
});

describe('endsBeforeStart', () => {
  it.each([
    ['2012', '2011', true],
    ['2012', '2012', false],
    ['2012', '2012-03', false],
    ['2012-05', '2012', false],
    ['2012-05-02', '2012-05-01', true],
    ['2012-05-02', '2012-05-02', false],
    ['2012-05', '2012-04-30', true],
  ])('start %s, end %s → %s', (start, end, expected) => {
    expect(endsBeforeStart(d(start), d(end))).toBe(expected);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2024, 2, 29], [2023, 2, 28], [2000, 2, 29], [1900, 2, 28], [2021, 4, 30], [2021, 12, 31], [2021, 1, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
    expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
  });
});

describe('years before 100', () => {
  // Date.UTC reads 0–99 as 1900–1999: an event of the year 50 must not be drawn in 1950.
  it.each([
    ['0050', '0050-01-01T00:00:00.000Z', '0051-01-01T00:00:00.000Z'],
    ['0099-12', '0099-12-01T00:00:00.000Z', '0100-01-01T00:00:00.000Z'],
    ['0001-03-04', '0001-03-04T00:00:00.000Z', '0001-03-05T00:00:00.000Z'],
  ])('%s covers its own year', (text, start, end) => {
    const date = parsePartialDate(text)!;
    expect(new Date(startOf(date)).toISOString()).toBe(start);
    expect(new Date(endOf(date)).toISOString()).toBe(end);
  });
});
