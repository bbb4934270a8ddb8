/**
 * The time axis: ticks that suit the zoom level (years, months or days), labelled with Intl in
 * the reader's language. Draws with d3-axis into a group the renderer owns.
 */
import { axisBottom, type ScaleTime, type Selection } from 'd3';
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

/**
 * Draws the axis for the zoomed scale x at the given y, about one tick per 90 px. A label that
 * would run past either end of the chart is anchored inside it instead ("1990", not "990").
 */
export function drawAxis(
  group: Selection<SVGGElement, unknown, null, undefined>,
  x: ScaleTime<number, number>,
  width: number,
  y: number,
  locale: string,
  measure: (text: string) => number,
): void {
  const ticks = x.ticks(Math.max(2, Math.floor(width / 90)));
  const step = ticks.length > 1 ? ticks[1].getTime() - ticks[0].getTime() : 365 * DAY;
  const format = tickFormatter(locale, step);
  group
    .attr('transform', `translate(0,${y})`)
    .call(axisBottom(x).tickValues(ticks).tickFormat((d, i) => format(d as Date, i)).tickSizeOuter(0));
  group.selectAll<SVGTextElement, Date>('.tick text').each(function (d) {
    const at = x(d);
    const half = measure(this.textContent ?? '') / 2;
    const anchor = at - half < 0 ? 'start' : at + half > width ? 'end' : 'middle';
    this.setAttribute('class', 'tl-tick-label');
    this.setAttribute('text-anchor', anchor);
    this.setAttribute('x', anchor === 'start' ? String(-at + 2) : anchor === 'end' ? String(width - at - 2) : '0');
  });
}
