// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { startApp, DEFAULT_DATA_URL } from './startApp';
import { createStore } from './store';
import { appOf } from '../../test/unit/helpers/timeline';
import { parseConfig } from './urlConfig';

const FIXTURE = readFileSync('test/fixtures/valid-minimal.json', 'utf8');
const PAGE = 'https://timeline.example/app/';

/** A global fetch answering every request with this body and status; returns the mock. */
function serve(body: string, status = 200) {
  const fetchMock = vi.fn(async (_url: string | URL | Request) => new Response(body, { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

async function open(search: string, body = FIXTURE, status = 200) {
  const fetchMock = serve(body, status);
  const { config, warnings } = parseConfig(search, PAGE);
  const store = createStore();
  const app = appOf(store);
  app.view.setWidth(1200);
  await startApp(store, app.actions, config, warnings, `${PAGE}${search}`);
  return { store, fetchMock, view: app.view };
}

describe('startApp', () => {
  it('loads the default data relative to the page and applies the URL’s view', async () => {
    const { store, fetchMock } = await open('?event=arms-deal-2012&categories=arms&lanes=actor');
    expect(fetchMock.mock.calls[0][0]).toBe(new URL(DEFAULT_DATA_URL, PAGE).href);
    const state = store.get();
    expect(state.load.status).toBe('ready');
    expect(state.selectedId).toBe('arms-deal-2012');
    expect(state.filters.categories).toEqual(new Set(['arms']));
    expect(state.laneMode).toBe('actor');
    expect(state.dataOrigin).toBeNull();
    expect(state.notices).toEqual([]);
  });

  it('fetches the data while the language is still loading, and puts it in the store only after the language', async () => {
    const fetchMock = serve(FIXTURE);
    const store = createStore();
    let languageIn!: () => void;
    const language = new Promise<void>((resolve) => (languageIn = resolve));
    const started = startApp(store, appOf(store).actions, parseConfig('', PAGE).config, [], PAGE, language);
    await new Promise((r) => setTimeout(r, 20));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(store.get().load.status).toBe('loading');
    languageIn();
    await started;
    expect(store.get().load.status).toBe('ready');
  });

  it('shows the URL’s window', async () => {
    const { view } = await open('?from=2010&to=2014');
    const [t0, t1] = view.window()!;
    expect(Math.abs(t0 - Date.UTC(2010, 0, 1))).toBeLessThan(1000);
    expect(Math.abs(t1 - Date.UTC(2015, 0, 1))).toBeLessThan(1000);
  });

  // The defect: a window wholly outside the data was rewritten or dropped without a word.
  it.each(['?from=2030&to=2040', '?from=1900&to=1950', '?from=2030'])('refuses %s, which shows none of the data, says so and shows everything', async (search) => {
    const { store } = await open(search);
    expect(store.get().notices.map((n) => n.kind)).toEqual(['outsideData']);
    expect(store.get().view.fitted).toBe(true);
  });

  it('gives the event priority over a window that leaves it out, and says so', async () => {
    const { store, view } = await open('?event=arms-deal-2012&from=1995&to=1996');
    expect(store.get().selectedId).toBe('arms-deal-2012');
    expect(store.get().notices).toEqual([{ kind: 'eventOutsideWindow', id: 'arms-deal-2012' }]);
    const [t0, t1] = view.window()!;
    expect(t0).toBeLessThanOrEqual(Date.UTC(2012, 1, 26));
    expect(t1).toBeGreaterThanOrEqual(Date.UTC(2012, 1, 27));
  });

  it('shows an event the URL’s filters hide by relaxing them, and says so', async () => {
    const { store } = await open('?event=arms-deal-2012&categories=diplomacy');
    expect(store.get().selectedId).toBe('arms-deal-2012');
    expect(store.get().filters.categories).toEqual(new Set(['diplomacy', 'arms']));
    expect(store.get().notices.map((n) => n.kind)).toEqual(['filtersRelaxed']);
  });

  it('turns ignored options and unknown ids into notices', async () => {
    const { store } = await open('?zoom=2&theme=purple&event=gone&actors=ISR,FRA');
    expect(store.get().notices).toEqual([
      { kind: 'unknownOption', key: 'zoom' },
      { kind: 'badValue', key: 'theme', value: 'purple' },
      { kind: 'unknownEvent', key: 'event', value: 'gone' },
      { kind: 'unknownId', key: 'actors', value: 'FRA' },
    ]);
    expect(store.get().filters.actors).toEqual(new Set(['ISR']));
  });

  it('names another origin the data comes from', async () => {
    const { store, fetchMock } = await open(`?data=${encodeURIComponent('https://data.example/e.json')}`);
    expect(fetchMock.mock.calls[0][0]).toBe('https://data.example/e.json');
    expect(store.get().dataOrigin).toBe('https://data.example');
  });

  it.each([
    ['from the page’s origin to another', '', 'https://elsewhere.example/e.json', 'https://elsewhere.example'],
    ['from another origin to a third', '?data=https://data.example/e.json', 'https://third.example/x.json', 'https://third.example'],
    ['from another origin back to the page’s', '?data=https://data.example/e.json', `${PAGE}data/events.json`, null],
  ])('after a redirect %s, names where the data really came from', async (_, search, finalUrl, origin) => {
    vi.stubGlobal('fetch', vi.fn(async () => Object.defineProperty(new Response(FIXTURE), 'url', { value: finalUrl })));
    const { config, warnings } = parseConfig(search, PAGE);
    const store = createStore();
    await startApp(store, appOf(store).actions, config, warnings, `${PAGE}${search}`);
    expect(store.get().load.status).toBe('ready');
    expect(store.get().dataOrigin).toBe(origin);
  });

  it('puts the download’s progress in the loading state while a slow body arrives', async () => {
    const chunks = [FIXTURE.slice(0, 500), FIXTURE.slice(500)];
    vi.stubGlobal('fetch', vi.fn(async () => new Response(new ReadableStream({
      async pull(controller) {
        await new Promise((r) => setTimeout(r, 120));
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    }), { headers: { 'content-length': String(FIXTURE.length) } })));
    const store = createStore();
    const seen: unknown[] = [];
    store.subscribe((state) => state.load.status === 'loading' && state.load.progress && seen.push(state.load.progress));
    await startApp(store, appOf(store).actions, parseConfig('', PAGE).config, [], PAGE);
    expect(store.get().load.status).toBe('ready');
    expect(seen).toContainEqual({ loaded: 500, total: FIXTURE.length });
  });

  it('puts a failed load in the store with its problems', async () => {
    const { store } = await open('', 'gone', 404);
    const load = store.get().load;
    expect(load.status).toBe('error');
    if (load.status === 'error') {
      expect(load.failure).toBe('fetch');
      expect(load.url).toBe(DEFAULT_DATA_URL);
      expect(load.problems.join('\n')).toContain('404');
    }
  });
});
