// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { monthOf, readTypedDate } from './typedDate';

describe('readTypedDate', () => {
  it.each([
    ['2012', '2012', 'year'],
    ['2012-02', '2012-02', 'month'],
    ['2012-02-26', '2012-02-26', 'day'],
    ['2012/2/6', '2012-02-06', 'day'],
    ['26 Feb 2012', '2012-02-26', 'day'],
    ['26 February 2012', '2012-02-26', 'day'],
    ['Feb 2012', '2012-02', 'month'],
    ['february 2012', '2012-02', 'month'],
    ['February 26, 2012', '2012-02-26', 'day'],
    ['Feb. 26th, 2012', '2012-02-26', 'day'],
    ['the 1st of March 2012', '2012-03-01', 'day'],
    ['26-Feb-2012', '2012-02-26', 'day'],
    ['Sept 2019', '2019-09', 'month'],
    ['26.02.2012', '2012-02-26', 'day'],
    ['26/02/2012', '2012-02-26', 'day'],
    ['2/2012', '2012-02', 'month'],
    ['  1992  ', '1992', 'year'],
    ['26 февраля 2012 г.', '2012-02-26', 'day'],
    ['февраль 2012', '2012-02', 'month'],
    ['май 2016 года', '2016-05', 'month'],
    ['26 בפברואר 2012', '2012-02-26', 'day'],
    ['פברואר 2012', '2012-02', 'month'],
    ['26 fevral 2012', '2012-02-26', 'day'],
    ['2012-ci il fevral', '2012-02', 'month'],
    // The examples each language's hint gives.
    ['26 фев 2012', '2012-02-26', 'day'],
    ['26 fev 2012', '2012-02-26', 'day'],
    ['fevral 2012', '2012-02', 'month'],
  ])('reads "%s" as %s (%s)', (typed, date, precision) => {
    expect(readTypedDate(typed)).toEqual({ ok: true, date, precision });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['26 Feb', 'unreadable'], // no year: nothing is invented
    ['26 2012', 'unreadable'], // a day without a month
    ['Fibruary 2012', 'unreadable'],
    ['Feb March 2012', 'unreadable'],
    ['yesterday', 'unreadable'],
    ['12', 'unreadable'],
    ['30 Feb 2012', 'impossible'],
    ['2012-13', 'impossible'],
    ['2011-02-29', 'impossible'],
    ['31/04/2020', 'impossible'],
  ])('refuses "%s" (%s)', (typed, reason) => {
    expect(readTypedDate(typed)).toEqual({ ok: false, reason });
  });

  it('accepts 29 February in a leap year only', () => {
    expect(readTypedDate('29 Feb 2012')).toMatchObject({ ok: true, date: '2012-02-29' });
    expect(readTypedDate('29 Feb 2013')).toMatchObject({ ok: false, reason: 'impossible' });
  });
});

describe('monthOf', () => {
  it.each([
    ['jan', 1],
    ['Sept', 9],
    ['mar', 3],
    ['июн.', 6],
    ['iyun', 6],
    ['iyul', 7],
    ['דצמ׳', 12],
  ])('%s is month %i', (word, month) => {
    expect(monthOf(word)).toBe(month);
  });

  it.each(['ma', 'ju', 'iyu', 'xyz'])('%s names no single month', (word) => {
    expect(monthOf(word)).toBeUndefined();
  });
});
