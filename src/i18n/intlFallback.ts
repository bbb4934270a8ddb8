/**
 * Dates, numbers and money where the browser's Intl has no data for the reader's language.
 * Some builds know a locale's name but not its words: Azerbaijani then reads "2012 M02 26" and
 * "$ 1.6G". Each catalog carries its month names, number separators and money patterns; when
 * Intl answers with the root locale's placeholders, formatting falls back to those.
 */
import type { Catalog } from './translate';

/** What the fallback needs from a catalog. */
interface Words {
  /** Month names as in a day's date (genitive where the language has one). */
  months: string[];
  /** Month names standing alone, as in "February 2012". */
  monthsStandalone: string[];
  monthsShort: string[];
  catalog: Catalog;
}

const registered = new Map<string, Words>();
const missing = new Map<string, boolean>();

/** Records a loaded catalog's calendar and number words for its Intl locale. */
export function registerFallback(locale: string, catalog: Catalog): void {
  registered.set(locale, {
    months: catalog['calendar.months'].split('|'),
    monthsStandalone: catalog['calendar.monthsStandalone'].split('|'),
    monthsShort: catalog['calendar.monthsShort'].split('|'), catalog });
}

/** True when Intl has no words for this locale (it writes February as "M02"). Cached. */
export function intlLacks(locale: string): boolean {
  let lacks = missing.get(locale);
  if (lacks === undefined) {
    try {
      lacks = /^M\d\d$/.test(new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2012, 1, 1)));
    } catch {
      lacks = true;
    }
    missing.set(locale, lacks);
  }
  return lacks;
}

/** The catalog's words for a locale whose Intl data is missing, or null when Intl will do. */
export function fallbackFor(locale: string): Words | null {
  return intlLacks(locale) ? (registered.get(locale) ?? null) : null;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** A number with the catalog's separators, at most `digits` decimals. */
export function fallbackNumber(words: Words, value: number, digits = 2): string {
  const [whole, fraction] = value.toFixed(digits).replace(/\.?0+$/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, words.catalog['number.group']);
  return fraction ? `${grouped}${words.catalog['number.decimal']}${fraction}` : grouped;
}

/** A date at day, month or year precision in the catalog's words (UTC). */
export function fallbackDate(words: Words, time: number, parts: 'day' | 'month' | 'year' | 'monthShort' | 'dayShort' | 'dayShortYear' | 'monthShortYear'): string {
  const d = new Date(time);
  const values = {
    day: String(d.getUTCDate()),
    month: (parts.includes('Short') ? words.monthsShort : parts === 'month' ? words.monthsStandalone : words.months)[d.getUTCMonth()],
    year: String(d.getUTCFullYear()),
  };
  const template: Record<typeof parts, string> = {
    day: words.catalog['calendar.day'],
    month: words.catalog['calendar.month'],
    year: '{year}',
    monthShort: '{month}',
    monthShortYear: words.catalog['calendar.month'],
    dayShort: words.catalog['calendar.dayShort'],
    dayShortYear: words.catalog['calendar.day'],
  };
  return fill(template[parts], values);
}

/** A compact money figure ("1,6 mlrd $") in the catalog's words. */
export function fallbackMoney(words: Words, amount: number, symbol: string): string {
  const scales = [
    [1e9, 'money.billion'],
    [1e6, 'money.million'],
    [1e3, 'money.thousand'],
  ] as const;
  const [divisor, key] = scales.find(([d]) => amount >= d) ?? [1, null];
  const number = fallbackNumber(words, amount / divisor);
  const scaled = key ? fill(words.catalog[key], { n: number }) : number;
  return fill(words.catalog['money.pattern'], { amount: scaled, symbol });
}
