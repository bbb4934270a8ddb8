// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../../src/data/validate';
import type { Dataset } from '../../../src/data/schema';
import { normaliseStore, storeToJson } from '../../../src/interchange/storeJson';
import { importTimeline } from '../../../src/interchange/importTimeline';

const shippedText = readFileSync('data/events.json', 'utf8');
function shipped(): Dataset {
  const validation = validateDataset(JSON.parse(shippedText));
  if (!validation.ok) throw new Error('invalid');
  return validation.data;
}

describe('normalised JSON', () => {
  it('says the same as the store it came from, and is still valid', () => {
    const store = shipped();
    const normalised = JSON.parse(storeToJson(store));
    expect(validateDataset(normalised).ok).toBe(true);
    const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(normalised.events)).toEqual(byId(store.events));
    expect(normalised.sources).toEqual(store.sources);
    expect(normalised.categories).toEqual(store.categories);
    expect(normalised.stories).toEqual(store.stories);
  });

  it('keeps stories, their steps in the author’s order, with keys in the documented order', () => {
    const store = shipped();
    store.stories = [
      {
        steps: [
          { caption: 'Later.', to: '2014', from: '2012', lanes: 'actor', filters: { certainty: ['confirmed'], categories: ['arms'] } },
          { caption: 'Earlier.', event: 'israel-recognises-azerbaijan', title: 'Recognition' },
        ],
        title: 'Backwards',
        id: 'backwards',
      },
    ];
    const stories = JSON.parse(storeToJson(store)).stories;
    expect(stories).toEqual(store.stories);
    expect(Object.keys(stories[0])).toEqual(['id', 'title', 'steps']);
    expect(stories[0].steps.map((s: object) => Object.keys(s))).toEqual([['from', 'to', 'filters', 'lanes', 'caption'], ['title', 'event', 'caption']]);
    expect(Object.keys(stories[0].steps[0].filters)).toEqual(['categories', 'certainty']);
  });

  it('is a fixed point: normalising twice changes nothing', () => {
    const once = storeToJson(shipped());
    expect(storeToJson(JSON.parse(once))).toBe(once);
  });

  it('orders events by start, then end, then id, and writes keys in the documented order', () => {
    const store = shipped();
    store.events.reverse();
    for (const event of store.events) {
      const { sources, id, ...rest } = event;
      Object.assign(event, { sources, ...rest, id }); // scramble key order
    }
    const text = storeToJson(store);
    expect(text).toBe(storeToJson(shipped()));
    const events = JSON.parse(text).events as Dataset['events'];
    expect(Object.keys(events[0]).slice(0, 4)).toEqual(['id', 'title', 'summary', 'start']);
    for (let i = 1; i < events.length; i++) expect(events[i - 1].start.slice(0, 4) <= events[i].start.slice(0, 4)).toBe(true);
  });

  it('sorts by start, then by end: 1 January before the whole year it opens, whatever the ids', () => {
    const store = shipped();
    const day = structuredClone(store.events[0]);
    Object.assign(day, { id: 'zz-day', start: '2000-01-01', end: undefined });
    const year = structuredClone(store.events[0]);
    Object.assign(year, { id: 'aa-year', start: '2000', end: undefined });
    const ids = normaliseStore({ ...store, events: [day, year] }).events.map((e) => e.id);
    expect(ids).toEqual(['zz-day', 'aa-year']);
  });

  it('imports an event store as itself, normalised, and ignores --pair with a note', () => {
    const result = importTimeline(shippedText, { fileName: 'events.json', pair: ['ARM', 'TUR'] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(storeToJson(result.store)).toBe(storeToJson(shipped()));
    expect(result.report.notes.some((n) => n.startsWith('--pair ARM,TUR is ignored'))).toBe(true);
  });

  it('refuses an invalid event store with the validator’s messages', () => {
    const result = importTimeline(readFileSync('test/fixtures/invalid/end-before-start.json', 'utf8'), { fileName: 'bad.json' });
    expect(result).toMatchObject({ ok: false, problems: ['bad.json: events[1] "arms-deal-2012" end: end 2011 is before start 2012'] });
  });
});
