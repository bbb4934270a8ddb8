/**
 * The store's own CSV (columns.ts, README "CSV columns") back into a store. Rows that are not
 * events are read first, so that events can refer to sources listed further down. Whatever a
 * hand-made sheet leaves out is filled in and reported: an event id from its title and year,
 * a category or actor that no row lists, the pair and the title. Bad rows are refused one by
 * one, naming row, id and column.
 */
import type { Dataset, RawEvent, Source } from '../../data/schema';
import { endsBeforeStart, parsePartialDate } from '../../model/dates';
import { actorName, choosePair } from '../pair';
import { hasNews, itemReport, type ImportReport, type ItemReport } from '../report';
import { baseName, finishImport, type ImportOptions, type ImportResult } from '../result';
import { IdAllocator, slugify } from '../slug';
import { CsvRow, isActorId } from './cells';
import { BASE_COLUMNS, CITATION_FIELDS, ROW_KINDS, parseListCell, type RowKind } from './columns';
import { readEventRow } from './csvEvent';
import { LinkSources } from '../linkSources';
import { STORY_COLUMNS, readStories } from './csvStories';
import { cellsPastHeader, readColumns } from '../tableShape';

/** True when a header row is the store's CSV: it has `title` and `start` (or `kind`) columns. */
export function isStoreCsvHeader(header: readonly string[]): boolean {
  const names = header.map((h) => h.trim().toLowerCase());
  return names.includes('title') && (names.includes('start') || names.includes('kind'));
}

const CITATION_COLUMN = new RegExp(`^(${CITATION_FIELDS.join('|')})_([1-9][0-9]*)$`);

