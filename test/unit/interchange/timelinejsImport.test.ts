// @vitest-environment node
/**
 * Importing TimelineJS3 timelines: fixtures written from what TimelineJS3's own samples and
 * templates show (src/template/*.json and my-own-timeline.csv, website/examples, the legacy
 * timeline2.json files), with their quirks.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importTimeline, type ImportOptions } from '../../../src/interchange/importTimeline';
import { validateDataset } from '../../../src/data/validate';
import { reportLines, type ImportReport } from '../../../src/interchange/report';
import type { Dataset, RawEvent } from '../../../src/data/schema';

const FIXTURES = 'test/fixtures/timelinejs';

function load(name: string, options: Partial<ImportOptions> = {}) {
  const result = importTimeline(readFileSync(`${FIXTURES}/${name}`, 'utf8'), { fileName: name, ...options });
  if (!result.ok) throw new Error(`${name} did not import: ${result.problems.join('\n')}`);
  return { store: result.store, report: result.report, lines: reportLines(name, result.report) };
}
const byTitle = (store: Dataset, title: string): RawEvent => {
  const event = store.events.find((e) => e.title === title);
  if (!event) throw new Error(`no event "${title}" in ${store.events.map((e) => e.title).join(', ')}`);
  return event;
};
const refusals = (report: ImportReport) => Object.fromEntries(report.items.filter((i) => i.refused).map((i) => [i.where, i.refused]));

describe.each(['template-no-alt-text.csv', 'full-columns.csv', 'old-tag-column.csv', 'timeline3.json', 'empty-title.json', 'cosmological.json', 'legacy-v2.json'])(
  '%s',
  (name) => {
    const { store } = load(name);

    it('becomes a store the project validator accepts', () => {
      const validation = validateDataset(JSON.parse(JSON.stringify(store)));
      expect(validation.ok ? [] : validation.problems).toEqual([]);
    });

    it('cites the imported timeline in every event, quoting the event’s own text', () => {
      for (const event of store.events) {
        expect(event.sources[0]).toMatchObject({ source: 'imported-timeline', quote: event.summary });
        expect(event.certainty).toBe('reported');
        expect(event.actors).toEqual(store.pair);
      }
    });

    it('gives the same ids every time it is imported', () => {
      expect(load(name).store).toEqual(store);
    });

    it('keeps no markup in any text', () => {
      const texts = store.events.flatMap((e) => [e.title, e.summary, ...e.sources.map((c) => c.quote)]);
      expect(texts.filter((t) => /<\/?[a-z][^>]*>/i.test(t))).toEqual([]);
    });
  },
);

describe('TimelineJS3 spreadsheet template without the Alt Text column', () => {
  const { store, report, lines } = load('template-no-alt-text.csv');

  it('takes the title and description from the title row, as plain text', () => {
    expect(store.title).toBe('Pipelines and Promises');
    expect(store.description).toBe('A short history of a gas corridor, written the way the TimelineJS template is.');
    expect(report.notes.join('\n')).toContain('https://timeline.knightlab.com/');
  });

  it('reads every non-blank row as an event', () => {
    expect(store.events.map((e) => e.start)).toEqual(['1994-09-20', '2006-07', '2005-05-25', '2020', '1815']);
  });

  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    const event = byTitle(store, 'Pipeline opens, in stages');
    expect(event.summary).toBe(
      'Oil enters the line in May 2005; a "first oil" ceremony follows. The first cargo sails a year later.\n\nA quoted cell with commas, quotes and new lines.',
    );
    expect(event.end).toBe('2006');
  });

  it('decodes entities and drops an end date equal to the start, as TimelineJS3 does', () => {
    const event = byTitle(store, 'The “contract of the century”');
    expect(event.end).toBeUndefined();
    expect(event.sources.map((c) => c.source)).toEqual(['imported-timeline', 'en-wikipedia-org-wiki-contract-of-the-century']);
    expect(store.sources.find((s) => s.id === 'en-wikipedia-org-wiki-contract-of-the-century')).toEqual({
      id: 'en-wikipedia-org-wiki-contract-of-the-century',
      title: 'the background',
      publisher: 'en.wikipedia.org',
      url: 'https://en.wikipedia.org/wiki/Contract_of_the_Century',
    });
  });

  it('keeps a month start with a year end, and blockquote media as words', () => {
    const event = byTitle(store, 'Oil reaches the Mediterranean');
    expect([event.start, event.end]).toEqual(['2006-07', '2006']);
    expect(event.summary).toBe('The first tanker loads at Ceyhan. A port official');
  });

  it('turns bare addresses into sources, as TimelineJS3 autolinks them', () => {
    expect(byTitle(store, 'Gas flows to Europe').sources[1]).toMatchObject({ quote: 'https://example.org/gas-2020' });
  });

  it('reports dropped media and backgrounds per event', () => {
    expect(lines).toContain(
      'template-no-alt-text.csv: row 5 "pipeline-opens-in-stages-2005": dropped: its media https://www.youtube.com/watch?v=example: the store keeps no media',
    );
    expect(lines).toContain('template-no-alt-text.csv: row 5 "pipeline-opens-in-stages-2005": dropped: its background: the store keeps no backgrounds');
  });

  it('strips the comma from a Year cell as TimelineJS3 does', () => {
    expect(byTitle(store, 'Comma in a year').start).toBe('1815');
  });
});

describe('TimelineJS3 spreadsheet with every column, groups, eras and times', () => {
  const { store, report } = load('full-columns.csv');

  it('drops times of day to the day and says so, in the report and in the citation', () => {
    const event = byTitle(store, 'Relations established');
    expect(event.start).toBe('1992-04-07');
    expect(event.sources[0].note).toBe('The imported timeline gives the start time as 2:30 pm.');
    const item = report.items.find((i) => i.id === event.id)!;
    expect(item.changed).toContain('the start time of day (2:30 pm) is dropped; the store keeps 1992-04-07');
    expect(byTitle(store, 'Embassy opens in Baku').sources[0].note).toBe(
      'The imported timeline gives the start time as 1430. The imported timeline shows the date as “Summer 1993”.',
    );
  });

  it('marks "c." display dates approximate', () => {
    expect(byTitle(store, 'Arms deal reported').approximate).toBe(true);
    expect(byTitle(store, 'Relations established').approximate).toBeUndefined();
  });

  it('makes groups into categories, in order, with one for ungrouped events', () => {
    expect(store.categories).toEqual([
      { id: 'diplomacy', label: 'Diplomacy' },
      { id: 'arms', label: 'Arms' },
      { id: 'events', label: 'Other events' },
    ]);
    expect(byTitle(store, 'Cooperation deepens').category).toBe('events');
  });

  it('keeps eras as eras', () => {
    expect(store.eras).toEqual([
      { id: 'four-day-war-2016', title: 'Four-Day War', start: '2016-04-02', end: '2016-04-05' },
      { id: 'second-karabakh-war-2020', title: 'Second Karabakh war', start: '2020-09-27', end: '2020-11-10' },
    ]);
  });

  it('refuses rows it cannot represent, naming the row and the column', () => {
    expect(refusals(report)).toEqual({
      'row 9': 'Month 13 is not a month from 1 to 12',
      'row 10': 'Year is empty, and a date needs at least a year',
      'row 11': expect.stringContaining('the start date is in year -300: the store holds dates from year 1 on'),
    });
  });

  it('drops an end before the start but keeps the event', () => {
    const event = byTitle(store, 'End before start');
    expect(event.end).toBeUndefined();
    expect(report.items.find((i) => i.id === event.id)?.dropped).toEqual(['the end date: 2020 is before the start 2021-03-01']);
  });

  it('reads a second title row as an event, as TimelineJS3 does, and names fallbacks for an empty title row', () => {
    expect(byTitle(store, 'Second title').start).toBe('2022');
    expect(store.title).toBe('Timeline from full-columns.csv');
    expect(report.notes).toContain('row 13 is a second title row; like TimelineJS3, it was read as an event');
    expect(report.notes).toContain('the title slide has no headline, so the title is "Timeline from full-columns.csv"');
  });
});

describe('an old sheet with a Tag column and loosely written headers', () => {
  const { store, report } = load('old-tag-column.csv');

  it('reads Tag as Group and says which headers it matched loosely', () => {
    expect(store.categories.map((c) => c.label)).toEqual(['Diplomacy', 'Trade']);
    expect(report.notes).toContain('column "year" read as "Year" (TimelineJS3 itself needs that exact spelling)');
  });
});

describe('a sheet with both Year and the old Start Date columns', () => {
  // Found by the importer's properties: a row that filled in Year was refused as "Year is empty"
  // whenever the sheet also had a Start Date or End Date column.
  const sheet = [
    'Year,Month,Day,Start Date,End Date,Headline,Text',
    '1992,4,7,,,By Year,<p>Dated in the Year columns.</p>',
    ',,,"1993,8,1",1994,By Start Date,<p>Dated in Start Date.</p>',
    '1995,,,1996,,Both,<p>Dated twice.</p>',
    ',,,,,No date,<p>Not dated at all.</p>',
  ].join('\n');
  const result = importTimeline(sheet, { fileName: 'mixed.csv' });
  if (!result.ok) throw new Error(result.problems.join('\n'));

  it('reads each row by the kind of date column it filled in', () => {
    expect(result.store.events.map((e) => [e.title, e.start, e.end])).toEqual([
      ['By Year', '1992-04-07', undefined],
      ['By Start Date', '1993-08-01', '1994'],
      ['Both', '1996', undefined],
    ]);
  });

  it('says which date it read when a row gives two, and names the empty column of a row with none', () => {
    expect(result.report.items.find((i) => i.where === 'row 4')?.dropped).toEqual(['Year 1995: the row gives its date in Start Date, which is the one read']);
    expect(refusals(result.report)).toEqual({ 'row 5': 'Year is empty, and a date needs at least a year' });
  });

  it('says which filled cells it cannot read: an unnamed column, a repeated column, cells past the header', () => {
    const text = ['Year,Headline,,Headline', '1992,First,aside,Second', '1993,Third,,,past'].join('\n');
    const result = importTimeline(text, { fileName: 'shape.csv' });
    expect(result.ok && result.store.events.map((e) => e.title)).toEqual(['First', 'Third']);
    expect(result.report?.notes.slice(0, 3)).toEqual([
      'column 3 has no name; its cells were left out',
      'column 4 ("Headline") repeats the name of column 2, which is the one read; its cells were left out',
      'row 3 has 1 filled cell past the header\'s last column, left out: "past" (a comma in an unquoted cell splits it)',
    ]);
  });

  it('names Start Date when an old sheet without Year leaves it empty', () => {
    const old = importTimeline('Start Date,Headline\n1992,Dated\n,Undated', { fileName: 'old.csv' });
    expect(old.ok && refusals(old.report)).toEqual({ 'row 3': 'Start Date is empty, and every event needs a date' });
  });
});

describe('TimelineJS3 JSON', () => {
  const { store, report, lines } = load('timeline3.json');

  it('turns the HTML title slide into a one-line title and a plain description', () => {
    expect(store.title).toBe('Israel & Azerbaijan 1991 – 2012');
    expect(store.description).toBe('How two states became partners. Based on an overview.');
  });

  it('chooses the pair from the countries the title names, and says so', () => {
    expect(store.pair).toEqual(['ISR', 'AZE']);
    expect(store.actors).toEqual([
      { id: 'ISR', name: 'Israel' },
      { id: 'AZE', name: 'Azerbaijan' },
    ]);
    expect(report.notes.some((n) => n.startsWith('pair: ISR, AZE, because no --pair was given'))).toBe(true);
  });

  it('keeps unique_ids, renames a repeated one, and makes ids from headline and year', () => {
    expect(store.events.map((e) => e.id)).toEqual(['recognition', 'recognition-2', 'arms-deal-2012', 'arms-deal-2012-2', 'a-tweet-1900', 'ceasefire-2020']);
    expect(lines).toContain('timeline3.json: events[1] "recognition-2": changed: its unique_id "recognition" is already used, so the event is "recognition-2"');
  });

  it('keeps paragraphs and http(s) links, drops other links with a note', () => {
    const event = byTitle(store, 'Recognition');
    expect(event.summary).toBe('Israel recognises Azerbaijan.\n\nAmong the first to do so, see the report and write to us.');
    expect(event.sources[1]).toMatchObject({ source: 'example-org-recognition', quote: 'the report' });
    expect(lines).toContain('timeline3.json: events[0] "recognition": dropped: the link to "mailto:desk@example.org" (only http(s) links are kept)');
  });

  it('never keeps script content or markup from the text', () => {
    expect(byTitle(store, 'Ceasefire').summary).toBe('Fighting stops.');
  });

  it('strips markup from headlines and groups', () => {
    const event = byTitle(store, 'Relations established');
    expect(event.category).toBe('diplomacy');
    expect(store.categories.filter((c) => c.label.includes('<'))).toEqual([]);
  });

  it('names an event without headline or text from its media caption', () => {
    const event = byTitle(store, 'a tweet');
    expect(event.summary).toBe('a tweet');
    expect(report.items.find((i) => i.id === event.id)?.dropped).toContain('its "location" field, which the store does not hold');
  });

  it('refuses, per event, what the store cannot hold', () => {
    expect(refusals(report)).toEqual({
      'events[5]': expect.stringContaining('start_date is in year -300'),
      'events[6]': 'it has no start_date, which every TimelineJS3 event needs',
      'events[7]': 'start_date.month "May" is not a whole number',
      'eras[2]': 'an era needs an end_date',
    });
    expect(report.imported).toEqual({ events: 6, eras: 2 });
  });

  it('names eras without a headline and drops their times', () => {
    expect(store.eras[1]).toEqual({ id: 'era-2-2016', title: 'Era 2', start: '2016-04-02', end: '2016-04-05' });
  });

  it('takes --pair and --source-url when given', () => {
    const { store: chosen, report: chosenReport } = load('timeline3.json', { pair: ['ARM', 'TUR'], sourceUrl: 'https://example.org/timeline' });
    expect(chosen.pair).toEqual(['ARM', 'TUR']);
    expect(chosen.actors.map((a) => a.name)).toEqual(['Armenia', 'Türkiye']);
    expect(chosen.sources[0].url).toBe('https://example.org/timeline');
    expect(chosenReport.notes.join('\n')).not.toContain('pair:');
    expect(chosenReport.notes.join('\n')).not.toContain('.invalid');
  });
});

describe('a TimelineJS3 title slide with empty fields', () => {
  const { store, report } = load('empty-title.json');

  it('falls back to the file name and placeholders, and says so', () => {
    expect(store.title).toBe('Timeline from empty-title.json');
    expect(store.description).toBe('Imported from empty-title.json, a TimelineJS3 JSON file.');
    expect(store.pair).toEqual(['party-a', 'party-b']);
    expect(report.notes.some((n) => n.includes('both sides are placeholders'))).toBe(true);
  });
});

describe('a cosmological timeline', () => {
  const { store, report } = load('cosmological.json');

  it('refuses each event before year 1 with a clear message and keeps the rest', () => {
    expect(store.events.map((e) => e.start)).toEqual(['1021', '1969-07-20']);
    expect(Object.values(refusals(report))).toEqual([
      expect.stringContaining('year -13800000000: the store holds dates from year 1 on'),
      expect.stringContaining('year -4600000000'),
    ]);
    expect(report.notes.some((n) => n.startsWith('scale is "cosmological"'))).toBe(true);
  });
});

describe('TimelineJS legacy v2 JSON', () => {
  const { store, report } = load('legacy-v2.json');

  it('maps headline, text, tag and dates written as "YYYY,M,D"', () => {
    expect(store.title).toBe('Gas Diplomacy 1994 - 2020');
    expect(store.events.map((e) => [e.start, e.end ?? null, e.category])).toEqual([
      ['1994-09-20', null, 'energy'],
      ['2005-05-25', '2006-07-13', 'energy'],
      ['2012-02-26', null, 'events'],
    ]);
    expect(store.eras).toEqual([{ id: 'four-day-war-2016', title: 'Four-Day War', start: '2016-04-02', end: '2016-04-05' }]);
    expect(refusals(report)).toEqual({ 'timeline.date[3]': 'startDate "next spring" is not a date this importer reads (write "YYYY,M,D")' });
  });
});

describe('input that is not a timeline', () => {
  it.each([
    ['', 'x.csv: is empty'],
    ['[1, 2]', 'x.csv: is JSON, but not an object'],
    ['{"foo": 1}', 'has no "events" list'],
    ['{"events": 3}', '"events" must be a list of slides'],
    ['{"timeline": []}', 'has no "events" list'],
    ['{"events": [}', 'x.csv: not valid JSON at line 1, column 13'],
    ['name,place\nA,B\n', 'is neither JSON nor a CSV this importer knows'],
  ])('%j', (text, problem) => {
    const result = importTimeline(text, { fileName: 'x.csv' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain(problem);
  });

  it('refuses JSON that gives a key twice in one object, naming each, rather than lose the first value', () => {
    // Found by the importer's properties: the first headline was dropped without a word.
    const text = '{"events": [{"start_date": {"year": 2012}, "text": {"headline": "First", "headline": "Second"}}], "events": []}';
    const result = importTimeline(text, { fileName: 'twice.json' });
    expect(result).toEqual({
      ok: false,
      problems: [
        'twice.json: events[0].text.headline: the key "headline" is given more than once in this object; JSON keeps only the last, so the others would be lost',
        'twice.json: events: the key "events" is given more than once in this object; JSON keeps only the last, so the others would be lost',
      ],
    });
  });

  it('refuses a timeline none of whose events can be stored', () => {
    const result = importTimeline('{"events": [{"start_date": {"year": "-5"}, "text": {"headline": "x"}}]}', { fileName: 'old.json' });
    expect(result).toMatchObject({ ok: false, problems: ['old.json: no event could be imported, so there is no store to write'] });
  });
});
