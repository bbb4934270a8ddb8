/**
 * Dates and money written for people, with Intl, at each event's precision: "1992",
 * "February 2012", "26 February 2012", "c. 2016", "1993 – 2023". Always in UTC, so that the
 * date reads as the data wrote it whatever the reader's time zone.
 */
import type { PartialDate, TimelineEvent, Value } from './types';
import { startOf } from './dates';
import type { Translate } from '../i18n/translate';
import { fallbackDate, fallbackFor, fallbackMoney } from '../i18n/intlFallback';

const OPTIONS: Record<PartialDate['precision'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A partial date at its own precision, in a locale. Formatters are cached: this runs per list row. */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const words = fallbackFor(locale);
  if (words) return fallbackDate(words, startOf(date), date.precision);
  const key = `${locale}|${date.precision}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, OPTIONS[date.precision])));
  return formatter.format(startOf(date));
}

/** An event's date or range, marked "c." when approximate. */
export function formatEventDate(event: Pick<TimelineEvent, 'startDate' | 'endDate' | 'end' | 'approximate'>, locale: string, t: Translate): string {
  const start = formatPartialDate(event.startDate, locale);
  const text = event.end !== undefined && !samePartialDate(event.startDate, event.endDate)
    ? t('date.range', { start, end: formatPartialDate(event.endDate, locale) })
    : start;
  return event.approximate ? t('date.circa', { date: text }) : text;
}

function samePartialDate(a: PartialDate, b: PartialDate): boolean {
  return a.precision === b.precision && a.year === b.year && a.month === b.month && a.day === b.day;
}

/** A compact money figure such as "$1.6bn" (British English) or "1,6 млрд $" (Russian). */
export function formatMoney(value: Value, locale: string): string {
  const words = fallbackFor(locale);
  if (words) return fallbackMoney(words, value.amount, currencySymbol(value.currency));
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: value.currency,
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(value.amount);
}

/** A currency's narrow symbol ("$", "₼"), or its code. */
function currencySymbol(currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
}

/** A money figure with its kind: "$4.85bn (running total)". */
export function formatValue(value: Value, locale: string, t: Translate): string {
  return `${formatMoney(value, locale)} (${t(`value.${value.kind}`)})`;
}
