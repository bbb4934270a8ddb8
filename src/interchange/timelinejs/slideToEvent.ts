/**
 * One TimelineJS3 slide into one store event, and everything said about it on the way.
 *
 * The rules (README, "Import rules"): the headline becomes the title and the text the summary,
 * both as plain text; the imported timeline is cited with the event's own text as the quote;
 * http(s) links in the text become sources of their own; the group becomes the category; the
 * event involves the pair and is `reported` (the timeline reports it; nobody here checked);
 * times of day are dropped to the day and written in the citation's note, as is a display date;
 * media and backgrounds are dropped. Slides whose dates the store cannot hold are refused.
 */
import type { Citation, RawEvent } from '../../data/schema';
import { endsBeforeStart, parsePartialDate } from '../../model/dates';
import { htmlToLine, htmlToText, type PlainText } from '../htmlToText';
import { itemReport, type ItemReport } from '../report';
import { IdAllocator, slugify } from '../slug';
import { hasDateParts, readTlDate, text, type DateNames } from './dates';
import { isObject, type LocatedSlide } from './input';
import type { GroupCategories } from './groupCategories';
import type { LinkSources } from '../linkSources';

/** What converting a slide needs from the whole import. */
export interface SlideContext {
  pair: [string, string];
  /** The id of the imported timeline's own source entry. */
  timelineSource: string;
  categories: GroupCategories;
  links: LinkSources;
  eventIds: IdAllocator;
  /** How messages name dates, in the words of the input's form. */
  dateNames: (which: 'start' | 'end') => DateNames;
}

/** Keys of a slide that the conversion reads or knowingly ignores. */
const KNOWN_KEYS = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'autolink', 'unique_id']);
const APPROXIMATE = /^\s*(c\.|ca\.|circa\b|about\b|around\b|approx\.?|approximately\b|~)/i;
const LINK_NOTE = 'Linked from the imported timeline’s text; the quote is the words that carried the link there, not words of this source.';

/** Converts one slide; `event` is absent when the slide was refused (the report says why). */
export function slideToEvent(located: LocatedSlide, context: SlideContext): { event?: RawEvent; report: ItemReport } {
  const report = itemReport(located.where);
  report.dropped.push(...(located.dropped ?? []));
  const refuse = (why: string) => ((report.refused = why), { report });
  if (located.refused) return refuse(located.refused);
  const { slide } = located;

  const start = readTlDate(slide.start_date, context.dateNames('start'));
  if (!start.ok) return refuse(slide.start_date === undefined ? `it has no ${context.dateNames('start').whole}, which every TimelineJS3 event needs` : start.problem);
  const notes: string[] = [];
  if (start.dayDropped) report.changed.push(start.dayDropped);
  if (start.time) notes.push(timeNote('start', start.time, start.date, report));
  let end: string | undefined;
  if (hasDateParts(slide.end_date)) {
    const reading = readTlDate(slide.end_date, context.dateNames('end'));
    if (!reading.ok) report.dropped.push(`the end date: ${reading.problem}`);
    else if (endsBeforeStart(parsePartialDate(start.date)!, parsePartialDate(reading.date)!)) {
      report.dropped.push(`the end date: ${reading.date} is before the start ${start.date}`);
    } else {
      if (reading.time) notes.push(timeNote('end', reading.time, reading.date, report));
      if (reading.dayDropped) report.changed.push(reading.dayDropped);
      if (reading.date !== start.date) end = reading.date;
    }
  }

  const body = isObject(slide.text) ? slide.text : {};
  const headline = htmlToText(text(body.headline));
  const content = htmlToText(text(body.text));
  const media = isObject(slide.media) ? slide.media : {};
  // TimelineJS3 shows media that is a <blockquote> as a quotation: words the reader saw, kept as text.
  const quoted = /^\s*<blockquote/i.test(text(media.url)) ? htmlToText(text(media.url)) : undefined;
  const words = [content.text, quoted?.text].filter(Boolean).join('\n\n');
  const title = oneLine(headline) || firstWords(words) || htmlToLine(text(media.caption));
  if (!title) return refuse('it has no headline, no text and no media caption, so there is nothing to call it');
  if (!oneLine(headline)) report.changed.push(`it has no headline; the title "${title}" is taken from its ${words ? 'text' : 'media caption'}`);
  if (quoted) report.changed.push('its media is a blockquote; its words are kept in the summary');
  const summary = words || title;
  if (!words) report.changed.push('it has no text; the summary repeats the title');

  const displayDate = shownAfterStripping(text(slide.display_date) || text(isObject(slide.start_date) ? slide.start_date.display_date : undefined));
  const approximate = APPROXIMATE.test(displayDate) || undefined;
  if (displayDate) notes.push(`The imported timeline shows the date as “${displayDate}”.`);
  if (approximate) report.changed.push(`its display date "${displayDate}" reads as approximate, so the event is marked approximate`);

  const citations: Citation[] = [{ source: context.timelineSource, quote: summary, ...(notes.length ? { note: notes.join(' ') } : {}) }];
  for (const link of [...headline.links, ...content.links, ...(quoted?.links ?? [])]) {
    const source = context.links.idFor(link);
    if (!citations.some((c) => c.source === source)) citations.push({ source, quote: link.text || link.url, note: LINK_NOTE });
  }
  for (const target of [...headline.droppedLinks, ...content.droppedLinks]) report.dropped.push(`the link to "${target}" (only http(s) links are kept)`);
  reportDroppedParts(slide, quoted ? {} : media, report);

  const id = eventId(slide, title, start.year, context.eventIds, report);
  const category = context.categories.idFor(shownAfterStripping(text(slide.group)));
  const event: RawEvent = {
    id,
    title,
    summary,
    start: start.date,
    ...(end ? { end } : {}),
    ...(approximate ? { approximate } : {}),
    category,
    actors: [...context.pair],
    certainty: 'reported',
    sources: citations,
  };
  report.id = id;
  return { event, report };
}

