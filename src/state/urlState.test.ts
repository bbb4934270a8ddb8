// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveUrlView, stateToQuery, windowToDates } from './urlState';
import { DEFAULT_CONFIG, parseConfig, windowOf, type ViewConfig } from './urlConfig';
import { INITIAL_STATE, type AppState } from './store';
import { NO_FILTERS } from '../model/filters';
import { seededRandom } from '../layout/testFixtures';
import { datasetOf, fixtureTimeline } from '../../test/unit/helpers/timeline';

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1, h = 0) => Date.UTC(y, m - 1, d, h);
const timeline = fixtureTimeline();
const ready = (patch: Partial<AppState> = {}): AppState => ({ ...INITIAL_STATE, load: { status: 'ready' }, dataset: datasetOf(timeline), ...patch });
/** The view the controller publishes when it shows [t0, t1]. */
const showing = (t0: number, t1: number): Pick<AppState, 'view'> => ({ view: { window: [t0, t1], fitted: false, settled: true } });
const config = (patch: Partial<ViewConfig> = {}): ViewConfig => ({ ...DEFAULT_CONFIG, ...patch });

describe('windowToDates', () => {
  it.each([
    ['decades aligned to years', utc(1991), utc(2026), ['1991', '2025']],
    ['decades a month off the years', utc(1991, 2), utc(2025, 12), ['1991', '2025']],
    ['one whole year', utc(2012), utc(2013), ['2012', '2012']],
    ['months', utc(2012, 2), utc(2012, 8), ['2012-02', '2012-07']],
    ['months across a new year', utc(2019, 11), utc(2020, 3), ['2019-11', '2020-02']],
    ['days', utc(2012, 2, 10), utc(2012, 2, 20), ['2012-02-10', '2012-02-19']],
    ['days across a month end', utc(2012, 2, 25), utc(2012, 3, 5), ['2012-02-25', '2012-03-04']],
  ])('%s → %j', (_what, t0, t1, expected) => {
    expect(windowToDates(t0, t1)).toEqual(expected);
  });

  // Any window of 100 days or more can be written within 1% (a day is at most 1% of it).
  const random = seededRandom(7);
  const windows: [number, number][] = Array.from({ length: 40 }, () => {
    const t0 = utc(1990) + Math.floor(random() * 35 * 365 * 24) * 3_600_000;
    const width = (100 + Math.floor(random() * 12_000)) * DAY + Math.floor(random() * 24) * 3_600_000;
    return [t0, t0 + width];
  });
  it.each(windows)('round trip of [%i, %i] stays within 1%% of its width', (t0, t1) => {
    const back = windowOf(...windowToDates(t0, t1));
    expect(back).not.toBeNull();
    const error = Math.abs(back![0] - t0) + Math.abs(back![1] - t1);
    expect(error).toBeLessThanOrEqual((t1 - t0) * 0.01);
  });

  it.each([
    [utc(2012, 2, 10, 7), utc(2012, 2, 13, 15)],
    [utc(2012, 2, 10, 13), utc(2012, 2, 14, 2)],
    [utc(2020, 12, 30, 20), utc(2021, 1, 3, 4)],
  ])('writes a window of a few days (%i, %i) as days, each edge within half a day', (t0, t1) => {
    const [from, to] = windowToDates(t0, t1);
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const back = windowOf(from, to)!;
    expect(Math.abs(back[0] - t0)).toBeLessThanOrEqual(DAY / 2);
    expect(Math.abs(back[1] - t1)).toBeLessThanOrEqual(DAY / 2);
  });
});

