/**
 * Generators for the import parsers' properties: tables built from the real headers of
 * TimelineJS3's spreadsheet template and of our CSV, with cells that are right, wrong or
 * hostile for their column; JSON shaped like TimelineJS3's two formats with slides broken
 * anywhere; and mutations of the real files in test/fixtures/timelinejs.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { csvFormatRows, csvParseRows } from 'd3';
import { SHEET_COLUMNS } from '../../src/interchange/timelinejs/readSheet';
import { BASE_COLUMNS, CITATION_FIELDS, citationColumn } from '../../src/interchange/csv/columns';
import { HOSTILE_TEXT, PROTOTYPE_NAMES, mutatedJson, nearlyJson, nearlyText, someText, withOwnKey } from './arbitraries';

/** A little of everything that belongs in no column. */
const junk = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ maxLength: 6, unit: 'binary' }), fc.constantFrom(...HOSTILE_TEXT, ...PROTOTYPE_NAMES, '', ' '));

/** What a column holds: cells right for it, and any cell (right, wrong as a person would write it, or junk). */
interface Column {
  good: fc.Arbitrary<string>;
  any: fc.Arbitrary<string>;
}

/** A column whose right cells are `good` and whose wrong ones include `bad`. */
function column(good: string[] | fc.Arbitrary<string>, bad: string[] = []): Column {
  const right = Array.isArray(good) ? fc.constantFrom(...good) : good;
  return { good: right, any: fc.oneof({ weight: 6, arbitrary: right }, { weight: bad.length ? 2 : 0, arbitrary: fc.constantFrom('', ...bad) }, { weight: 1, arbitrary: junk }) };
}

/** The column empty but one time in `odds`; `rightly` false when a filled cell is out of place in a row that is otherwise right. */
const seldom = (of: Column, odds: number, rightly = true): Column => {
  const empty = { weight: odds - 1, arbitrary: fc.constant('') };
  return { good: rightly ? fc.oneof(empty, of.good) : fc.constant(''), any: fc.oneof(empty, of.any) };
};

const prose = fc.oneof(
  { weight: 3, arbitrary: someText },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '<p>Israel and Azerbaijan establish relations.</p>', 'A deal worth <b>$1.6 billion</b>', '<a href="https://example.org/report">the report</a> says so',
      '<a href="javascript:alert(1)">click</a>', 'See https://example.com/a.', '<script>alert(1)</script>Text', '<a href="https://[bad">x</a>', '',
    ),
  },
);
/** Values a column takes: right ones, and wrong ones a person would write. */
type Pool = [good: string[], bad: string[]];
const YEARS: Pool = [['1992', '2012', ' 2,016 ', '1,815'], ['0', '-500', '10000', '12a']];
const MONTHS: Pool = [['1', '4', '05', '12', ''], ['13', '0']];
const DAYS: Pool = [['1', '7', '28', ''], ['31', '30', 'x']];
const TIMES: Pool = [['2:30 pm', '1430', '10:00', '', '', ''], []];
const DATE_TEXTS: Pool = [['1963,8,9', '8/9/1963', '1963-08-09 10:00', '1963'], ['-44,3,15', '2012,2,30', 'yesterday']];

/** TimelineJS3's template, column by column. */
const SHEET_CELLS: Record<string, Column> = {
  Year: column(...YEARS), Month: column(...MONTHS), Day: column(...DAYS), Time: column(...TIMES),
  'End Year': column(['', '', ...YEARS[0]], YEARS[1]), 'End Month': column(...MONTHS), 'End Day': column(...DAYS), 'End Time': column(...TIMES),
  'Display Date': column(['', 'c. February 2012', 'Summer 1993', '<b>circa</b> 1990']),
  Media: column(['', 'https://example.org/a.jpg', '<blockquote>Words said <a href="https://example.org/q">here</a></blockquote>', '<iframe src="https://x.example"></iframe>']),
  Type: column(['', '', '', 'title', 'era', 'TITLE', 'Era', 'other']),
  Group: column(['', 'Diplomacy', 'Arms', 'Дипломатия', ...PROTOTYPE_NAMES]), Tag: column(['', 'Trade', 'constructor']),
  'Start Date': column(['', ...DATE_TEXTS[0]], DATE_TEXTS[1]), 'End Date': column(['', '', ...DATE_TEXTS[0]], DATE_TEXTS[1]),
};

