// @vitest-environment node
/**
 * Properties of the importer (importTimeline: TimelineJS3 JSON, its legacy v2 JSON, its
 * spreadsheet template as CSV, our CSV, our JSON): on any text it never throws or hangs and
 * leaves Object.prototype alone; it answers a store that validates, or problems that name the
 * file; every item it refuses is named by where it was (row, event) and the refusal by its
 * field; every event slide is imported or refused, none lost; and our own formats give back
 * what they were given.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { csvParseRows } from 'd3';
import { importTimeline, type ImportResult } from '../../src/interchange/importTimeline';
import { exportStore } from '../../src/interchange/exportStore';
import { normaliseStore } from '../../src/interchange/storeJson';
import { BASE_COLUMNS, CITATION_FIELDS, unguardFormula } from '../../src/interchange/csv/columns';
import { validateDataset } from '../../src/data/validate';
import { isObject } from '../../src/interchange/timelinejs/input';
import { SHEET_COLUMNS } from '../../src/interchange/timelinejs/readSheet';
import type { ImportReport } from '../../src/interchange/report';
import { scanJson } from '../../src/data/scanJson';
import { assertPrototypeClean, comparableText, holds, PROPERTY_TIMEOUT_MS, withinHangLimit } from './harness';
import { HOSTILE_TEXT, validDataset } from './arbitraries';
import { legacyJson, mutatedFixture, sheetCsv, storeCsv, timelineJson } from './importArbitraries';

const FILE = 'in.csv';

/** Where a report item says it was: `row 5`, `events[3]`, `eras[0]`, `title`, `timeline.date[2]`, `timeline.era[0]`, `timeline`. */
const WHERE = /^(?:row (\d+)|(events|eras|timeline\.date|timeline\.era)\[(\d+)\]|title|timeline)$/;
/** A refusal names the field (or the columns) it is about, in the words of the input's format. */
const FIELD = /\b(?:start_date|end_date|startDate|endDate|Start Date|End Date|(?:End )?(?:Year|Month|Day|Time)|(?:start|end) date|headline|slide object|its (?:start|end))\b/;
const SHEET_NAMES = new Set([...SHEET_COLUMNS, 'Tag', 'Start Date', 'End Date'].map((name) => name.toLowerCase()));
const STORE_NAME = new RegExp(`^(?:${[...BASE_COLUMNS, ...CITATION_FIELDS.map((f) => `${f}_[1-9]\\d*`)].join('|')})$`);
const STORE_COLUMN = new RegExp(`^(?:${[...BASE_COLUMNS, ...CITATION_FIELDS.map((f) => `${f}_\\d+`)].join('|')})\\b`);

/**
 * The checks every import must pass, whatever its input. Problems name the input file alone:
 * one naming "in.csv (as imported)" would mean the importer built a store the validator refuses,
 * instead of refusing, row by row, what the store cannot hold.
 */