describe('stateToQuery', () => {
  it('writes nothing for the default view', () => {
    expect(stateToQuery(ready(), DEFAULT_CONFIG)).toBe('');
  });

  it('writes no window while everything is shown, nor before anything was drawn', () => {
    expect(stateToQuery(ready({ view: { window: [utc(1990), utc(2026)], fitted: true, settled: true } }), DEFAULT_CONFIG)).toBe('');
    expect(stateToQuery(ready({ view: { window: null, fitted: false, settled: true } }), DEFAULT_CONFIG)).toBe('');
  });

  it('writes a readable query with commas, not %2C', () => {
    const state = ready({
      selectedId: 'arms-deal-2012',
      ...showing(utc(2010), utc(2015)),
      filters: { ...NO_FILTERS, categories: new Set(['arms']) },
    });
    expect(stateToQuery(state, DEFAULT_CONFIG)).toBe('?event=arms-deal-2012&from=2010&to=2014&categories=arms');
  });

  it('lists several ids with plain commas', () => {
    const state = ready({ filters: { ...NO_FILTERS, actors: new Set(['ISR', 'AZE']), certainties: new Set(['confirmed', 'reported'] as const) } });
    const query = stateToQuery(state, DEFAULT_CONFIG);
    expect(query).toBe('?actors=ISR,AZE&certainty=confirmed,reported');
    expect(query).not.toContain('%2C');
  });

  it('writes an empty filter set as an empty list, which reads back as "none"', () => {
    const query = stateToQuery(ready({ filters: { ...NO_FILTERS, categories: new Set() } }), DEFAULT_CONFIG);
    expect(query).toBe('?categories=');
    expect(parseConfig(query).config.categories).toEqual([]);
  });

  it('writes search text trimmed, and omits it when blank', () => {
    expect(stateToQuery(ready({ filters: { ...NO_FILTERS, query: '  arms deal ' } }), DEFAULT_CONFIG)).toBe('?q=arms+deal');
    expect(stateToQuery(ready({ filters: { ...NO_FILTERS, query: '   ' } }), DEFAULT_CONFIG)).toBe('');
  });

  it('writes lanes, theme and language only when not the default', () => {
    expect(stateToQuery(ready({ laneMode: 'actor', theme: 'dark', lang: 'he' }), DEFAULT_CONFIG)).toBe('?lanes=actor&theme=dark&lang=he');
    expect(stateToQuery(ready({ laneMode: 'category', theme: 'auto', lang: null }), DEFAULT_CONFIG)).toBe('');
  });

  it('carries data, controls and title over from the page’s config', () => {
    const carried = config({ data: 'https://data.example/e.json', controls: 'none', title: false });
    expect(stateToQuery(ready(), carried)).toBe('?data=https://data.example/e.json&controls=none&title=hide');
  });

  it('round-trips through parseConfig and resolveUrlView', () => {
    const state = ready({
      selectedId: 'recognition',
      ...showing(utc(1990), utc(2000)),
      laneMode: 'actor',
      filters: { categories: new Set(['diplomacy']), actors: new Set(['ISR']), certainties: new Set(['confirmed'] as const), query: 'recognise, it' },
    });
    const view = resolveUrlView(parseConfig(stateToQuery(state, DEFAULT_CONFIG)).config, timeline);
    expect(view.selectedId).toBe('recognition');
    expect(view.laneMode).toBe('actor');
    expect(view.window).toEqual([utc(1990), utc(2000)]);
    expect(view.filters).toEqual(state.filters);
    expect(view.unknown).toEqual([]);
  });
});

describe('resolveUrlView', () => {
  it('keeps known ids and drops unknown ones, one warning each', () => {
    const view = resolveUrlView(
      config({ event: 'no-such-event', categories: ['arms', 'sport'], actors: ['ISR', 'FRA', 'DEU'] }),
      timeline,
    );
    expect(view.selectedId).toBeNull();
    expect(view.filters.categories).toEqual(new Set(['arms']));
    expect(view.filters.actors).toEqual(new Set(['ISR']));
    expect(view.unknown).toEqual([
      { key: 'event', value: 'no-such-event' },
      { key: 'categories', value: 'sport' },
      { key: 'actors', value: 'FRA' },
      { key: 'actors', value: 'DEU' },
    ]);
  });

  it('keeps a known event', () => {
    const view = resolveUrlView(config({ event: 'arms-deal-2012' }), timeline);
    expect(view.selectedId).toBe('arms-deal-2012');
    expect(view.unknown).toEqual([]);
  });

  it('shows everything (null) when every listed id is unknown, rather than nothing', () => {
    const view = resolveUrlView(config({ categories: ['sport'] }), timeline);
    expect(view.filters.categories).toBeNull();
    expect(view.unknown).toEqual([{ key: 'categories', value: 'sport' }]);
  });

  it('passes certainty, search and lanes through', () => {
    const view = resolveUrlView(config({ certainty: ['alleged'], q: 'deal', lanes: 'actor' }), timeline);
    expect(view.filters.certainties).toEqual(new Set(['alleged']));
    expect(view.filters.query).toBe('deal');
    expect(view.laneMode).toBe('actor');
  });

  it.each([
    ['neither', null, null, null],
    ['both', '2010', '2014', [utc(2010), utc(2015)]],
    ['only from: to the data’s end', '2000', null, [utc(2000), timeline.extent[1]]],
    ['only to: from the data’s start', null, '2000-06', [timeline.extent[0], utc(2000, 7)]],
    // Kept as asked, so that the view can refuse it and say so.
    ['only from, after the data ends', '2050', null, [utc(2050), utc(2051)]],
  ])('window with %s', (_what, from, to, expected) => {
    expect(resolveUrlView(config({ from, to }), timeline).window).toEqual(expected);
  });
});
