/**
 * Small builders for layout tests: events from date strings or raw instants, a seeded random
 * source, and a label measure that needs no canvas. Imported by *.test.ts only.
 */
import { coveredInterval, parsePartialDate } from '../model/dates';
import type { TimelineEvent } from '../model/types';
import { DAY_MS } from './timeScale';

/** Fields a test may override on an event. */
export type EventOverrides = Partial<Pick<TimelineEvent, 'title' | 'category' | 'actors' | 'order' | 'certainty' | 'approximate'>>;

/** An event from date strings as the data writes them ("2012", "2012-02", "2012-02-26"). */
export function eventOn(id: string, start: string, end?: string, overrides: EventOverrides = {}): TimelineEvent {
  const startDate = parsePartialDate(start);
  const endDate = end ? parsePartialDate(end) : startDate;
  if (!startDate || !endDate) throw new Error(`bad test date ${start} ${end ?? ''}`);
  const [t0, t1] = coveredInterval(startDate, endDate);
  const isPoint = startDate.precision === 'day' && (end === undefined || end === start);
  return { ...base(id, t0, t1, isPoint, overrides), start, end, startDate, endDate };
}

/** An event over raw instants [t0, t1) in UTC ms; a point when isPoint. */
export function eventAt(id: string, t0: number, t1: number, isPoint = false, overrides: EventOverrides = {}): TimelineEvent {
  return base(id, t0, t1, isPoint, overrides);
}

function base(id: string, t0: number, t1: number, isPoint: boolean, overrides: EventOverrides): TimelineEvent {
  const date = { year: new Date(t0).getUTCFullYear(), precision: 'year' as const };
  return {
    id,
    order: 0,
    title: overrides.title ?? `Event ${id}`,
    summary: '',
    start: String(date.year),
    startDate: date,
    endDate: date,
    approximate: overrides.approximate ?? false,
    category: overrides.category ?? 'diplomacy',
    actors: overrides.actors ?? ['ISR', 'USA'],
    certainty: overrides.certainty ?? 'confirmed',
    sources: [],
    t0,
    t1,
    isPoint,
    disputedBySources: false,
  };
}

/** Sorts events as normalise does and numbers them. */
export function inTimeOrder(events: TimelineEvent[]): TimelineEvent[] {
  const sorted = [...events].sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.id < b.id ? -1 : 1));
  sorted.forEach((e, i) => (e.order = i));
  return sorted;
}

/** A deterministic random source in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['diplomacy', 'trade', 'military'];
const ACTORS = ['ISR', 'USA', 'EGY', 'JOR'];
const WORDS = ['Treaty', 'visit', 'summit', 'arms', 'deal', 'talks', 'embargo', 'aid', 'accord', 'ceasefire'];

/**
 * n random events between `from` and `from + days` days: a mix of points, short and long
 * spans, random categories, one to three actors, titles of 1 to 6 words; in time order.
 */
export function randomEvents(n: number, seed: number, from = Date.UTC(2000, 0, 1), days = 5 * 365): TimelineEvent[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const events: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = from + Math.floor(random() * days) * DAY_MS;
    const kind = random();
    const length = kind < 0.5 ? 1 : kind < 0.85 ? 1 + Math.floor(random() * 60) : 30 + Math.floor(random() * 900);
    const actors = [...new Set([pick(ACTORS), pick(ACTORS), pick(ACTORS)].slice(0, 1 + Math.floor(random() * 3)))];
    const title = Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(WORDS)).join(' ');
    events.push(eventAt(`e${i}`, t0, t0 + length * DAY_MS, length === 1, { category: pick(CATEGORIES), actors, title }));
  }
  return inTimeOrder(events);
}

/** Pixels per character of the fake label measure. */
export const CHAR_PX = 7;

/** A label measure without a canvas: CHAR_PX per UTF-16 unit. */
export const measureByChars = (text: string): number => text.length * CHAR_PX;
