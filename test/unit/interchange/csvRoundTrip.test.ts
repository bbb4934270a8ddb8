// @vitest-environment node
/**
 * The store's own CSV: export → import gives the same store, on the shipped dataset (whatever
 * events it gains) and on small tables with the awkward cases; hand-made sheets are read
 * leniently where a choice is safe and refused per row, naming the column, where it is not.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3';
import { validateDataset } from '../../../src/data/validate';
import type { Dataset } from '../../../src/data/schema';
import { storeToCsv } from '../../../src/interchange/csv/toCsv';
import { importTimeline } from '../../../src/interchange/importTimeline';
import { guardFormula, unguardFormula } from '../../../src/interchange/csv/columns';

function shipped(): Dataset {
  const validation = validateDataset(JSON.parse(readFileSync('data/events.json', 'utf8')));
  if (!validation.ok) throw new Error('data/events.json is invalid');
  const { $schema: _schema, ...store } = validation.data;
  return store;
}
const fixture = (): Dataset => {
  const validation = validateDataset(JSON.parse(readFileSync('test/fixtures/valid-minimal.json', 'utf8')));
  if (!validation.ok) throw new Error('fixture invalid');
  return validation.data;
};
function reimport(csv: string, fileName = 'store.csv') {
  const result = importTimeline(csv, { fileName });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
}

describe('CSV round trip', () => {
  it('gives back the shipped dataset exactly: events, dates at their precision, citations, claims and notes, and every list', () => {
    const store = shipped();
    const { store: back, report } = reimport(storeToCsv(store));
    expect(back).toEqual(store);
    expect(report.items).toEqual([]);
    // toEqual ignores key order; the text comparison shows nothing moved either.
    expect(JSON.stringify(back)).toBe(JSON.stringify(store));
  });

  it('writes one row per event, and as many citation column groups as the most-cited event needs', () => {
    const store = shipped();
    const rows = csvParseRows(storeToCsv(store).replace(/^\uFEFF/, ''));
    const kinds = rows.slice(1).map((r) => r[0]);
    expect(kinds.filter((k) => k === 'event')).toHaveLength(store.events.length);
    expect(kinds.filter((k) => k === 'dataset')).toHaveLength(1);
    const most = Math.max(...store.events.map((e) => e.sources.length));
    expect(rows[0]).toContain(`quote_${most}`);
    expect(rows[0]).not.toContain(`quote_${most + 1}`);
  });

  it('survives text with commas, quotes, line breaks, formula starts, spaces and non-Latin script', () => {
    const store = fixture();
    const awkward = [
      '=HYPERLINK("http://evil.example","click")',
      '+1 more, "quoted", and\na new line',
      "'=already an apostrophe",
      '-minus first',
      '@at first',
      '  leading and trailing spaces  ',
      'Азербайджан и Израиль; עברית',
    ];
    store.events[0].title = awkward[0];
    store.events[0].summary = awkward.join('\n\n');
    store.events[0].sources[0].quote = awkward[1];
    store.events[0].sources[0].note = awkward[2];
    store.events[1].sources[0].claims = { summary: awkward[3], value: { amount: 1.5, currency: 'EUR', kind: 'estimated' }, certainty: 'alleged' };
    store.events[1].approximate = false;
    store.title = awkward[4];
    store.description = awkward[5];
    expect(validateDataset(store).ok).toBe(true);
    const csv = storeToCsv(store);
    const cells = csvParseRows(csv.replace(/^\uFEFF/, '')).flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain(`'${awkward[0]}`);
    expect(reimport(csv).store).toEqual(store);
  });

  it('guards and unguards formula starts exactly', () => {
    for (const text of ['=1+1', "'=1+1", "''=x", '-5', '@x', '\tx', 'plain', "'plain", '']) {
      expect(unguardFormula(guardFormula(text))).toBe(text);
      expect(guardFormula(text)).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});

describe('hand-made CSV', () => {
  const header = 'kind,id,title,summary,start,end,approximate,category,actors,certainty,value,publisher,url,published,source_1,quote_1,note_1,claimed_start_1,source_2,quote_2';
  const sources = 'source,doc,A document,,,,,,,,,Example Press,https://example.org/doc,2020-01-02';

  it('fills in what a sheet leaves out, and says so', () => {
    const csv = [
      'title,summary,start,category,actors,source_1,quote_1',
      'Talks begin,Delegations meet.,2019-05,diplomacy,ISR; AZE,https://example.org/talks,"Delegations met in May."',
    ].join('\n');
    const { store, report } = reimport(csv, 'mine.csv');
    expect(store.events[0]).toEqual({
      id: 'talks-begin-2019',
      title: 'Talks begin',
      summary: 'Delegations meet.',
      start: '2019-05',
      category: 'diplomacy',
      actors: ['ISR', 'AZE'],
      certainty: 'reported',
      sources: [{ source: 'example-org-talks', quote: 'Delegations met in May.' }],
    });
    expect(store.sources).toEqual([{ id: 'example-org-talks', title: 'https://example.org/talks', publisher: 'example.org', url: 'https://example.org/talks' }]);
    expect(store.pair).toEqual(['ISR', 'AZE']);
    expect(store.actors).toEqual([
      { id: 'ISR', name: 'Israel' },
      { id: 'AZE', name: 'Azerbaijan' },
    ]);
    expect(report.items[0].changed).toEqual([
      'certainty is empty, so the event is "reported"',
      'source_1 is an address, so it became source "example-org-talks"',
      'id is empty, so the event is "talks-begin-2019"',
    ]);
    expect(report.notes).toContain('category "diplomacy" has no category row, so its label is "diplomacy"');
    expect(report.notes).toContain('pair: ISR, AZE, the first two actors of the events, because no dataset row names a pair');
  });

  it.each([
    ['start', 'event,e1,T,S,2012-13,,,arms,ISR,confirmed,,,,,doc,q', 'start "2012-13" is not a date written YYYY, YYYY-MM or YYYY-MM-DD that exists'],
    ['end before start', 'event,e1,T,S,2012,2011,,arms,ISR,confirmed,,,,,doc,q', 'end 2011 is before start 2012'],
    ['empty summary', 'event,e1,T,,2012,,,arms,ISR,confirmed,,,,,doc,q', 'summary is empty'],
    ['certainty', 'event,e1,T,S,2012,,,arms,ISR,sure,,,,,doc,q', 'certainty: "sure" is not one of confirmed, reported, alleged, disputed'],
    ['value', 'event,e1,T,S,2012,,,arms,ISR,confirmed,lots USD,,,,doc,q', 'value: "lots USD" is not a value'],
    ['approximate', 'event,e1,T,S,2012,,maybe,arms,ISR,confirmed,,,,,doc,q', 'approximate: "maybe" is not yes or no'],
    ['unknown source', 'event,e1,T,S,2012,,,arms,ISR,confirmed,,,,,nowhere,q', 'source_1 "nowhere" is not the id of any source row'],
    ['missing quote', 'event,e1,T,S,2012,,,arms,ISR,confirmed,,,,,doc,', 'quote_1 is empty'],
    ['no citation', 'event,e1,T,S,2012,,,arms,ISR,confirmed,,,,,,', 'source_1 and quote_1 are empty'],
    ['bad category', 'event,e1,T,S,2012,,,Arms Deals,ISR,confirmed,,,,,doc,q', 'category "Arms Deals" is not a slug'],
    ['bad actor', 'event,e1,T,S,2012,,,arms,Israel,confirmed,,,,,doc,q', 'actors: "Israel" is not an ISO 3166-1 alpha-3 code'],
    ['claims', 'event,e1,T,S,2012,,,arms,ISR,confirmed,,,,,doc,q,,2012-02-30', 'claimed_start_1 "2012-02-30" is not a date'],
    ['bad id', 'event,E 1,T,S,2012,,,arms,ISR,confirmed,,,,,doc,q', 'id "E 1" is not a slug'],
  ])('refuses a row with a bad %s, naming row, id and column, and keeps the others', (_what, row, problem) => {
    const good = 'event,fine,Fine,Fine.,2010,,,arms,ISR; AZE,confirmed,,,,,doc,q';
    const { store, report } = reimport([header, good, row, sources].join('\n'));
    expect(store.events.map((e) => e.id)).toEqual(['fine']);
    const refused = report.items.find((i) => i.refused);
    expect(refused?.where).toBe('row 3');
    expect(refused?.refused).toContain(problem);
  });

  it('refuses a repeated event id and a row of unknown kind', () => {
    const rows = [header, 'event,a,A,A.,2010,,,arms,ISR; AZE,confirmed,,,,,doc,q', 'event,a,B,B.,2011,,,arms,ISR; AZE,confirmed,,,,,doc,q', 'picture,x', sources];
    const { store, report } = reimport(rows.join('\n'));
    expect(store.events.map((e) => e.title)).toEqual(['A']);
    expect(report.items.map((i) => [i.where, i.id, i.refused])).toEqual([
      ['row 4', undefined, 'kind "picture" is not one of dataset, event, era, category, actor, source, story, step'],
      ['row 3', 'a', 'id "a" is already used by an earlier event row'],
    ]);
  });

  it('leaves out sources no imported event cites, and says so', () => {
    const rows = [header, 'event,a,A,A.,2010,,,arms,ISR; AZE,confirmed,,,,,doc,q', 'source,unused,U,,,,,,,,,P,https://example.org/u', sources];
    const { store, report } = reimport(rows.join('\n'));
    expect(store.sources.map((s) => s.id)).toEqual(['doc']);
    expect(report.notes).toContain('source "unused" is cited by no imported event and was left out');
  });

  it('says which filled cells it cannot read: an unnamed column, a repeated column, cells past the header', () => {
    // Found by the importer's properties: all three were left out without a word.
    const rows = [
      'title,summary,start,category,actors,source_1,quote_1,,title',
      'Talks,Delegations meet.,2019,diplomacy,ISR; AZE,https://example.org/t,Met.,aside,Second title',
      'Visit,A visit.,2020,diplomacy,ISR; AZE,https://example.org/v,Visited.,,,in May',
    ];
    const { store, report } = reimport(rows.join('\n'));
    expect(store.events.map((e) => e.title)).toEqual(['Talks', 'Visit']);
    expect(report.notes.slice(0, 3)).toEqual([
      'column 8 has no name; its cells were left out',
      'column 9 ("title") repeats the name of column 1, which is the one read; its cells were left out',
      'row 3 has 1 filled cell past the header\'s last column, left out: "in May" (a comma in an unquoted cell splits it)',
    ]);
  });

  it('does not take a pair the dataset row writes wrongly, and says so', () => {
    // Found by the importer's properties: "=ISR" became an actor id, and the whole import failed on its own store.
    const rows = ['kind,title,summary,start,category,actors,source_1,quote_1', 'dataset,Mine,About,,,=ISR; AZE', 'event,Talks,Met.,2019,diplomacy,ISR; AZE,https://example.org/t,Met.'];
    const { store, report } = reimport(rows.join('\n'));
    expect(store.pair).toEqual(['ISR', 'AZE']);
    expect(report.notes).toContain('row 2: actors: "=ISR" is not an ISO 3166-1 alpha-3 code or a lower-case slug, so the dataset row\'s pair is not used');
  });

  it('takes --pair over the dataset row, and says so', () => {
    const csv = storeToCsv(fixture());
    const result = importTimeline(csv, { fileName: 'f.csv', pair: ['ISR', 'ARM'] });
    expect(result.ok && result.store.pair).toEqual(['ISR', 'ARM']);
    expect(result.ok && result.store.actors.map((a) => a.id)).toEqual(['ISR', 'AZE', 'ARM']);
    expect(result.report?.notes).toContain('pair: ISR, ARM from --pair, in place of the dataset row\'s ISR, AZE');
  });
});

describe('stories in the CSV', () => {
  const storyHeader = 'kind,id,title,summary,start,end,category,actors,certainty,event,lanes,publisher,url,source_1,quote_1';
  const base = ['event,a,A,A happened.,2010,,arms,ISR; AZE,confirmed,,,,,doc,q', 'source,doc,A document,,,,,,,,,Press,https://example.org/doc'];

  it('carries a story and its steps, in order, and only adds their columns when there are stories', () => {
    const store = fixture();
    expect(csvParseRows(storyToCsvHeader(store))).not.toContain('event');
    store.stories = [
      {
        id: 'tour',
        title: 'A tour',
        steps: [
          { title: 'Arms', from: '2011', to: '2014', filters: { categories: ['arms'], certainty: ['reported', 'confirmed'] }, lanes: 'actor', caption: 'Then, arms.' },
          { event: 'recognition', caption: 'First, recognition.' },
        ],
      },
    ];
    const csv = storeToCsv(store);
    expect(csvParseRows(csv.replace(/^\uFEFF/, ''))[0]).toEqual(expect.arrayContaining(['event', 'lanes']));
    const back = reimport(csv).store;
    expect(back.stories).toEqual(store.stories);
  });

  it.each([
    ['no caption', 'step,tour,T,,,,,,,a,', 'summary (the step’s caption) is empty'],
    ['an event not imported', 'step,tour,T,Caption.,,,,,,zz,', 'event "zz" is not the id of any imported event'],
    ['an event and a window', 'step,tour,T,Caption.,2010,2011,,,,a,', 'a step shows an event or a window (start, end, filters, lanes), not both'],
    ['half a window', 'step,tour,T,Caption.,2010,,,,,,', 'a step needs an event, or a window with both start and end'],
    ['a window backwards', 'step,tour,T,Caption.,2012,2010,,,,,', 'end 2010 is before start 2012'],
    ['bad lanes', 'step,tour,T,Caption.,2010,2011,,,,,country', 'lanes "country" is not one of category, actor'],
    ['bad certainty', 'step,tour,T,Caption.,2010,2011,,,sure,,', 'certainty: "sure" is not one of confirmed, reported, alleged, disputed'],
    ['an unknown story', 'step,other,T,Caption.,,,,,,a,', 'id "other" names no story row'],
  ])('refuses a step row with %s, naming the row, and keeps the story’s other steps', (_, row, problem) => {
    const rows = [storyHeader, ...base, 'story,tour,A tour,,,,,,,,', 'step,tour,,Fine.,,,,,,a,', row];
    const { store, report } = reimport(rows.join('\n'));
    expect(store.stories).toEqual([{ id: 'tour', title: 'A tour', steps: [{ caption: 'Fine.', event: 'a' }] }]);
    expect(report.items.map((i) => [i.where, i.refused])).toEqual([['row 6', problem]]);
  });

  it('refuses a story none of whose steps could be read', () => {
    const rows = [storyHeader, ...base, 'story,tour,A tour,,,,,,,,', 'step,tour,T,,,,,,,a,'];
    const { store, report } = reimport(rows.join('\n'));
    expect(store.stories).toBeUndefined();
    expect(report.items.map((i) => [i.where, i.refused])).toEqual([
      ['row 5', 'summary (the step’s caption) is empty'],
      ['row 4', 'no step row of this story could be imported'],
    ]);
  });
});

function storyToCsvHeader(store: Dataset): string {
  return storeToCsv(store).replace(/^\uFEFF/, '').split('\n')[0];
}