function checkImport(text: string, result: ImportResult): void {
  const problems = result.ok ? [] : result.problems;
  if (!result.ok && problems.length === 0) throw new Error('failed without a problem');
  for (const line of problems) {
    if (!/^in\.csv: \S/.test(line)) throw new Error(`a problem that does not name the file: ${line}`);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*[{[]/.test(body) && scanJson(body).duplicates.length > 0 && (result.ok || !problems.some((p) => p.includes('more than once')))) {
    throw new Error('a key given twice went unreported (JSON keeps only the last)');
  }
  if (result.ok) {
    const check = validateDataset(result.store);
    if (!check.ok) throw new Error(`imported a store that does not validate: ${check.problems[0].message}`);
    if (result.report.imported.events !== result.store.events.length) throw new Error('the report counts other events than the store has');
  }
  const report = result.report;
  if (!report) return;
  const rows = report.format === 'timelinejs-sheet' || report.format === 'csv' ? csvParseRows(body) : [];
  const root = report.format === 'timelinejs-json' || report.format === 'timelinejs-v2-json' ? (JSON.parse(body) as Record<string, unknown>) : {};
  const lists: Record<string, unknown> = { events: root.events, eras: root.eras, 'timeline.date': isObject(root.timeline) ? root.timeline.date : undefined, 'timeline.era': isObject(root.timeline) ? root.timeline.era : undefined };
  for (const item of report.items) {
    const where = WHERE.exec(item.where);
    if (!where) throw new Error(`an item named by no place: "${item.where}"`);
    if (where[1] !== undefined && !(Number(where[1]) >= 2 && Number(where[1]) <= rows.length)) throw new Error(`${item.where} is not a row of the input`);
    if (where[2] !== undefined && !(Number(where[3]) < (lists[where[2]] as unknown[] | undefined ?? []).length)) throw new Error(`${item.where} is not an item of the input`);
    if (item.refused === undefined) continue;
    if (item.refused.trim() === '') throw new Error(`${item.where} refused without a reason`);
    const namesField = report.format === 'csv' ? STORE_COLUMN.test(item.refused) : FIELD.test(item.refused);
    if (!namesField) throw new Error(`${item.where}'s refusal names no field: ${item.refused}`);
    if (where[1] !== undefined) checkEmptyCells(rows, Number(where[1]), item.refused);
  }
  if (rows.length) checkCellsAccounted(rows, report);
  // Nothing lost on the way: every event slide is in the store or refused.
  const slides = lists[report.format === 'timelinejs-json' ? 'events' : 'timeline.date'];
  if (Array.isArray(slides)) {
    const refused = report.items.filter((i) => i.refused !== undefined && /^(?:events|timeline\.date)\[/.test(i.where)).length;
    if (report.imported.events + refused !== slides.length) throw new Error(`${slides.length} event slides, ${report.imported.events} imported and ${refused} refused`);
  }
}

/** A refusal that says a column is empty is right: the sheet has no such column, or the row's cell there is empty. */
function checkEmptyCells(rows: string[][], rowNumber: number, refused: string): void {
  for (const [, column] of refused.matchAll(/(?:^|; )([A-Z]?[a-z_]+(?: [A-Z][a-z]+)?(?:_\d+)?) (?:\([^)]*\) )?is empty/g)) {
    const cells = rows[0].flatMap((name, i) => (name.trim().toLowerCase() === column.toLowerCase() ? [rows[rowNumber - 1][i] ?? ''] : []));
    if (cells.length > 0 && !cells.some((cell) => unguardFormula(cell).trim() === '')) throw new Error(`row ${rowNumber} is refused because ${column} is empty, but it is not: ${refused}`);
  }
}

/**
 * Every filled cell is read or said to be left out: a filled column with no name, with a name
 * the format does not read, or with a name an earlier column has, and filled cells past the
 * header's last column, are each named in the notes.
 */
function checkCellsAccounted(rows: string[][], report: ImportReport): void {
  const names = rows[0].map((name) => name.trim().toLowerCase());
  const known = (name: string) => (report.format === 'csv' ? STORE_NAME.test(name) : SHEET_NAMES.has(name));
  const noted = (pattern: RegExp) => report.notes.some((note) => pattern.test(note));
  names.forEach((name, c) => {
    if (!rows.slice(1).some((cells) => (cells[c] ?? '').trim() !== '')) return;
    const unread = name === '' || !known(name) || names.indexOf(name) < c;
    const namedInNote = name !== '' && report.notes.some((note) => note.includes(`"${rows[0][c]}"`) || note.includes(`"${rows[0][c].trim()}"`));
    if (unread && !noted(new RegExp(`\\bcolumn ${c + 1}\\b`)) && !namedInNote) {
      throw new Error(`column ${c + 1} ("${rows[0][c]}") is not read, and no note says so`);
    }
  });
  rows.slice(1).forEach((cells, r) => {
    if (cells.slice(names.length).some((cell) => cell.trim() !== '') && !noted(new RegExp(`^row ${r + 2} .*past the header`))) {
      throw new Error(`row ${r + 2} has cells past the header, and no note says so`);
    }
  });
}

/** Imports `text` under the hang guard and checks the outcome. */
function importChecked(text: string): void {
  const result = withinHangLimit('importTimeline', () => importTimeline(text, { fileName: FILE }));
  assertPrototypeClean();
  checkImport(text, result);
}

describe('importer properties', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  const anyText = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ maxLength: 200, unit: 'binary' }),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.constantFrom('', '\uFEFF', '{}', '[]', '{"events": {}}', '{"timeline": []}', '{"version": 1, "pair": 2}', '<!doctype html><p>Sign in', ...HOSTILE_TEXT),
  );

  // [what is read, the property's name in npm run fuzz, the inputs, cases in npm test]
  it.each<[string, string, fc.Arbitrary<string>, number]>([
    ['any text or JSON', 'importer: any text', anyText, 200],
    ['TimelineJS3 JSON of any shape', 'importer: TimelineJS3 JSON', timelineJson, 80],
    ['TimelineJS legacy (v2) JSON of any shape', 'importer: legacy v2 JSON', legacyJson, 80],
    ['TimelineJS3 sheets of any columns and cells', 'importer: TimelineJS3 sheet CSV', sheetCsv, 100],
    ['our CSV of any columns and cells', 'importer: our CSV', storeCsv, 100],
    ['the real TimelineJS3 files however they are broken', 'importer: mutated fixtures', mutatedFixture, 80],
  ])('reads %s: never throws or hangs; a valid store or problems naming the file; nothing lost unsaid', async (_what, name, inputs, runs) => {
    await holds(name, fc.property(inputs, importChecked), runs);
  });

  it('gives back any valid store exported as our CSV or JSON', async () => {
    await holds('importer: CSV and JSON round trip', fc.property(validDataset.filter((d) => d.events.length > 0), fc.constantFrom('csv', 'json'), (store, format) => {
      const result = importTimeline(exportStore(store, format), { fileName: `store.${format}` });
      assertPrototypeClean();
      if (!result.ok) throw new Error(`refused its own export: ${result.problems.join('\n')}`);
      const expected = format === 'csv' ? store : normaliseStore(store);
      if (comparableText(result.store) !== comparableText(expected)) throw new Error('the store came back different');
      if (result.report.items.length > 0) throw new Error(`changed or refused items of its own export: ${result.report.items.map((i) => i.where).join(', ')}`);
    }), 60);
  });
});
