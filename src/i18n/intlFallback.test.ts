// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fallbackDate, fallbackFor, fallbackMoney, fallbackNumber, registerFallback } from './intlFallback';
import { formatMoney, formatPartialDate } from '../model/format';
import { az } from './catalogs/az';
import { ru } from './catalogs/ru';
import { en } from './catalogs/en';

const FEB_26 = Date.UTC(2012, 1, 26);

/** Words as registerFallback keeps them, for a locale name no real Intl uses. */
function wordsOf(catalog: typeof az) {
  const locale = `xx-${Math.random().toString(36).slice(2)}`;
  registerFallback(locale, catalog);
  const real = Intl.DateTimeFormat;
  // An Intl that knows the locale's name but not its words, as some browser builds do.
  vi.stubGlobal('Intl', withDateTimeFormat(function (l: string, o: Intl.DateTimeFormatOptions) { return l === locale ? { format: () => 'M02' } : new real(l, o); }));
  const words = fallbackFor(locale);
  vi.unstubAllGlobals();
  return { locale, words: words! };
}

afterEach(() => vi.unstubAllGlobals());

/** Intl with another DateTimeFormat (Intl's own members are not enumerable: no spreading). */
function withDateTimeFormat(fake: unknown): typeof Intl {
  return Object.create(Intl, { DateTimeFormat: { value: fake } });
}

describe('Intl fallback', () => {
  it.each([
    [az, 'day', '26 fevral 2012'],
    [az, 'month', 'fevral 2012'],
    [az, 'dayShort', '26 fev'],
    [ru, 'day', '26 февраля 2012 г.'],
    [ru, 'month', 'февраль 2012 г.'],
    [en, 'monthShortYear', 'Feb 2012'],
  ] as const)('writes dates in the catalog’s words: %#', (catalog, parts, expected) => {
    expect(fallbackDate(wordsOf(catalog as typeof az).words, FEB_26, parts)).toBe(expected);
  });

  it.each([
    [az, 1.6e9, '$', '1,6 mlrd $'],
    [az, 137e6, '$', '137 mln $'],
    [ru, 4.85e9, '$', '4,85 млрд $'],
    [en, 1.6e9, '$', '$1.6bn'],
  ] as const)('writes money in the catalog’s words: %#', (catalog, amount, symbol, expected) => {
    expect(fallbackMoney(wordsOf(catalog as typeof az).words, amount, symbol)).toBe(expected);
  });

  it('groups thousands and marks decimals as the language does', () => {
    expect(fallbackNumber(wordsOf(az).words, 12345.5)).toBe('12.345,5');
  });

  it('is used by the formatters only where Intl lacks the words', () => {
    const { locale } = wordsOf(az);
    expect(fallbackFor('en-GB')).toBeNull();
    vi.stubGlobal('Intl', withDateTimeFormat(function () { return { format: () => 'M02' }; }));
    expect(formatPartialDate({ year: 2012, month: 2, day: 26, precision: 'day' }, locale)).toBe('26 fevral 2012');
    expect(formatMoney({ amount: 1.6e9, currency: 'USD', kind: 'announced' }, locale)).toBe('1,6 mlrd $');
  });
});