/** Reads the store's CSV; `rows[0]` is the header. */
export function importStoreCsv(rows: readonly string[][], options: ImportOptions): ImportResult {
  const file = baseName(options.fileName);
  const report: ImportReport = { format: 'csv', notes: [], items: [], imported: { events: 0, eras: 0 } };
  let slots = 0;
  const { columns, notes } = readColumns(rows, (raw) => {
    const name = raw.trim().toLowerCase();
    const citation = CITATION_COLUMN.exec(name);
    if (citation) slots = Math.max(slots, Number(citation[2]));
    else if (!([...BASE_COLUMNS, ...STORY_COLUMNS] as readonly string[]).includes(name)) {
      report.notes.push(`column "${raw}" is not one of this format's; it was left out`);
      return undefined;
    }
    return name;
  });
  report.notes.push(...notes);

  const byKind = new Map<RowKind, CsvRow[]>(ROW_KINDS.map((k) => [k, []]));
  rows.slice(1).forEach((cells, i) => {
    const row = new CsvRow(cells, columns, `row ${i + 2}`);
    const past = cellsPastHeader(cells, rows[0].length, row.where);
    if (past) report.notes.push(past);
    if (row.isBlank()) return;
    const kind = (row.word('kind').toLowerCase() || 'event') as RowKind;
    if (byKind.has(kind)) byKind.get(kind)!.push(row);
    else report.items.push({ ...itemReport(row.where), refused: `kind "${row.word('kind')}" is not one of ${ROW_KINDS.join(', ')}` });
  });
  const refuse = (row: CsvRow) => report.items.push({ ...itemReport(row.where), id: row.word('id') || undefined, refused: row.problems.join('; ') });
  const listed = <T extends { id: string }>(kind: RowKind, read: (row: CsvRow) => T): T[] => {
    const items: T[] = [];
    for (const row of byKind.get(kind)!) {
      const item = read(row);
      if (items.some((other) => other.id === item.id && item.id)) row.problems.push(`id "${item.id}" is already used by another ${kind} row`);
      if (row.problems.length) refuse(row);
      else items.push(item);
    }
    return items;
  };

  const actors = listed('actor', (row) => {
    const id = row.word('id');
    if (!isActorId(id)) row.problems.push(`id "${id}" is not an ISO 3166-1 alpha-3 code or a lower-case slug`);
    return { id, name: row.required('title', 'title (the actor’s name)') };
  });
  const categories = listed('category', (row) => ({ id: row.slug('id'), label: row.required('title', 'title (the category’s label)') }));
  const sources = listed('source', (row): Source => {
    const url = row.word('url');
    if (url && !/^https?:\/\/\S+$/i.test(url)) row.problems.push(`url "${url}" is not a full http:// or https:// address`);
    const published = row.date('published', false);
    return { id: row.slug('id'), title: row.required('title'), publisher: row.required('publisher'), url: row.required('url'), ...(published ? { published } : {}) };
  });
  const eras = listed('era', (row) => {
    const era = { id: row.slug('id'), title: row.required('title'), start: row.date('start', true) ?? '', end: row.date('end', true) ?? '' };
    if (era.start && era.end && endsBeforeStart(parsePartialDate(era.start)!, parsePartialDate(era.end)!)) row.problems.push(`end ${era.end} is before start ${era.start}`);
    return era;
  });

  const sourceIds = new IdAllocator();
  sources.forEach((s) => sourceIds.reserve(s.id));
  const linked = new LinkSources(sourceIds);
  const citationSources = {
    has: (id: string) => sources.some((s) => s.id === id) || linked.list().some((s) => s.id === id),
    fromUrl: (url: string) => sources.find((s) => s.url === url)?.id ?? linked.idFor({ url, text: '' }),
  };
  const events = readEvents(byKind.get('event')!, slots, citationSources, report);

  const [datasetRow, ...extraDatasetRows] = byKind.get('dataset')!;
  for (const extra of extraDatasetRows) report.notes.push(`${extra.where} is a second dataset row and was left out`);
  const title = datasetRow?.text('title') || `Timeline from ${file}`;
  const description = datasetRow?.text('summary') || `Imported from ${file}.`;
  if (!datasetRow?.text('title')) report.notes.push(`no dataset row gives a title, so the title is "${title}"`);
  if (!datasetRow?.text('summary')) report.notes.push(`no dataset row gives a summary, so the description is "${description}"`);
  const stated = datasetRow ? parseListCell(datasetRow.word('actors')) : [];
  const badActor = stated.find((id) => !isActorId(id));
  if (datasetRow && badActor !== undefined) {
    report.notes.push(`${datasetRow.where}: actors: "${badActor}" is not an ISO 3166-1 alpha-3 code or a lower-case slug, so the dataset row's pair is not used`);
  }
  const statedPair = badActor === undefined ? stated : [];
  const eventActors = [...new Set(events.flatMap((e) => e.actors))];
  const { pair, note } = choosePair(options.pair, statedPair.length >= 2 ? statedPair : eventActors, title, description);
  if (note) report.notes.push(note);
  else if (options.pair && statedPair.length >= 2 && statedPair.join() !== options.pair.join()) {
    report.notes.push(`pair: ${pair.join(', ')} from --pair, in place of the dataset row's ${statedPair.slice(0, 2).join(', ')}`);
  } else if (!options.pair && statedPair.length < 2) report.notes.push(`pair: ${pair.join(', ')}, the first two actors of the events, because no dataset row names a pair`);

  for (const id of [...pair, ...eventActors]) {
    if (!actors.some((a) => a.id === id)) {
      actors.push({ id, name: actorName(id) });
      report.notes.push(`actor "${id}" has no actor row, so it is named "${actorName(id)}"`);
    }
  }
  for (const id of new Set(events.map((e) => e.category))) {
    if (!categories.some((c) => c.id === id)) {
      categories.push({ id, label: id });
      report.notes.push(`category "${id}" has no category row, so its label is "${id}"`);
    }
  }
  const cited = new Set(events.flatMap((e) => e.sources.map((c) => c.source)));
  const allSources = [...sources, ...linked.list()].filter((s) => {
    if (!cited.has(s.id)) report.notes.push(`source "${s.id}" is cited by no imported event and was left out`);
    return cited.has(s.id);
  });

  const stories = readStories(byKind.get('story')!, byKind.get('step')!, new Set(events.map((e) => e.id)), report);
  report.imported = { events: events.length, eras: eras.length };
  const datasetId = datasetRow?.word('id');
  const store: Dataset = {
    version: 1,
    id: datasetId && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(datasetId) ? datasetId : slugify(title) || 'imported-timeline',
    title,
    description,
    pair,
    actors,
    categories,
    sources: allSources,
    eras,
    events,
    ...(stories.length ? { stories } : {}),
  };
  return finishImport(store, report, options.fileName);
}

function readEvents(rows: CsvRow[], slots: number, sources: Parameters<typeof readEventRow>[2], report: ImportReport): RawEvent[] {
  const ids = new IdAllocator();
  for (const row of rows) if (row.word('id')) ids.reserve(row.word('id'));
  const seen = new Set<string>();
  const events: RawEvent[] = [];
  for (const row of rows) {
    const item: ItemReport = itemReport(row.where);
    const given = row.word('id');
    if (given && seen.has(given)) row.problems.push(`id "${given}" is already used by an earlier event row`);
    const { event, changed } = readEventRow(row, slots, sources);
    item.changed.push(...changed);
    if (!event) {
      item.refused = row.problems.join('; ');
      item.id = given || undefined;
    } else {
      seen.add(given);
      if (!given) {
        event.id = ids.allocate(`${slugify(event.title) || 'event'}-${event.start.slice(0, 4)}`);
        item.changed.push(`id is empty, so the event is "${event.id}"`);
      }
      item.id = event.id;
      events.push(event);
    }
    if (hasNews(item)) report.items.push(item);
  }
  return events;
}
