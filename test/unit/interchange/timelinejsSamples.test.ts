// @vitest-environment node
/**
 * TimelineJS3's own sample files and template CSVs, as its npm package ships them
 * (@knight-lab/timelinejs, a dev dependency): each imports into a valid store, or is refused
 * with a clear message when nothing in it can be stored.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importTimeline } from '../../../src/interchange/importTimeline';
import { validateDataset } from '../../../src/data/validate';

const PACKAGE = 'node_modules/@knight-lab/timelinejs';
const read = (path: string) => importTimeline(readFileSync(`${PACKAGE}/${path}`, 'utf8'), { fileName: path });

describe.each([
  // [file, events imported, eras imported, refused]
  ['src/template/all-media-types.json', 41, 0, 0],
  ['src/template/eras.json', 20, 3, 0],
  ['src/template/cosmo-mixed.json', 5, 0, 6],
  ['src/template/my-own-timeline.csv', 10, 0, 0],
  ['src/js/core/__tests__/women_in_computing.csv', 10, 0, 0],
])('%s', (path, events, eras, refused) => {
  const result = read(path);

  it(`imports ${events} events and ${eras} eras into a valid store, refusing ${refused}`, () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(validateDataset(JSON.parse(JSON.stringify(result.store))).ok).toBe(true);
    expect(result.report.imported).toEqual({ events, eras });
    expect(result.report.items.filter((i) => i.refused)).toHaveLength(refused);
  });
});

describe('the template CSV (my-own-timeline.csv)', () => {
  const result = read('src/template/my-own-timeline.csv');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const { store } = result;

  it('takes the title row as title and description', () => {
    expect(store.title).toBe('MY OWN CSV');
    expect(store.description.startsWith('In this sample timeline, we')).toBe(true);
  });

  it('keeps the links in the text as sources, quoted by their words', () => {
    const ada = store.events.find((e) => e.title === 'Ada Lovelace')!;
    expect(ada.start).toBe('1815-12-10');
    expect(ada.end).toBe('1852-11-27');
    expect(ada.sources.slice(1).map((c) => [store.sources.find((s) => s.id === c.source)?.url, c.quote])).toEqual([
      ['https://en.wikipedia.org/wiki/Ada_Lovelace', 'Ada Lovelace'],
      ['https://en.wikipedia.org/wiki/Analytical_Engine', "Charles Babbage's Analytical Engine"],
    ]);
  });

  it('reads the headline that is a quoted, doubled-quote cell', () => {
    expect(store.events.some((e) => e.title === '"The Mother of the Internet"')).toBe(true);
  });

  it('keeps a month start with a year end', () => {
    const eniac = store.events.find((e) => e.title === '...And the women who made it work')!;
    expect([eniac.start, eniac.end]).toEqual(['1943-07', '1946']);
  });
});

describe('samples that cannot become a store', () => {
  it('refuses cosmo.json, every event of which is before year 1', () => {
    const result = read('src/template/cosmo.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(['src/template/cosmo.json: no event could be imported, so there is no store to write']);
    expect(result.report?.items.map((i) => i.refused)).toEqual(Array(7).fill(expect.stringContaining('the store holds dates from year 1 on')));
  });

  it('refuses the CSV parser test file, which is no timeline', () => {
    const result = read('src/js/core/__tests__/parser_test.csv');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toContain('is neither JSON nor a CSV this importer knows');
  });
});