function timeNote(which: 'start' | 'end', time: string, date: string, report: ItemReport): string {
  report.changed.push(`the ${which} time of day (${time}) is dropped; the store keeps ${date}`);
  return `The imported timeline gives the ${which} time as ${time}.`;
}

/**
 * The event's id: its `unique_id` as a slug if it has one (TimelineJS3 slugifies it too), else
 * the headline's slug and the year, "grace-hopper-invents-the-compiler-1952"; "-2", "-3" for
 * repeats. Deterministic, so importing the same file again gives the same ids.
 */
function eventId(slide: Record<string, unknown>, title: string, year: number, ids: IdAllocator, report: ItemReport): string {
  const given = text(slide.unique_id);
  const wanted = (given && slugify(given)) || `${slugify(title) || 'event'}-${year}`;
  const id = ids.allocate(wanted);
  if (given && id !== given) {
    const why = id === wanted ? 'is not a slug' : wanted === given ? 'is already used' : 'is not a slug and its slug is already used';
    report.changed.push(`its unique_id "${given}" ${why}, so the event is "${id}"`);
  }
  return id;
}

function reportDroppedParts(slide: Record<string, unknown>, media: Record<string, unknown>, report: ItemReport): void {
  const written = text(media.url);
  // Media may be an embed written as HTML (<iframe …>): quote its start rather than all of it.
  const url = written.startsWith('<') ? `written as HTML, “${written.slice(0, 60)}${written.length > 60 ? '…' : ''}”` : written;
  const caption = htmlToLine(text(media.caption));
  if (url || caption) report.dropped.push(`its media${url ? ` ${url}` : ''}${caption ? ` (“${caption}”)` : ''}: the store keeps no media`);
  if (hasContent(slide.background)) report.dropped.push('its background: the store keeps no backgrounds');
  for (const [key, value] of Object.entries(slide)) {
    if (!KNOWN_KEYS.has(key) && hasContent(value)) report.dropped.push(`its "${key}" field, which the store does not hold`);
  }
}

function hasContent(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (isObject(value)) return Object.values(value).some(hasContent);
  return value !== undefined && value !== null && value !== false;
}

/**
 * What a reader sees of a `group` or `display_date`: TimelineJS3 decodes these through a
 * DOMParser's textContent and then shows the result as HTML, so they are read as HTML twice.
 */
function shownAfterStripping(html: string): string {
  return htmlToLine(htmlToLine(html));
}

function oneLine(plain: PlainText): string {
  return plain.text.replace(/\s+/g, ' ').trim();
}

/** The opening words of a text, up to about 80 characters, cut at a word and marked with "…". */
function firstWords(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= 80) return line;
  const cut = line.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 80)}…`;
}