const DATES: Pool = [['2012', '2012-02', '2012-02-26', '9999-12-31'], ['2012-02-30', '1992-13', '0000', '12/2/2012']];
const VALUES: Pool = [['', '', '1600000000 USD announced', '1,600 usd Estimated'], ['-5 USD announced', '5 US announced', 'Infinity EUR cumulative', '1e400 USD announced']];
const CERTAINTY: Pool = [['', 'confirmed', 'Reported', 'alleged', 'disputed'], ['sure']];
const CITATION: Record<(typeof CITATION_FIELDS)[number], Column> = {
  source: column(['https://example.org/a', 'https://example.org/a', 'https://example.org/b#x', 'https://пример.рф/путь', 'src-1'], ['unknown', 'javascript:alert(1)']),
  quote: column(someText), note: seldom(column(someText), 3),
  claimed_start: seldom(column(...DATES), 4), claimed_end: seldom(column(...DATES), 4), claimed_value: seldom(column(...VALUES), 4),
  claimed_certainty: seldom(column(...CERTAINTY), 4), claimed_summary: seldom(column(someText), 4),
};

/** Our CSV, column by column; ids come from small sets so that references often resolve. */
const STORE_CELLS: Record<string, Column> = {
  kind: column(['', 'event', 'event', 'event', 'event', 'event', 'era', 'category', 'actor', 'source', 'dataset', 'EVENT'], ['other', ...PROTOTYPE_NAMES]),
  id: column(['', '', 'a', 'b', 'signing-2012', 'ISR', 'diplomacy', 'src-1', ...PROTOTYPE_NAMES], ['Bad Id', 'a--b']),
  start: column(...DATES), end: column(['', '', ...DATES[0]], DATES[1]), published: column(['', ...DATES[0]], DATES[1]),
  approximate: column(['', 'yes', 'no', 'TRUE', '0'], ['maybe']),
  category: column(['diplomacy', 'arms', 'constructor'], ['Bad Cat']),
  actors: column(['ISR; AZE', 'ISR', 'AZE, ISR', 'party-a', 'ISR;;AZE', 'constructor'], ['isr', 'A B']),
  certainty: column(...CERTAINTY), value: column(...VALUES),
  url: column(['https://example.org/a'], ['http://x.example/b c', 'javascript:alert(1)', 'ftp://x.example']),
  ...Object.fromEntries(CITATION_FIELDS.map((f) => [citationColumn(f, 1), CITATION[f]])),
  // A second citation now and then, in a row that is otherwise wrong, and then sometimes half written.
  ...Object.fromEntries(CITATION_FIELDS.map((f) => [citationColumn(f, 2), seldom(CITATION[f], 10, false)])),
};

/** A cell as a spreadsheet may have written it: now and then guarded (or not) against formulas. */
const written = (cell: fc.Arbitrary<string>) =>
  fc.tuple(cell, fc.constantFrom(...Array<string>(20).fill(''), "'", '=', "'=")).map(([text, lead]) => lead + text);

/**
 * A header row: the `core` columns (now and then one missing) and some of `optional`, with
 * prototype names, an unknown name and an empty one among them, now and then one name twice,
 * shuffled, now and then spelled loosely (" start ").
 */
function header(core: fc.Arbitrary<string[]>, optional: readonly string[]): fc.Arbitrary<string[]> {
  return fc
    .tuple(core, fc.nat(50), fc.subarray([...optional, ...PROTOTYPE_NAMES, 'Unknown', '']), fc.nat(60), fc.array(fc.nat(5), { minLength: 60, maxLength: 60 }))
    .chain(([required, missing, rest, twice, loose]) => {
      const names = [...required.filter((_, i) => i !== missing), ...rest];
      if (twice < names.length) names.push(names[twice]);
      return fc.shuffledSubarray(names.map((name, i) => (loose[i] === 0 ? ` ${name.toLowerCase()} ` : name)), { minLength: names.length });
    });
}

/**
 * Rows under a header, cells chosen by column: rows right in every cell, and rows with any
 * cells, written as a spreadsheet may have written them, now and then shorter or longer
 * than the header.
 */
