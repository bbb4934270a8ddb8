/**
 * The one entry point for bringing a timeline in, shared by `npm run import` and the editor:
 * text in, a validated store and a report out. The format is told by the content, not the file
 * name: JSON starts with "{", and then its keys say which JSON (`timeline` for TimelineJS's
 * legacy form, `version` for an event store, `events` for TimelineJS3); anything else is read as
 * CSV, and its header row says which CSV (`Year` for TimelineJS3's template, `title` and
 * `start` for ours). JSON with a key given twice in one object is refused, naming where.
 */
import { csvParseRows } from 'd3';
import { parseJson } from '../data/parseJson';
import { formatProblem } from '../data/problems';
import { importStoreCsv, isStoreCsvHeader } from './csv/fromCsv';
import { importStoreJson } from './storeJson';
import type { ImportOptions, ImportResult } from './result';
import { isObject, readTimelineJson, type ReadTimeline } from './timelinejs/input';
import { readLegacyJson } from './timelinejs/readLegacy';
import { isSheetHeader, readSheet } from './timelinejs/readSheet';
import { timelineToStore } from './timelinejs/toStore';

export type { ImportOptions, ImportResult } from './result';

/** Reads a timeline file's text in whichever supported format it is. */
export function importTimeline(rawText: string, options: ImportOptions): ImportResult {
  const file = options.fileName;
  const text = rawText.replace(/^\uFEFF/, '');
  const fail = (problem: string): ImportResult => ({ ok: false, problems: [`${file}: ${problem}`] });
  if (text.trim() === '') return fail('is empty');

  if (/^\s*[{[]/.test(text)) {
    const parsed = parseJson(text);
    if (!parsed.ok) return { ok: false, problems: [formatProblem(file, parsed.problem)] };
    // A key given twice would silently lose its first value, as the loader refuses it for.
    if (parsed.problems.length) return { ok: false, problems: parsed.problems.map((p) => formatProblem(file, p)) };
    const root = parsed.value;
    if (!isObject(root)) return fail('is JSON, but not an object: neither an event store nor a TimelineJS3 timeline');
    if (isObject(root.timeline)) return fromTimeline(readLegacyJson(root), options);
    if ('version' in root && 'pair' in root) return importStoreJson(root, options);
    if ('events' in root) return fromTimeline(readTimelineJson(root), options);
    return fail('is JSON, but has no "events" list (TimelineJS3), "timeline" object (TimelineJS legacy) or "version" (event store)');
  }

  const rows = csvParseRows(text);
  const header = rows[0] ?? [];
  if (isSheetHeader(header)) return fromTimeline(readSheet(rows), options);
  if (isStoreCsvHeader(header)) return importStoreCsv(rows, options);
  return fail(
    'is neither JSON nor a CSV this importer knows: a TimelineJS3 sheet has a "Year" column (Year, Month, Day, …, Headline, Text), ' +
      'an event-store CSV has "title" and "start" columns (see README, "CSV columns")',
  );
}

function fromTimeline(read: ReadTimeline, options: ImportOptions): ImportResult {
  if (!read.ok) return { ok: false, problems: [`${options.fileName}: ${read.problem}`] };
  return timelineToStore(read.input, options);
}
