/**
 * One `event` row of the store's CSV into an event. Every problem names its column; a row
 * with any problem is refused whole, so no half-read event reaches the store. Ids, categories
 * and actors that no other row lists are settled by the caller (fromCsv.ts), which sees them all.
 */
import type { Citation, Claims, RawEvent } from '../../data/schema';
import { endsBeforeStart, parsePartialDate } from '../../model/dates';
import { httpUrl } from '../htmlToText';
import { CITATION_FIELDS, citationColumn, parseCertaintyCell, parseFlagCell, parseListCell, parseValueCell } from './columns';
import { isActorId, isSlug, type CsvRow } from './cells';

/** What reading citations needs: which source ids exist, and a way to make a source from a bare URL. */
export interface CitationSources {
  has(id: string): boolean;
  /** The id of the source for a URL written in a `source_N` cell, made if new. */
  fromUrl(url: string): string;
}

/** An event read from a row; `id` may be "" (the caller makes one), `changed` says what was filled in. */
export interface EventRow {
  event?: RawEvent;
  changed: string[];
}

/** Reads an event row with `slots` numbered citation column groups. */
export function readEventRow(row: CsvRow, slots: number, sources: CitationSources): EventRow {
  const changed: string[] = [];
  const id = row.word('id');
  if (id && !isSlug(id)) row.problems.push(`id "${id}" is not a slug of lower-case letters, digits and single hyphens`);
  const title = row.required('title');
  const summary = row.required('summary');
  const start = row.date('start', true);
  const end = row.date('end', false);
  if (start && end && endsBeforeStart(parsePartialDate(start)!, parsePartialDate(end)!)) row.problems.push(`end ${end} is before start ${start}`);
  const approximate = row.parse('approximate', parseFlagCell);
  const category = row.slug('category');
  const actors = parseListCell(row.word('actors'));
  if (actors.length === 0) row.problems.push('actors is empty: an event needs at least one actor');
  for (const actor of actors) if (!isActorId(actor)) row.problems.push(`actors: "${actor}" is not an ISO 3166-1 alpha-3 code or a lower-case slug`);
  let certainty = row.parse('certainty', parseCertaintyCell);
  if (!row.word('certainty')) {
    certainty = 'reported';
    changed.push('certainty is empty, so the event is "reported"');
  }
  const value = row.parse('value', parseValueCell);
  const citations: Citation[] = [];
  for (let n = 1; n <= slots; n++) {
    const citation = readCitation(row, n, sources, changed);
    if (citation) citations.push(citation);
  }
  if (citations.length === 0 && !row.problems.some((p) => p.startsWith('source_') || p.startsWith('quote_'))) {
    row.problems.push('source_1 and quote_1 are empty: every event needs at least one source and its words');
  }
  if (row.problems.length || !start || !certainty) return { changed };
  const event: RawEvent = {
    id,
    title,
    summary,
    start,
    ...(end !== undefined ? { end } : {}),
    ...(approximate !== undefined ? { approximate } : {}),
    category,
    actors,
    certainty,
    ...(value ? { value } : {}),
    sources: citations,
  };
  return { event, changed };
}

function readCitation(row: CsvRow, n: number, sources: CitationSources, changed: string[]): Citation | undefined {
  const column = (field: (typeof CITATION_FIELDS)[number]) => citationColumn(field, n);
  if (CITATION_FIELDS.every((field) => row.text(column(field)) === '')) return undefined;
  let source = row.word(column('source'));
  const quote = row.text(column('quote'));
  if (!source) row.problems.push(`${column('source')} is empty, but other citation ${n} columns are filled in`);
  else if (!sources.has(source)) {
    const url = httpUrl(source);
    if (url && /^https?:/i.test(source)) {
      source = sources.fromUrl(url);
      changed.push(`${column('source')} is an address, so it became source "${source}"`);
    } else row.problems.push(`${column('source')} "${source}" is not the id of any source row (nor an http(s) address)`);
  }
  if (!quote) row.problems.push(`${column('quote')} is empty: every citation needs the source's exact words`);
  const claims: Claims = {};
  const claimedStart = row.date(column('claimed_start'), false);
  const claimedEnd = row.date(column('claimed_end'), false);
  const claimedValue = row.parse(column('claimed_value'), parseValueCell);
  const claimedCertainty = row.parse(column('claimed_certainty'), parseCertaintyCell);
  const claimedSummary = row.text(column('claimed_summary'));
  if (claimedStart && claimedEnd && endsBeforeStart(parsePartialDate(claimedStart)!, parsePartialDate(claimedEnd)!)) {
    row.problems.push(`${column('claimed_end')} ${claimedEnd} is before ${column('claimed_start')} ${claimedStart}`);
  }
  if (claimedStart) claims.start = claimedStart;
  if (claimedEnd) claims.end = claimedEnd;
  if (claimedValue) claims.value = claimedValue;
  if (claimedCertainty) claims.certainty = claimedCertainty;
  if (claimedSummary) claims.summary = claimedSummary;
  const note = row.text(column('note'));
  return {
    source,
    quote,
    ...(Object.keys(claims).length ? { claims } : {}),
    ...(note ? { note } : {}),
  };
}
