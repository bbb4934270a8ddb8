/**
 * A TimelineJS3 timeline, read from any of its forms, into a store. The title slide gives the
 * title and description; the imported timeline becomes one source that every event cites; the
 * pair is chosen as pair.ts says; eras stay eras. Per-event work is in slideToEvent.ts.
 */
import type { Dataset, RawEvent, Source } from '../../data/schema';
import { endsBeforeStart, parsePartialDate } from '../../model/dates';
import { htmlToLine, htmlToText } from '../htmlToText';
import { actorName, choosePair } from '../pair';
import { FORMAT_NAMES, hasNews, itemReport, type ImportReport, type ItemReport } from '../report';
import { baseName, finishImport, type ImportOptions, type ImportResult } from '../result';
import { IdAllocator, slugify } from '../slug';
import { DATE_NAMING, readTlDate, text } from './dates';
import { isObject, type LocatedSlide, type TimelineInput } from './input';
import { GroupCategories } from './groupCategories';
import { LinkSources } from '../linkSources';
import { slideToEvent, type SlideContext } from './slideToEvent';

/** The id of the imported timeline's own source entry. */
export const TIMELINE_SOURCE_ID = 'imported-timeline';
/**
 * Where that source links when nobody said where the timeline is published. The `.invalid`
 * top-level domain is reserved never to resolve (RFC 2606), so the link is plainly not a real
 * address; the report asks for `--source-url`.
 */
export const UNKNOWN_SOURCE_URL = 'https://source-address-unknown.invalid/';

/** Converts a read timeline into a validated store and its report. */
export function timelineToStore(input: TimelineInput, options: ImportOptions): ImportResult {
  const file = baseName(options.fileName);
  const report: ImportReport = { format: input.format, notes: [...input.notes], items: [], imported: { events: 0, eras: 0 } };
  const { title, description } = titleAndDescription(input.title, file, input.format, report);
  const { pair, note } = choosePair(options.pair, undefined, title, description);
  if (note) report.notes.push(note);
  if (input.scale === 'cosmological') {
    report.notes.push('scale is "cosmological": TimelineJS3 places such events by year only; events before year 1 are refused, the others keep the dates they give');
  } else if (input.scale !== undefined && input.scale !== 'human') report.notes.push(`scale "${input.scale}" is not one TimelineJS3 knows; it was left out`);

  const sourceIds = new IdAllocator();
  sourceIds.reserve(TIMELINE_SOURCE_ID);
  const timelineSource: Source = {
    id: TIMELINE_SOURCE_ID,
    title,
    publisher: `${file} (${FORMAT_NAMES[input.format]})`,
    url: options.sourceUrl ?? UNKNOWN_SOURCE_URL,
  };
  report.notes.push(
    `every event cites the imported timeline as source "${TIMELINE_SOURCE_ID}", quoting the event's own text` +
      (options.sourceUrl ? '' : `; its address is unknown, so it links to ${UNKNOWN_SOURCE_URL} until you import again with --source-url URL or edit it`),
  );
  const dateNames = DATE_NAMING[input.dateNaming];
  const context = { pair, timelineSource: TIMELINE_SOURCE_ID, categories: new GroupCategories(), links: new LinkSources(sourceIds), eventIds: new IdAllocator(), dateNames };

  const events: RawEvent[] = [];
  for (const located of input.events) {
    const { event, report: item } = slideToEvent(located, context);
    if (event) events.push(event);
    if (hasNews(item)) report.items.push(item);
  }
  const eraIds = new IdAllocator();
  const eras: Dataset['eras'] = [];
  input.eras.forEach((located, i) => {
    const { era, report: item } = slideToEra(located, i, eraIds, dateNames);
    if (era) eras.push(era);
    if (hasNews(item)) report.items.push(item);
  });
  report.imported = { events: events.length, eras: eras.length };

  const store: Dataset = {
    version: 1,
    id: slugify(title) || slugify(file.replace(/\.[^.]*$/, '')) || 'imported-timeline',
    title,
    description,
    pair,
    actors: pair.map((id) => ({ id, name: actorName(id) })),
    categories: context.categories.list(),
    sources: [timelineSource, ...context.links.list()],
    eras,
    events,
  };
  return finishImport(store, report, options.fileName);
}

function titleAndDescription(located: LocatedSlide | undefined, file: string, format: TimelineInput['format'], report: ImportReport) {
  const slide = located?.slide ?? {};
  const body = isObject(slide.text) ? slide.text : {};
  let title = htmlToLine(text(body.headline));
  const plain = htmlToText(text(body.text));
  let description = plain.text;
  if (!title) {
    title = `Timeline from ${file}`;
    report.notes.push(`${located ? 'the title slide has no headline' : 'there is no title slide'}, so the title is "${title}"`);
  }
  if (!description) {
    description = `Imported from ${file}, a ${FORMAT_NAMES[format]} file.`;
    report.notes.push(`${located ? 'the title slide has no text' : 'there is no title slide'}, so the description is "${description}"`);
  }
  if (plain.links.length) {
    report.notes.push(`the title slide's links cannot be cited by any event and were left out: ${plain.links.map((l) => l.url).join(', ')}`);
  }
  const media = isObject(slide.media) ? text(slide.media.url) : '';
  if (media) report.notes.push(`the title slide's media ${media} was left out: the store keeps no media`);
  return { title, description };
}

function slideToEra(located: LocatedSlide, index: number, ids: IdAllocator, dateNames: SlideContext['dateNames']): { era?: Dataset['eras'][number]; report: ItemReport } {
  const report = itemReport(located.where);
  if (located.refused) return ((report.refused = located.refused), { report });
  const start = readTlDate(located.slide.start_date, dateNames('start'));
  const end = readTlDate(located.slide.end_date, dateNames('end'));
  const problem = !start.ok ? start.problem : !end.ok ? (located.slide.end_date === undefined ? `an era needs an ${dateNames('end').whole.replace(/^the /, '')}` : end.problem) : undefined;
  if (problem || !start.ok || !end.ok) return ((report.refused = problem), { report });
  if (endsBeforeStart(parsePartialDate(start.date)!, parsePartialDate(end.date)!)) {
    return ((report.refused = `its end ${end.date} is before its start ${start.date}`), { report });
  }
  for (const [which, reading] of [['start', start], ['end', end]] as const) {
    if (reading.time) report.changed.push(`the ${which} time of day (${reading.time}) is dropped; the store keeps ${reading.date}`);
    if (reading.dayDropped) report.changed.push(reading.dayDropped);
  }
  const body = isObject(located.slide.text) ? located.slide.text : {};
  let title = htmlToLine(text(body.headline));
  if (!title) {
    title = `Era ${index + 1}`;
    report.changed.push(`it has no headline, so it is called "${title}"`);
  }
  const id = ids.allocate(`${slugify(title) || 'era'}-${start.year}`);
  report.id = id;
  return { era: { id, title, start: start.date, end: end.date }, report };
}