function rowsUnder(names: string[], columns: Record<string, Column>, other: fc.Arbitrary<string>): fc.Arbitrary<string[][]> {
  const of = names.map((name) => columnFor(name, columns) ?? { good: other, any: other });
  const right = fc.tuple(...of.map((c) => c.good));
  const any = fc.tuple(fc.tuple(...of.map((c) => written(c.any))), fc.integer({ min: -8, max: 2 }))
    .map(([row, spare]) => (spare < -6 ? row.slice(0, spare + 6) : [...row, ...Array<string>(Math.max(spare, 0)).fill('extra')]));
  return fc.array(fc.oneof(right, any), { maxLength: 8 });
}

/** A column by its header cell, matched as the importers match it (ignoring case and spaces). */
const columnFor = (name: string, columns: Record<string, Column>) =>
  Object.entries(columns).find(([key]) => key.toLowerCase() === name.trim().toLowerCase())?.[1];

/** A table as CSV text: d3-dsv's quoting, or cells joined by commas with no quoting at all; sometimes a BOM or CRLF. */
function csvText(table: fc.Arbitrary<string[][]>): fc.Arbitrary<string> {
  return fc.tuple(table, fc.nat(4), fc.boolean(), fc.boolean()).map(([rows, unquoted, bom, crlf]) => {
    const text = unquoted ? csvFormatRows(rows) : rows.map((r) => r.join(',')).join('\n');
    return (bom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text);
  });
}

/** TimelineJS3 template sheets, from right to broken. */
export const sheetCsv = csvText(
  header(fc.constantFrom(['Year', 'Headline', 'Text'], ['Start Date', 'Headline', 'Text']), [...SHEET_COLUMNS.filter((c) => c !== 'Year'), 'Tag', 'Start Date', 'End Date'])
    .chain((names) => rowsUnder(names, SHEET_CELLS, prose).map((rows) => [names, ...rows])),
);

const CORE_STORE_COLUMNS = ['kind', 'id', 'title', 'summary', 'start', 'category', 'actors', 'source_1', 'quote_1'];
const STORE_COLUMNS = [...BASE_COLUMNS, ...[1, 2].flatMap((n) => CITATION_FIELDS.map((f) => citationColumn(f, n)))];

/** Our CSV, from right to broken. */
export const storeCsv = csvText(
  header(fc.constant(CORE_STORE_COLUMNS), STORE_COLUMNS.filter((c) => !CORE_STORE_COLUMNS.includes(c)))
    .chain((names) => rowsUnder(names, STORE_CELLS, someText).map((rows) => [names, ...rows])),
);

// TimelineJS3 JSON: parts of any type now and then, prototype names as keys.
const part = (good: (string | number)[], bad: (string | number)[] = []) =>
  fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...good) }, { weight: bad.length ? 2 : 0, arbitrary: fc.constantFrom('', ...bad) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) });
const tlDate = fc.record(
  {
    year: part([1992, 2012, '2016', ' 1999 '], [0, -500, 10000, 1.5, '1,815']), month: part([1, 4, '05', 12, ''], [13, 0]), day: part([1, 7, 28, ''], [31, 32]),
    hour: part([0, 14, '9', 25]), minute: part([0, 30, '07']), second: part([0, 59]), millisecond: part([0, 500]),
    display_date: part(['c. 1990', 'Summer']), time: part(['2:30 pm', '']),
  },
  { requiredKeys: ['year'] },
);
const withPrototypeKey = <T extends object>(value: fc.Arbitrary<T>) =>
  fc.tuple(value, fc.option(fc.constantFrom(...PROTOTYPE_NAMES), { freq: 4 }), fc.jsonValue({ maxDepth: 1 })).map(([object, key, v]) => (key ? withOwnKey(object, key, v) : object));
