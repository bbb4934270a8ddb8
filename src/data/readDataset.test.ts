// @vitest-environment node
// Reading in slices (for large documents) must give exactly what reading in one go gives.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDatasetBytes, readTimelineBytes, readTimelineInSlices } from './readDataset';
import { parseJsonInSlices } from './parseJson';
import { scanJson } from './scanJson';
import { makeSyntheticDataset } from '../../bench/synthetic';
import { comparableText } from '../../test/properties/harness';

const encode = (text: string) => new TextEncoder().encode(text);

/** A synthetic store of n events with a problem of each layer in different events, and a key given twice. */
function brokenText(n: number): string {
  const data = makeSyntheticDataset(7, n) as unknown as { events: Record<string, unknown>[] };
  data.events[4100].certainty = 'sure';
  data.events[10].category = 'nowhere';
  delete data.events[2999].title;
  return JSON.stringify(data).replace(`"id":"${data.events[2500].id}"`, `"id":"${data.events[2500].id}","summary":"x"`);
}

describe('readTimelineInSlices', () => {
  it.each([
    ['the shipped dataset', () => readFileSync('data/events.json', 'utf8')],
    ['2,500 synthetic events', () => JSON.stringify(makeSyntheticDataset(7, 2500))],
    ['5,000 events with problems in several layers and events', () => brokenText(5000)],
    ['a text that ends too soon', () => brokenText(5000).slice(0, 200_000)],
    ['a web page', () => '<!doctype html><p>Not here</p>'],
    ['nesting too deep', () => '['.repeat(5000)],
  ])('reads %s as readTimelineBytes does, pausing between slices', async (_, make) => {
    const bytes = encode(make());
    let pauses = 0;
    const sliced = await readTimelineInSlices(bytes, () => (pauses++, Promise.resolve()));
    expect(comparableText(sliced)).toBe(comparableText(readTimelineBytes(bytes)));
    expect(pauses).toBeGreaterThan(0);
  });

  it('reports every layer’s problems of a large document in document order', async () => {
    const reading = await readTimelineInSlices(encode(brokenText(5000)), () => undefined);
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.problems.map((p) => p.path.slice(0, 3).join('.'))).toEqual(['events.10.category', 'events.2500.summary', 'events.2999.title', 'events.4100.certainty']);
    }
  });
});

describe('parseJsonInSlices with the scan done aside', () => {
  const text = brokenText(5000);

  it('gives the same result as scanning here, with JSON.parse run while the scan runs', async () => {
    const aside = (body: string) => Promise.resolve(scanJson(body));
    expect(await parseJsonInSlices(text, () => undefined, aside)).toEqual(await parseJsonInSlices(text, () => undefined));
  });

  it.each([
    ['cannot start', () => null],
    ['fails', () => Promise.resolve(null)],
  ])('scans here when the scan aside %s', async (_, aside) => {
    expect(await parseJsonInSlices('{"a": 1, "a": 2}', () => undefined, aside)).toEqual({
      ok: true,
      value: { a: 2 },
      problems: [expect.objectContaining({ path: ['a'] })],
    });
  });

  it('reports where a text is not JSON from the scan aside', async () => {
    const parsed = await parseJsonInSlices('{"a": 1,', () => undefined, (body) => Promise.resolve(scanJson(body)));
    expect(parsed).toEqual({ ok: false, problem: { path: [], message: 'not valid JSON at line 1, column 9: the file ends too soon (it looks cut short)' } });
  });
});

describe('readDatasetBytes', () => {
  it('refuses UTF-32', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0, 0x7d, 0, 0, 0]);
    expect(readDatasetBytes(bytes)).toEqual({ ok: false, failure: 'json', problems: [{ path: [], message: 'the file is in UTF-32, which is not supported: save it as UTF-8' }] });
  });
});
