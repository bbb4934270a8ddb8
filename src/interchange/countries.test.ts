import { describe, expect, it } from 'vitest';
import { countriesNamedIn, countryName, parsePairArgument } from './countries';

describe('countryName', () => {
  it.each([
    ['ISR', 'Israel'],
    ['AZE', 'Azerbaijan'],
    ['XYZ', undefined],
    ['isr', undefined],
    ['IL', undefined],
  ])('%s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });
});

describe('parsePairArgument', () => {
  it('reads two codes in any case, with spaces', () => {
    expect(parsePairArgument(' isr , AZE')).toEqual({ ok: true, pair: ['ISR', 'AZE'] });
  });

  it.each([
    ['ISR', 'two country codes'],
    ['ISR,AZE,ARM', 'two country codes'],
    ['ISR,XYZ', '"XYZ" is not an ISO 3166-1 alpha-3'],
    ['IL,AZ', 'are not ISO 3166-1 alpha-3'],
    ['ISR,isr', 'two different countries'],
  ])('refuses %s', (arg, message) => {
    const result = parsePairArgument(arg);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe('countriesNamedIn', () => {
  it.each([
    ['Israel and Azerbaijan', ['ISR', 'AZE']],
    ['Azerbaijan, then Israel, then Azerbaijan again', ['AZE', 'ISR']],
    ['Nigeria and Niger', ['NGA', 'NER']],
    ['Guinea-Bissau', ['GNB']],
    ['the United States and the U.S.A.', ['USA']],
    ['a turkey dinner in Georgia', ['GEO']],
    ['US and UK spelled short', []],
    ['Israeli officials', []],
  ])('%s', (text, codes) => {
    expect(countriesNamedIn(text)).toEqual(codes);
  });
});