const slide = withPrototypeKey(
  fc.record(
    {
      start_date: withPrototypeKey(tlDate), end_date: withPrototypeKey(tlDate),
      text: withPrototypeKey(fc.record({ headline: prose, text: prose }, { requiredKeys: [] })),
      media: fc.record({ url: SHEET_CELLS.Media.any, caption: prose, credit: prose }, { requiredKeys: [] }),
      group: SHEET_CELLS.Group.any, display_date: SHEET_CELLS['Display Date'].any, unique_id: column(['a', 'a', 'constructor', ''], ['Bad Id!']).any,
      background: fc.constantFrom({ color: '#fff' }, {}), autolink: fc.boolean(), extra: fc.jsonValue({ maxDepth: 1 }),
    },
    { requiredKeys: ['start_date'] },
  ),
);
const anySlide = fc.oneof({ weight: 12, arbitrary: slide }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });

/** TimelineJS3 JSON documents. */
export const timelineJson = withPrototypeKey(
  fc.record(
    { title: anySlide, events: fc.oneof({ weight: 12, arbitrary: fc.array(anySlide, { maxLength: 6 }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }), eras: fc.array(anySlide, { maxLength: 3 }), scale: part(['human', 'cosmological'], ['galactic']) },
    { requiredKeys: ['events'] },
  ),
).map((document) => JSON.stringify(document)).chain(sometimesKeyTwice);

const legacySlide = withPrototypeKey(
  fc.record(
    { startDate: SHEET_CELLS['Start Date'].any, endDate: SHEET_CELLS['End Date'].any, headline: prose, text: prose, tag: SHEET_CELLS.Group.any, asset: fc.record({ media: SHEET_CELLS.Media.any, caption: prose }, { requiredKeys: [] }) },
    { requiredKeys: ['startDate'] },
  ),
);

/** TimelineJS's legacy (v2) JSON documents. */
export const legacyJson = fc
  .record({ headline: prose, text: prose, date: fc.array(fc.oneof({ weight: 12, arbitrary: legacySlide }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }), { maxLength: 6 }), era: fc.array(legacySlide, { maxLength: 2 }) }, { requiredKeys: ['date'] })
  .map((timeline) => JSON.stringify({ timeline }))
  .chain(sometimesKeyTwice);

/** The JSON text as it is, or with one of its keys given a second time, earlier in the same object. */
function sometimesKeyTwice(text: string): fc.Arbitrary<string> {
  const keys = [...text.matchAll(/"([^"\\]*)":/g)];
  if (keys.length === 0) return fc.constant(text);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(text) },
    fc.constantFrom(...keys).map((key) => `${text.slice(0, key.index)}"${key[1]}":"given before",${text.slice(key.index)}`),
  );
}

const FIXTURES = 'test/fixtures/timelinejs';
const fixture = (name: string) => readFileSync(`${FIXTURES}/${name}`, 'utf8');
const JSON_FIXTURES = ['timeline3.json', 'legacy-v2.json', 'cosmological.json', 'empty-title.json'].map(fixture);
const CSV_FIXTURES = ['full-columns.csv', 'old-tag-column.csv', 'template-no-alt-text.csv'].map(fixture);

/** The real fixtures broken: JSON at a path or a character, CSV at a cell, a row or a character. */
export const mutatedFixture = fc.oneof(
  fc.constantFrom(...JSON_FIXTURES).chain((text) => fc.oneof(nearlyJson(text), mutatedJson(JSON.parse(text)).map(({ document }) => JSON.stringify(document)))),
  fc.constantFrom(...CSV_FIXTURES).chain((text) => fc.oneof(nearlyText(text, ['"', ',', '\n', '\r', ' ', 'x', '\u0000', '\uFEFF']), mutatedTable(csvParseRows(text)))),
);

function mutatedTable(rows: string[][]): fc.Arbitrary<string> {
  const cells = Object.values(SHEET_CELLS).map((c) => c.any);
  return fc.record({ row: fc.nat({ max: rows.length - 1 }), column: fc.nat({ max: rows[0].length - 1 }), cell: fc.oneof(...cells), how: fc.constantFrom('cell', 'cell', 'drop row', 'repeat row', 'drop column') })
    .map(({ row, column, cell, how }) => {
      let table = rows.map((r) => [...r]);
      if (how === 'cell') table[row][column] = cell;
      else if (how === 'drop row') table.splice(row, 1);
      else if (how === 'repeat row') table.splice(row, 0, [...table[row]]);
      else table = table.map((r) => r.filter((_, c) => c !== column));
      return csvFormatRows(table);
    });
}
