/**
 * A store as one CSV table (columns in columns.ts): the dataset row first, then one row per
 * event in the store's order, then eras, categories, actors and sources, then each story's
 * row followed by its steps' rows (csvStories.ts). Written by d3-dsv,
 * which quotes cells holding commas, quotes or line breaks; a byte-order mark leads so that
 * Excel reads the file as UTF-8 (the shipped data has Russian quotes).
 */
import { csvFormatRows } from 'd3';
import type { Dataset, RawEvent } from '../../data/schema';
import {
  BASE_COLUMNS, CITATION_FIELDS, citationColumn, formatFlagCell, formatListCell, formatValueCell, guardFormula, type RowKind,
} from './columns';
import { STORY_COLUMNS, storyRows } from './csvStories';

type Row = Partial<Record<string, string>>;

/** The CSV text of a valid store. */
export function storeToCsv(data: Dataset): string {
  const slots = Math.max(1, ...data.events.map((e) => e.sources.length));
  const stories = data.stories ?? [];
  const header: string[] = [...BASE_COLUMNS, ...(stories.length ? STORY_COLUMNS : [])];
  for (let n = 1; n <= slots; n++) for (const field of CITATION_FIELDS) header.push(citationColumn(field, n));
  const row = (kind: RowKind, cells: Row) => header.map((column) => guardFormula(column === 'kind' ? kind : (cells[column] ?? '')));

  const rows = [
    header,
    row('dataset', { id: data.id, title: data.title, summary: data.description, actors: formatListCell(data.pair) }),
    ...data.events.map((event) => row('event', eventCells(event))),
    ...data.eras.map((era) => row('era', { id: era.id, title: era.title, start: era.start, end: era.end })),
    ...data.categories.map((c) => row('category', { id: c.id, title: c.label })),
    ...data.actors.map((a) => row('actor', { id: a.id, title: a.name })),
    ...data.sources.map((s) => row('source', { id: s.id, title: s.title, publisher: s.publisher, url: s.url, published: s.published })),
    ...storyRows(stories).map(({ kind, cells }) => row(kind, cells)),
  ];
  return `\uFEFF${csvFormatRows(rows)}\n`;
}

function eventCells(event: RawEvent): Row {
  const cells: Row = {
    id: event.id,
    title: event.title,
    summary: event.summary,
    start: event.start,
    end: event.end,
    approximate: formatFlagCell(event.approximate),
    category: event.category,
    actors: formatListCell(event.actors),
    certainty: event.certainty,
    value: event.value && formatValueCell(event.value),
  };
  event.sources.forEach((citation, i) => {
    const n = i + 1;
    const { claims } = citation;
    cells[citationColumn('source', n)] = citation.source;
    cells[citationColumn('quote', n)] = citation.quote;
    cells[citationColumn('note', n)] = citation.note;
    cells[citationColumn('claimed_start', n)] = claims?.start;
    cells[citationColumn('claimed_end', n)] = claims?.end;
    cells[citationColumn('claimed_value', n)] = claims?.value && formatValueCell(claims.value);
    cells[citationColumn('claimed_certainty', n)] = claims?.certainty;
    cells[citationColumn('claimed_summary', n)] = claims?.summary;
  });
  return cells;
}
