import { describe, expect, it } from 'vitest';
import { DATE_NAMING, parseDateText, readTlDate } from './dates';

const json = DATE_NAMING.json('start');
const sheet = DATE_NAMING.sheet('end');

describe('readTlDate', () => {
  it.each([
    [{ year: '1992' }, '1992', undefined],
    [{ year: 1992, month: 4 }, '1992-04', undefined],
    [{ year: '1992', month: '04', day: '07' }, '1992-04-07', undefined],
    [{ year: ' 1992 ', month: '', day: '' }, '1992', undefined],
    [{ year: '650' }, '0650', undefined],
    [{ year: '1900', month: '01', day: '06', hour: '6', minute: '45', second: '56', millisecond: '', format: '' }, '1900-01-06', '06:45:56'],
    [{ year: 2000, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 5 }, '2000-01-01', '00:00:00.005'],
    [{ year: '1992', month: '4', day: '7', time: '2:30 pm' }, '1992-04-07', '2:30 pm'],
  ])('%j → %s', (value, date, time) => {
    const reading = readTlDate(value, json);
    expect(reading).toMatchObject({ ok: true, date, time });
  });

  it('keeps the year of a day without a month and says so', () => {
    expect(readTlDate({ year: '2001', day: '5' }, json)).toMatchObject({ ok: true, date: '2001', dayDropped: expect.stringContaining('no month') });
  });

  it.each([
    [undefined, json, 'start_date is not a date object'],
    [{ month: '5' }, json, 'start_date has no year'],
    [{ year: '-300' }, json, 'start_date is in year -300'],
    [{ year: '0' }, json, 'year 0'],
    [{ year: '-13800000000' }, json, 'from year 1 on'],
    [{ year: '12000' }, json, 'four-digit years'],
    [{ year: '2020', month: 'May' }, json, 'start_date.month "May" is not a whole number'],
    [{ year: '2020', month: '13' }, sheet, 'End Month 13 is not a month'],
    [{ year: '2021', month: '2', day: '29' }, sheet, 'End Day 29 does not exist in 2021-02'],
    [{ year: 2020.5 }, json, 'start_date.year 2020.5 is not a whole number'],
    [{ year: '1992', hour: 'noon' }, sheet, 'End Time "noon" is not a whole number'],
  ])('refuses %j', (value, names, problem) => {
    const reading = readTlDate(value, names);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problem).toContain(problem);
  });
});

describe('parseDateText', () => {
  it.each([
    ['1963,8,9', { year: '1963', month: '8', day: '9' }],
    ['2012,2,11,14,30', { year: '2012', month: '2', day: '11', hour: '14', minute: '30' }],
    ['1978', { year: '1978' }],
    ['2012-02-26', { year: '2012', month: '02', day: '26' }],
    ['2012-02-26T14:30:00Z', { year: '2012', month: '02', day: '26', hour: '14', minute: '30', second: '00' }],
    ['2/26/2012', { year: '2012', month: '2', day: '26' }],
    ['2/2012', { year: '2012', month: '2' }],
    ['-500', { year: '-500' }],
    ['next spring', null],
    ['26.02.2012', null],
  ])('%s', (text, date) => {
    expect(parseDateText(text)).toEqual(date);
  });
});
