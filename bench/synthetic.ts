/**
 * Deterministic synthetic event stores for the benchmark (and for any test that needs many
 * events): a pure function of (seed, n), valid against the format in docs/data-format.md.
 *
 * Events fall between 1991 and 2025, in five categories, as points and ranges at all three
 * precisions (YYYY, YYYY-MM, YYYY-MM-DD), in no particular order (normalise sorts them). Each
 * cites one or two of a handful of shared sources with a quote; about one in twenty has a
 * source that claims a different start, so the "sources disagree" path is exercised too.
 */
import type { Dataset, RawEvent } from '../src/data/schema';
import { daysInMonth } from '../src/model/dates';
import { seededRandom } from '../src/layout/testFixtures';

const FIRST_YEAR = 1991;
const LAST_YEAR = 2025;
const CATEGORIES = [
  { id: 'diplomacy', label: 'Diplomacy' },
  { id: 'arms', label: 'Arms and defence' },
  { id: 'energy', label: 'Energy and trade' },
  { id: 'security', label: 'Security and intelligence' },
  { id: 'conflict', label: 'Conflict' },
];
const ACTORS = [
  { id: 'ISR', name: 'Israel' },
  { id: 'AZE', name: 'Azerbaijan' },
  { id: 'ARM', name: 'Armenia' },
  { id: 'IRN', name: 'Iran' },
  { id: 'TUR', name: 'Turkey' },
  { id: 'socar', name: 'SOCAR' },
];
const SOURCES = Array.from({ length: 8 }, (_, i) => ({
  id: `source-${i + 1}`,
  title: `Synthetic report number ${i + 1}`,
  publisher: ['Wire service', 'Daily paper', 'Quarterly review', 'Ministry'][i % 4],
  url: `https://example.org/reports/${i + 1}`,
  published: `${2000 + i * 3}`,
}));
const ERAS = [
  { id: 'early-years', title: 'Early years', start: '1991', end: '1999' },
  { id: 'arms-boom', title: 'Arms boom', start: '2009-06', end: '2016-12' },
  { id: 'after-the-war', title: 'After the war', start: '2020-11-10', end: '2025' },
];
const WORDS = ['treaty', 'visit', 'summit', 'arms', 'deal', 'talks', 'pipeline', 'drones', 'embassy', 'accord', 'ceasefire', 'licence', 'exercise', 'minister', 'contract'];
const CERTAINTY = ['confirmed', 'confirmed', 'reported', 'alleged', 'disputed'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** A synthetic event store of n events; the same (seed, n) always gives the same document. */
export function makeSyntheticDataset(seed: number, n: number): Dataset {
  const random = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');

  /** A start and optional end whose shapes share one precision; ends never pass 2025. */
  function dates(): { start: string; end?: string } {
    const precision = random();
    const isRange = random() < 0.4;
    const year = int(FIRST_YEAR, LAST_YEAR);
    if (precision < 0.2) {
      return isRange ? { start: `${year}`, end: `${Math.min(LAST_YEAR, year + int(1, 6))}` } : { start: `${year}` };
    }
    const month = int(1, 12);
    if (precision < 0.5) {
      if (!isRange) return { start: `${year}-${pad(month)}` };
      const last = Math.min(LAST_YEAR * 12 + 11, year * 12 + month - 1 + int(1, 30));
      return { start: `${year}-${pad(month)}`, end: `${Math.floor(last / 12)}-${pad((last % 12) + 1)}` };
    }
    const day = int(1, daysInMonth(year, month));
    const start = `${year}-${pad(month)}-${pad(day)}`;
    if (!isRange) return { start };
    const end = new Date(Math.min(Date.UTC(LAST_YEAR, 11, 31), Date.UTC(year, month - 1, day + int(1, 400))));
    return { start, end: end.toISOString().slice(0, 10) };
  }

  const cited = SOURCES.slice(0, Math.min(SOURCES.length, n));
  const events: RawEvent[] = [];
  for (let i = 0; i < n; i++) {
    const { start, end } = dates();
    const first = i < cited.length ? cited[i] : pick(cited); // every listed source gets cited
    const sources: RawEvent['sources'] = [{ source: first.id, quote: `The ${words(int(4, 10))} was reported on ${start}.` }];
    if (random() < 0.3) sources.push({ source: pick(cited).id, quote: `Officials described the ${words(int(3, 8))}.` });
    if (random() < 0.05) sources.push({ source: pick(cited).id, quote: 'An earlier date is given here.', claims: { start: `${Number(start.slice(0, 4)) - 1}` } });
    const actors = [...new Set([pick(ACTORS).id, pick(ACTORS).id, pick(ACTORS).id].slice(0, int(1, 3)))];
    const event: RawEvent = {
      id: `event-${i + 1}`,
      title: words(int(2, 7)).replace(/^./, (c) => c.toUpperCase()),
      summary: `Synthetic event ${i + 1}: ${words(int(8, 20))}.`,
      start,
      ...(end ? { end } : {}),
      ...(random() < 0.1 ? { approximate: true } : {}),
      category: pick(CATEGORIES).id,
      actors,
      certainty: pick(CERTAINTY),
      ...(random() < 0.08 ? { value: { amount: int(1, 5000) * 1e6, currency: 'USD', kind: pick(['announced', 'estimated', 'cumulative'] as const) } } : {}),
      sources,
    };
    events.push(event);
  }

  return {
    version: 1,
    id: `synthetic-${n}`,
    title: `Synthetic timeline of ${n.toLocaleString('en')} events`,
    description: `A generated dataset (seed ${seed}) for the performance benchmark.`,
    pair: ['ISR', 'AZE'],
    actors: ACTORS,
    categories: CATEGORIES,
    sources: cited,
    eras: ERAS,
    events,
  };
}
