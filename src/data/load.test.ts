// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadTimeline, type LoadResult } from './load';

const fixture = (name: string) => readFileSync(`test/fixtures/${name}`, 'utf8');

/** A fetch that answers every request with this body and status. */
function answering(body: string, status = 200, statusText = 'OK') {
  return vi.fn<typeof fetch>(async () => new Response(body, { status, statusText }));
}

function failure(result: LoadResult) {
  if (result.ok) throw new Error('expected the load to fail');
  return result;
}

describe('loadTimeline', () => {
  it('asks for the URL with default credentials (same origin only), as the page preloads it', async () => {
    const fetchImpl = answering(fixture('valid-minimal.json'));
    await loadTimeline('data/events.json', { fetch: fetchImpl });
    expect(fetchImpl).toHaveBeenCalledWith('data/events.json', { signal: expect.any(AbortSignal) });
  });

  it.each([
    [404, 'Not Found'],
    [500, 'Internal Server Error'],
    [403, ''],
  ])('reports an HTTP %i as a fetch failure naming the status', async (status, statusText) => {
    const result = failure(await loadTimeline('data/events.json', { fetch: answering('nope', status, statusText) }));
    expect(result.failure).toBe('fetch');
    expect(result.url).toBe('data/events.json');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain(String(status));
    expect(result.problems[0]).toMatch(/^data\/events\.json: /);
  });

  it('reports a network error as a fetch failure with its reason', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = failure(await loadTimeline('https://data.example/events.json', { fetch: fetchImpl }));
    expect(result.failure).toBe('fetch');
    expect(result.problems).toEqual(['https://data.example/events.json: could not be fetched (Failed to fetch)']);
  });

  it('reports a thrown non-Error as a fetch failure too', async () => {
    const result = failure(await loadTimeline('x.json', { fetch: vi.fn<typeof fetch>(() => Promise.reject('offline')) }));
    expect(result.failure).toBe('fetch');
    expect(result.problems[0]).toContain('offline');
  });

  it.each([
    ['an unquoted value', '{\n  "version": 1,\n  "id": oops\n}', 3, 9],
    ['a misspelt literal', '{\n  "approximate": tru\n}', 2, null], // column: the t or just after tru
    ['single quotes', "{\n  'version': 1\n}", 2, 3],
    ['a missing comma', '{\n  "version": 1\n  "id": "x"\n}', 3, 3],
    ['a trailing comma', '{"a": 1,}', 1, 9],
    ['a cut-off file', '{\n  "version": 1,\n', 3, 1],
  ])('reports bad JSON (%s) with its line and column', async (_what, text, line, column) => {
    const result = failure(await loadTimeline('./data/events.json', { fetch: answering(text) }));
    expect(result.failure).toBe('json');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^data\/events\.json: not valid JSON at line \d+, column \d+/);
    expect(result.problems[0]).toMatch(new RegExp(`line ${line}, column ${column ?? '\\d+'}\\b`));
  });

  it('reports the malformed fixture as JSON with a position', async () => {
    const result = failure(await loadTimeline('data/events.json', { fetch: answering(fixture('invalid/malformed-json.json')) }));
    expect(result.failure).toBe('json');
    expect(result.problems[0]).toMatch(/line \d+, column \d+/);
  });

  it.each([
    ['end-before-start', 'data/events.json: events[1] "arms-deal-2012" end: end 2011 is before start 2012'],
    ['unknown-category', '"arms-deal-2012"'],
    ['missing-title', 'data/events.json: events[1] "arms-deal-2012" title: title is missing'],
  ])('reports the invalid fixture %s with problem lines naming the event', async (name, expected) => {
    const result = failure(await loadTimeline('data/events.json', { fetch: answering(fixture(`invalid/${name}.json`)) }));
    expect(result.failure).toBe('invalid');
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.some((line) => line.includes(expected))).toBe(true);
  });

  it('loads a valid store as a timeline sorted by time, with byId', async () => {
    // Reverse the fixture's events so that sorting has something to do.
    const data = JSON.parse(fixture('valid-minimal.json'));
    data.events.reverse();
    const result = await loadTimeline('data/events.json', { fetch: answering(JSON.stringify(data)) });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const { events, byId } = result.timeline;
    expect(events.map((e) => e.id)).toEqual(['recognition', 'arms-deal-2012']);
    expect(events.map((e) => e.order)).toEqual([0, 1]);
    expect(events[0].t0).toBeLessThan(events[1].t0);
    expect(byId.get('arms-deal-2012')).toBe(events[1]);
    expect(byId.size).toBe(2);
    expect(result.url).toBe('data/events.json');
  });

  it('loads the shipped dataset', async () => {
    const result = await loadTimeline('data/events.json', { fetch: answering(readFileSync('data/events.json', 'utf8')) });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.timeline.events).toHaveLength(45);
  });
});
