/**
 * Time windows as the dates people write: `from=2010&to=2014` (to inclusive at its precision,
 * so 2014 runs to the end of 2014) and back, choosing the coarsest readable precision that
 * stays true to the window. Pure, UTC.
 */
import { parsePartialDate, startOf, endOf, utc } from './dates';

const DAY = 86_400_000;

/** The [t0, t1) window in UTC ms that from/to describe ("to" inclusive at its precision), or null if empty. */
export function windowOf(from: string, to: string): [number, number] | null {
  const a = parsePartialDate(from);
  const b = parsePartialDate(to);
  if (!a || !b) return null;
  const t0 = startOf(a);
  const t1 = endOf(b);
  return t1 > t0 ? [t0, t1] : null;
}

/**
 * The coarsest readable from/to that stays within 1% of the window's width of the real edges:
 * years for a view of decades, months for a view of years, days otherwise.
 */
export function windowToDates(t0: number, t1: number): [string, string] {
  const tolerance = (t1 - t0) * 0.01;
  for (const unit of ['year', 'month', 'day'] as const) {
    const from = format(new Date(roundTo(t0, unit)), unit);
    const to = format(new Date(roundTo(t1, unit) - DAY), unit);
    const back = windowOf(from, to);
    if (back && Math.abs(back[0] - t0) + Math.abs(back[1] - t1) <= tolerance) return [from, to];
  }
  return [format(new Date(roundTo(t0, 'day')), 'day'), format(new Date(Math.max(roundTo(t1, 'day'), roundTo(t0, 'day') + DAY) - DAY), 'day')];
}

function roundTo(t: number, unit: 'year' | 'month' | 'day'): number {
  const d = new Date(t);
  if (unit === 'day') return Math.round(t / DAY) * DAY;
  const y = d.getUTCFullYear();
  if (unit === 'year') {
    const a = utc(y, 0, 1);
    const b = utc(y + 1, 0, 1);
    return t - a < b - t ? a : b;
  }
  const a = utc(y, d.getUTCMonth(), 1);
  const b = utc(y, d.getUTCMonth() + 1, 1);
  return t - a < b - t ? a : b;
}

function format(d: Date, unit: 'year' | 'month' | 'day'): string {
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return unit === 'year' ? y : unit === 'month' ? `${y}-${m}` : `${y}-${m}-${day}`;
}
