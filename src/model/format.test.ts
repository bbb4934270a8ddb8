// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatEventDate, formatMoney, formatPartialDate, formatValue } from './format';
import { parsePartialDate } from './dates';
import { createTranslate } from '../i18n/translate';
import { en } from '../i18n/catalogs/en';
import { ru } from '../i18n/catalogs/ru';
import { he } from '../i18n/catalogs/he';
import type { TimelineEvent, Value } from './types';

const tEn = createTranslate('en', en);
const tRu = createTranslate('ru', ru);
const tHe = createTranslate('he', he);

/** The date fields of an event, from date strings as the data writes them. */
function dated(start: string, end?: string, approximate = false): Pick<TimelineEvent, 'startDate' | 'endDate' | 'end' | 'approximate'> {
  const startDate = parsePartialDate(start)!;
  return { startDate, endDate: end ? parsePartialDate(end)! : startDate, end, approximate };
}

describe('formatEventDate in British English', () => {
  it.each<[string, string | undefined, boolean, string]>([
    ['1992', undefined, false, '1992'],
    ['2012-02', undefined, false, 'February 2012'],
    ['2012-02-26', undefined, false, '26 February 2012'],
    ['2016', undefined, true, 'c. 2016'],
    ['1993', '2023', false, '1993 – 2023'],
    ['1993', '2023', true, 'c. 1993 – 2023'],
    ['2020-09', '2020-11', false, 'September 2020 – November 2020'],
    ['2009-06-28', '2009-06-29', false, '28 June 2009 – 29 June 2009'],
    ['2012', '2013-06', false, '2012 – June 2013'],
    ['2012-02-26', '2012-02-26', false, '26 February 2012'], // an end equal to the start is no range
    ['2012-12-31', undefined, false, '31 December 2012'], // the last day stays in its year in UTC
    ['2012-01', undefined, false, 'January 2012'],
  ])('%s to %s (approximate %s) → %j', (start, end, approximate, expected) => {
    expect(formatEventDate(dated(start, end, approximate), 'en-GB', tEn)).toBe(expected);
  });

  it('never writes a year-only date as 1 January', () => {
    expect(formatPartialDate(parsePartialDate('1992')!, 'en-GB')).not.toMatch(/January|\b1\b/);
  });
});

describe('formatEventDate in other languages', () => {
  it.each([
    ['ru', tRu, /2012/, /февраля/],
    ['he', tHe, /2012/, /בפברואר/],
  ] as const)('%s writes the year and its own month name, not English', (locale, t, year, month) => {
    const text = formatEventDate(dated('2012-02-26'), locale, t);
    expect(text).toMatch(year);
    expect(text).toMatch(month);
    expect(text).not.toMatch(/February/);
    expect(text).not.toBe(formatEventDate(dated('2012-02-26'), 'en-GB', tEn));
  });

  it.each([
    ['ru', tRu, 'ок.'],
    ['he', tHe, 'בערך'],
  ] as const)('%s marks circa in its own words', (locale, t, circa) => {
    const text = formatEventDate(dated('2016', undefined, true), locale, t);
    expect(text).toContain('2016');
    expect(text).toContain(circa);
    expect(text).not.toContain('c. ');
  });

  it('writes ranges with both years in Russian and Hebrew', () => {
    for (const [locale, t] of [['ru', tRu], ['he', tHe]] as const) {
      const text = formatEventDate(dated('1993', '2023'), locale, t);
      expect(text).toMatch(/1993.*2023/);
    }
  });
});

describe('formatMoney and formatValue', () => {
  const deal: Value = { amount: 1_600_000_000, currency: 'USD', kind: 'announced' };
  const total: Value = { amount: 4_850_000_000, currency: 'USD', kind: 'cumulative' };
  const estimate: Value = { amount: 137_000_000, currency: 'USD', kind: 'estimated' };

  it.each<[Value, string]>([
    [deal, '$1.6bn'],
    [total, '$4.85bn'],
    [estimate, '$137m'],
    [{ amount: 120_000_000, currency: 'USD', kind: 'announced' }, '$120m'],
    [{ amount: 5_000_000_000, currency: 'USD', kind: 'announced' }, '$5bn'],
  ])('%j → %s in en-GB', (value, expected) => {
    expect(formatMoney(value, 'en-GB')).toBe(expected);
  });

  it('writes Russian money with a Russian unit and decimal comma', () => {
    const text = formatMoney(deal, 'ru');
    expect(text).toContain('1,6');
    expect(text).toContain('млрд');
    expect(text).toContain('$');
  });

  it.each<[Value, string]>([
    [deal, '$1.6bn (announced)'],
    [total, '$4.85bn (running total)'],
    [estimate, '$137m (estimated)'],
  ])('formatValue %j → %s', (value, expected) => {
    expect(formatValue(value, 'en-GB', tEn)).toBe(expected);
  });

  it('names the kind in the reader’s language', () => {
    expect(formatValue(total, 'ru', tRu)).toContain('нарастающим итогом');
    expect(formatValue(total, 'he', tHe)).toContain('סכום מצטבר');
  });
});
