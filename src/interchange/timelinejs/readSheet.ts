/**
 * TimelineJS3's spreadsheet template, exported as CSV, read the way TimelineJS3 reads it
 * (ConfigFactory's extractEventFromCSVObject): one row per slide; `Type` "title" makes the title
 * slide (a second one is an event, with a warning), "era" an era, anything else an event;
 * `Tag` stands for `Group` in old sheets; spaces and commas are stripped from Year, Month and
 * Day; any column may be missing; rows with every cell blank are skipped. Old sheets with
 * `Start Date` / `End Date` columns are read through the same date-text parser as legacy JSON;
 * in a sheet with both kinds of date column, each row is read by the kind it filled in.
 *
 * Header names are matched ignoring case and surrounding spaces (TimelineJS3 itself wants them
 * exact); a header that only matched that way is named in the notes.
 */
import type { LocatedSlide, ReadTimeline } from './input';
import { parseDateText } from './dates';
import { cellsPastHeader, readColumns } from '../tableShape';

/** The columns TimelineJS3 reads, as its template spells them. */
export const SHEET_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date',
  'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Alt Text',
  'Type', 'Group', 'Background',
] as const;
const OLD_COLUMNS = ['Tag', 'Start Date', 'End Date'] as const;
const CANONICAL = new Map([...SHEET_COLUMNS, ...OLD_COLUMNS].map((name) => [name.toLowerCase(), name]));

/** True when a header row is TimelineJS3's template: it has a Year (or old Start Date) column. */
export function isSheetHeader(header: readonly string[]): boolean {
  const names = header.map((h) => h.trim().toLowerCase());
  return names.includes('year') || names.includes('start date');
}

/** Reads the template's rows; `rows[0]` is the header. */
export function readSheet(rows: readonly string[][]): ReadTimeline {
  const notes: string[] = [];
  const { columns, notes: unread } = readColumns(rows, (raw) => {
    const name = raw.trim();
    const canonical = CANONICAL.get(name.toLowerCase());
    if (!canonical) notes.push(`column "${name}" is not one TimelineJS3 reads; it was left out`);
    else if (canonical !== name) notes.push(`column "${name}" read as "${canonical}" (TimelineJS3 itself needs that exact spelling)`);
    return canonical;
  });
  notes.push(...unread);
  const events: LocatedSlide[] = [];
  const eras: LocatedSlide[] = [];
  let title: LocatedSlide | undefined;
  rows.slice(1).forEach((cells, i) => {
    const where = `row ${i + 2}`;
    const past = cellsPastHeader(cells, rows[0].length, where);
    if (past) notes.push(past);
    const row = new Map<string, string>();
    for (const [name, c] of columns) row.set(name, (cells[c] ?? '').trim());
    if ([...row.values()].every((v) => v === '')) return;
    const located = rowToSlide(row, where);
    const type = (row.get('Type') ?? '').toLowerCase();
    if (type === 'title' && !title) title = located;
    else if (type === 'era') eras.push(located);
    else {
      if (type === 'title') notes.push(`${located.where} is a second title row; like TimelineJS3, it was read as an event`);
      events.push(located);
    }
  });
  return { ok: true, input: { format: 'timelinejs-sheet', title, events, eras, notes, dateNaming: 'sheet' } };
}

function rowToSlide(row: Map<string, string>, where: string): LocatedSlide {
  const cell = (name: string) => row.get(name) ?? '';
  const slide: Record<string, unknown> = {
    text: { headline: cell('Headline'), text: cell('Text') },
    media: { url: cell('Media'), credit: cell('Media Credit'), caption: cell('Media Caption'), thumbnail: cell('Media Thumbnail'), alt: cell('Alt Text') },
    display_date: cell('Display Date'),
    group: cell('Group') || cell('Tag'),
    background: cell('Background'),
  };
  const dropped: string[] = [];
  // A sheet may carry both kinds of date column: each row is read by the kind it filled in.
  if (cell('Start Date')) {
    const start = parseDateText(cell('Start Date'));
    if (!start) return { where, slide, refused: `Start Date "${cell('Start Date')}" is not a date this importer reads` };
    slide.start_date = start;
    if (cell('Year')) dropped.push(`Year ${cell('Year')}: the row gives its date in Start Date, which is the one read`);
  } else if (cell('Year')) slide.start_date = { year: clean(cell('Year')), month: clean(cell('Month')), day: clean(cell('Day')), time: cell('Time') };
  else if (cell('Month') || cell('Day') || cell('Time')) return { where, slide, refused: 'Year is empty, and a date needs at least a year' };
  if (cell('End Date')) {
    const end = parseDateText(cell('End Date'));
    if (!end) dropped.push(`End Date "${cell('End Date')}" is not a date this importer reads`);
    else slide.end_date = end;
    if (cell('End Year')) dropped.push(`End Year ${cell('End Year')}: the row gives its end in End Date, which is the one read`);
  } else if (cell('End Year')) {
    slide.end_date = { year: clean(cell('End Year')), month: clean(cell('End Month')), day: clean(cell('End Day')), time: cell('End Time') };
  } else if (cell('End Month') || cell('End Day') || cell('End Time')) {
    dropped.push('the end date: End Month, End Day or End Time is filled in but End Year is empty');
  }
  if (!slide.start_date && (row.get('Type') ?? '').toLowerCase() !== 'title') {
    return { where, slide, refused: row.has('Year') ? 'Year is empty, and a date needs at least a year' : 'Start Date is empty, and every event needs a date' };
  }
  return { where, slide, dropped };
}

/** Year, Month and Day cells as TimelineJS3 cleans them: "1,815" → "1815". */
function clean(value: string): string {
  return value.replace(/[\s,]+/g, '');
}
