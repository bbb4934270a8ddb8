// @vitest-environment node
/**
 * The shipped dataset: valid, pointing at its schema, quoting its seed article verbatim, and
 * carrying every dated claim of that article.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { validateDataset } from '../../src/data/validate';
import type { Dataset } from '../../src/data/schema';

const raw = JSON.parse(readFileSync('data/events.json', 'utf8'));
const SEED = '../shared/seed/000_ef5e1746d28300d1.txt';
const ARTICLE = 'sputnik-2020';

describe('data/events.json', () => {
  const result = validateDataset(raw);
  const data = (result.ok ? result.data : raw) as Dataset;

  it('is valid', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('names its JSON Schema so editors check it while typing', () => {
    expect(raw.$schema).toBe('./events.schema.json');
  });

  it('spans the relationship from 1991 to 2025 with about forty events', () => {
    const years = data.events.map((e) => Number(e.start.slice(0, 4)));
    expect(Math.min(...years)).toBe(1991);
    expect(Math.max(...years)).toBe(2025);
    expect(data.events.length).toBeGreaterThanOrEqual(38);
  });

  it('quotes the seed article verbatim (when ../shared/seed is present)', () => {
    if (!existsSync(SEED)) return void console.warn(`${SEED} is not here; quote check not run`);
    const article = readFileSync(SEED, 'utf8');
    const quotes = data.events.flatMap((e) => e.sources.filter((c) => c.source === ARTICLE).map((c) => ({ id: e.id, quote: c.quote })));
    expect(quotes.length).toBeGreaterThanOrEqual(12);
    expect(quotes.filter((q) => !article.includes(q.quote))).toEqual([]);
  });

  // The article's dated claims, the event that carries each, and what the record says.
  it.each([
    ['israel-recognises-azerbaijan', '1991-12-25', { start: '1992' }],
    ['diplomatic-relations-1992', '1992-04-07', null],
    ['israeli-embassy-baku-1993', '1993-08', null],
    ['arms-deal-2012', '2012-02-26', null],
    ['arms-contracts-total-2016', '2016-12-13', { value: { amount: 5_000_000_000, currency: 'USD', kind: 'announced' } }],
    ['arms-customer-ranking-2017', '2017', null],
    ['karabakh-war-2020-begins', '2020-09-27', null],
    ['armenia-recalls-ambassador-2020', '2020-10-01', null],
    ['ties-after-soviet-collapse', '1991', null],
    ['oil-supply-share', '2009', null],
    ['cooperation-against-iran', '2009', null],
    ['israel-neutrality-karabakh-2020', '2020-09', null],
  ])('%s cites the article and carries the record date %s', (id, start, claims) => {
    const event = data.events.find((e) => e.id === id);
    expect(event?.start).toBe(start);
    const citation = event?.sources.find((c) => c.source === ARTICLE);
    expect(citation).toBeDefined();
    if (claims) expect(citation?.claims).toMatchObject(claims);
  });

  it('records the 2016 figure as a running total, not one deal', () => {
    const event = data.events.find((e) => e.id === 'arms-contracts-total-2016');
    expect(event?.value).toEqual({ amount: 4_850_000_000, currency: 'USD', kind: 'cumulative' });
  });

  it('does not turn the Golan Heights photo caption into an event', () => {
    expect(data.events.filter((e) => /golan/i.test(`${e.title} ${e.summary}`))).toEqual([]);
  });

  it('has the two war eras', () => {
    expect(data.eras.map((e) => [e.start, e.end])).toEqual(expect.arrayContaining([['2016-04-02', '2016-04-05'], ['2020-09-27', '2020-11-10']]));
  });

  it('tells the relationship from recognition to the 2020 war in 8 to 12 steps, in time order', () => {
    const story = data.stories?.find((s) => s.id === 'recognition-to-war');
    expect(story).toBeDefined();
    const steps = story!.steps;
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(steps.length).toBeLessThanOrEqual(12);
    const byId = new Map(data.events.map((e) => [e.id, e]));
    const starts = steps.map((s) => (s.event ? byId.get(s.event)!.start : s.from!));
    expect(starts[0].slice(0, 4)).toBe('1991');
    expect(steps[steps.length - 1].event).toBe('karabakh-ceasefire-2020');
    expect(steps.filter((s) => s.event).length).toBeGreaterThanOrEqual(8);
    for (let i = 1; i < starts.length; i++) expect(starts[i].slice(0, 7) >= starts[i - 1].slice(0, 7), `step ${i + 1} goes back in time`).toBe(true);
  });

  it('writes every caption in its own words: no run of eight words from a summary, a quote or the seed article', () => {
    const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}$%]+/gu) ?? [];
    const runs = (text: string) => {
      const w = words(text);
      return w.slice(0, Math.max(0, w.length - 7)).map((_, i) => w.slice(i, i + 8).join(' '));
    };
    const borrowed = new Set(data.events.flatMap((e) => [e.summary, ...e.sources.map((c) => c.quote)]).flatMap(runs));
    if (existsSync(SEED)) for (const run of runs(readFileSync(SEED, 'utf8'))) borrowed.add(run);
    const copied = (data.stories ?? []).flatMap((s) => s.steps).flatMap((step) => runs(step.caption).filter((run) => borrowed.has(run)));
    expect(copied).toEqual([]);
  });
});

