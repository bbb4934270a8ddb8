// @vitest-environment node
/**
 * A store of the events a reader's filters leave: valid on its own for every kind of filter,
 * holding exactly what those events need, and written as CSV or JSON it imports back to the
 * same events. Run on the shipped dataset, asserted by rule rather than by count, so that the
 * dataset can gain events.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../data/validate';
import { normalise } from '../data/normalise';
import type { Dataset } from '../data/schema';
import { applyFilters, NO_FILTERS, type Filters } from '../model/filters';
import { coveredInterval, parsePartialDate } from '../model/dates';
import { storeOfEvents } from './shownStore';
import { storeToCsv } from './csv/toCsv';
import { normaliseStore, storeToJson } from './storeJson';
import { importTimeline } from './importTimeline';

function shipped(): Dataset {
  const validation = validateDataset(JSON.parse(readFileSync('data/events.json', 'utf8')));
  if (!validation.ok) throw new Error('data/events.json is invalid');
  return validation.data;
}

const data = shipped();
const timeline = normalise(data);
const span = (start: string, end?: string) => coveredInterval(parsePartialDate(start)!, end ? parsePartialDate(end)! : undefined);

const FILTERS: [string, Partial<Filters>][] = [
  ['nothing filtered', {}],
  ['one category', { categories: new Set(['arms']) }],
  ['two categories', { categories: new Set(['diplomacy', 'conflict']) }],
  ['a third country', { actors: new Set(['ARM']) }],
  ['alleged and disputed only', { certainties: new Set(['alleged', 'disputed'] as const) }],
  ['a search', { query: 'Iron Dome' }],
  ['a search that finds nothing', { query: 'no event says this zzzz' }],
];

describe.each(FILTERS)('the store of the events shown with %s', (_, patch) => {
  const shown = applyFilters(timeline.events, { ...NO_FILTERS, ...patch });
  const store = storeOfEvents(data, new Set(shown.map((e) => e.id)));

  it('is a valid store of exactly those events', () => {
    const validation = validateDataset(store);
    expect(validation.ok ? [] : validation.problems.map((p) => p.message)).toEqual([]);
    expect(store.events.map((e) => e.id).sort()).toEqual(shown.map((e) => e.id).sort());
  });

  it('keeps the sources cited, the categories used, the actors involved and the pair, and the eras that overlap', () => {
    const cited = new Set(store.events.flatMap((e) => e.sources.map((c) => c.source)));
    expect(new Set(store.sources.map((s) => s.id))).toEqual(cited);
    if (store.events.length) expect(new Set(store.categories.map((c) => c.id))).toEqual(new Set(store.events.map((e) => e.category)));
    else expect(store.categories).toEqual(data.categories);
    expect(new Set(store.actors.map((a) => a.id))).toEqual(new Set([...data.pair, ...store.events.flatMap((e) => e.actors)]));
    const [lo, hi] = store.events.reduce(([a, b], e) => {
      const [t0, t1] = span(e.start, e.end);
      return [Math.min(a, t0), Math.max(b, t1)];
    }, [Infinity, -Infinity]);
    const overlapping = data.eras.filter((era) => {
      const [t0, t1] = span(era.start, era.end);
      return t0 < hi && t1 > lo;
    });
    expect(store.eras).toEqual(overlapping);
    expect([store.id, store.title, store.pair]).toEqual([data.id, data.title, data.pair]);
  });

  it('comes back the same from its CSV and its JSON (or, with no event, is refused as empty)', () => {
    for (const [text, fileName] of [[storeToCsv(store), 'shown.csv'], [storeToJson(store), 'shown.json']]) {
      const back = importTimeline(text, { fileName });
      if (!shown.length) {
        expect(back.ok).toBe(fileName.endsWith('.json')); // our JSON of no events is valid; the CSV importer wants an event
        continue;
      }
      expect(back.ok ? [] : back.problems).toEqual([]);
      if (back.ok) expect(normaliseStore(back.store)).toEqual(normaliseStore(store));
    }
  });
});

describe('storeOfEvents', () => {
  it('leaves out a draft’s extraction metadata (it describes the whole article) and the relative $schema path', () => {
    const withDraft: Dataset = {
      ...data,
      draft: { article: { title: 'An article', text: 'Some words.' }, candidates: {} },
    };
    const store = storeOfEvents({ ...withDraft, $schema: './events.schema.json' }, new Set([data.events[0].id]));
    expect(store).not.toHaveProperty('draft');
    expect(store).not.toHaveProperty('$schema');
  });

  it('never changes the store it was given', () => {
    const before = JSON.stringify(data);
    storeOfEvents(data, new Set([data.events[0].id]));
    expect(JSON.stringify(data)).toBe(before);
  });
});
