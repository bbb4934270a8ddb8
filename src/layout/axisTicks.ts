/**
 * The time axis's ticks: about one per 90 px, at a spacing that suits the zoom level (years,
 * months or days), labelled with Intl in the reader's language, and anchored so that no label
 * runs past either end of the chart ("1990", not "990"). Pure: the chart's axis and the
 * downloadable picture both draw these.
 */
import type { ScaleTime } from 'd3';
import { fallbackDate, fallbackFor } from '../i18n/intlFallback';

const DAY = 86_400_000;

const formats = new Map<string, Intl.DateTimeFormat>();

/** An Intl formatter, made once per locale and options: making one costs more than a frame's whole axis. */
function cachedFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format;
}

/** A tick formatter for the spacing between ticks: years, months (with the year in January) or days. */
export function tickFormatter(locale: string, step: number): (d: Date, i: number) => string {
  const words = fallbackFor(locale);
  if (words) {
    // The browser has no words for this language: the catalog's month names.
    const kind = step >= 300 * DAY ? 'year' : step >= 27 * DAY ? 'month' : 'day';
    return (d, i) => {
      const first = i === 0 || (kind === 'month' ? d.getUTCMonth() === 0 : d.getUTCMonth() === 0 && d.getUTCDate() === 1);
      const parts = kind === 'year' ? 'year' : kind === 'month' ? (first ? 'monthShortYear' : 'monthShort') : first ? 'dayShortYear' : 'dayShort';
      return fallbackDate(words, d.getTime(), parts);
    };
  }
  const fmt = (o: Intl.DateTimeFormatOptions) => cachedFormat(locale, o);
  if (step >= 300 * DAY) {
    const year = fmt({ year: 'numeric' });
    return (d) => year.format(d);
  }
  if (step >= 27 * DAY) {
    const month = fmt({ month: 'short' });
    const monthYear = fmt({ month: 'short', year: 'numeric' });
    return (d, i) => (i === 0 || d.getUTCMonth() === 0 ? monthYear : month).format(d);
  }
  const day = fmt({ day: 'numeric', month: 'short' });
  const dayYear = fmt({ day: 'numeric', month: 'short', year: 'numeric' });
  return (d, i) => (i === 0 || (d.getUTCMonth() === 0 && d.getUTCDate() === 1) ? dayYear : day).format(d);
}

/** One tick of the axis. */
export interface AxisTick {
  /** The tick's date. */
  date: Date;
  /** Its pixel. */
  x: number;
  /** Its label. */
  label: string;
  /** How the label sits on its tick: centred, or starting or ending at `labelX`. */
  anchor: 'start' | 'middle' | 'end';
  /** Where the label is anchored, relative to the tick (0 when centred). */
  labelX: number;
}

/** The ticks for the zoomed scale x on a chart `width` px wide; `measure` gives label widths. */
export function axisTicks(x: ScaleTime<number, number>, width: number, locale: string, measure: (text: string) => number): AxisTick[] {
  const dates = x.ticks(Math.max(2, Math.floor(width / 90)));
  const step = dates.length > 1 ? dates[1].getTime() - dates[0].getTime() : 365 * DAY;
  const format = tickFormatter(locale, step);
  return dates.map((date, i) => {
    const at = x(date);
    const label = format(date, i);
    const half = measure(label) / 2;
    const anchor = at - half < 0 ? 'start' : at + half > width ? 'end' : 'middle';
    const labelX = anchor === 'start' ? -at + 2 : anchor === 'end' ? width - at - 2 : 0;
    return { date, x: at, label, anchor, labelX };
  });
}
