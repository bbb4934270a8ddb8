/**
 * A store as TimelineJS3 JSON that TimelineJS3 renders: the title slide from the title and
 * description, eras as eras, categories as groups, each event's date at its own precision in
 * `display_date` ("February 2012", "c. 2016"), and its summary, certainty, value and sources as
 * its text.
 *
 * TimelineJS3 shows `headline` and `text` as HTML (after DOMPurify), and our text is plain:
 * every piece of our text is escaped here, and the only markup is what this module writes
 * itself (p, br, ol, li, q, strong, and a with an http(s) href). formatRules.ts checks that.
 * `group` and `display_date` are escaped twice (see escapeStripped).
 */
import type { Citation, Dataset, RawEvent, Source, Value } from '../../data/schema';
import { parsePartialDate, type PartialDate } from '../../model/dates';
import { formatPartialDate } from '../../model/format';

/** TimelineJS3's date object, as we write it: numbers, only the parts our precision gives. */
export interface TlDateOut {
  year: number;
  month?: number;
  day?: number;
}

/** A TimelineJS3 slide, as we write it. */
export interface TlSlideOut {
  start_date?: TlDateOut;
  end_date?: TlDateOut;
  display_date?: string;
  text: { headline: string; text?: string };
  group?: string;
  unique_id?: string;
  autolink?: boolean;
}

/** A TimelineJS3 timeline, as we write it. */
export interface TlTimelineOut {
  title: TlSlideOut;
  events: TlSlideOut[];
  eras: { start_date: TlDateOut; end_date: TlDateOut; text: { headline: string } }[];
  scale: 'human';
}

/** Dates are written in British English, day before month, as the page writes them in English. */
const LOCALE = 'en-GB';

/** The TimelineJS3 timeline of a valid store. */
export function storeToTimeline(data: Dataset): TlTimelineOut {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const labels = new Map(data.categories.map((c) => [c.id, c.label]));
  const ids = new Set(data.events.map((e) => e.id));
  let titleId = 'title-slide';
  for (let n = 2; ids.has(titleId); n++) titleId = `title-slide-${n}`;
  return {
    title: { text: { headline: escapeHtml(data.title), text: paragraphs(data.description) }, unique_id: titleId },
    events: data.events.map((event) => ({
      start_date: dateObject(event.start),
      ...(event.end && event.end !== event.start ? { end_date: dateObject(event.end) } : {}),
      display_date: escapeStripped(displayDate(event)),
      text: { headline: escapeHtml(event.title), text: eventText(event, sources) },
      group: escapeStripped(labels.get(event.category) ?? event.category),
      unique_id: event.id,
      // Our text already carries its links; TimelineJS3's autolink would only add doubtful ones.
      autolink: false,
    })),
    eras: data.eras.map((era) => ({ start_date: dateObject(era.start), end_date: dateObject(era.end), text: { headline: escapeHtml(era.title) } })),
    scale: 'human',
  };
}

/** Escapes text for HTML content. Quotes stay as they are, so headlines read well wherever TimelineJS3 shows them. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes text for the fields TimelineJS3 "strips of markup" (`group`, `display_date`): it
 * decodes them through a DOMParser's textContent and then shows the result as HTML, so one
 * escape would be undone and "&lt;i&gt;" would come back as an element. Escaped twice, the
 * text survives both steps and shows as written.
 */
export function escapeStripped(text: string): string {
  return escapeHtml(escapeHtml(text));
}

/** Escapes text for a double-quoted HTML attribute. */
function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

function dateObject(text: string): TlDateOut {
  const date = parsePartialDate(text)!;
  return { year: date.year, ...(date.month ? { month: date.month } : {}), ...(date.day ? { day: date.day } : {}) };
}

/** "26 February 2012", "1991 – 1992", "c. 2016": the page's English wording, at the data's precision. */
export function displayDate(event: Pick<RawEvent, 'start' | 'end' | 'approximate'>): string {
  const format = (date: PartialDate) => formatPartialDate(date, LOCALE);
  const start = format(parsePartialDate(event.start)!);
  const text = event.end && event.end !== event.start ? `${start} – ${format(parsePartialDate(event.end)!)}` : start;
  return event.approximate ? `c. ${text}` : text;
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function eventText(event: RawEvent, sources: Map<string, Source>): string {
  const facts: string[] = [];
  if (event.certainty !== 'confirmed') facts.push(`Certainty: ${event.certainty}.`);
  if (event.value) facts.push(`Value: ${money(event.value)}.`);
  const items = event.sources.map((c) => `<li>${citationHtml(c, sources.get(c.source)!)}</li>`).join('');
  return `${paragraphs(event.summary)}${facts.length ? `<p>${escapeHtml(facts.join(' '))}</p>` : ''}<p><strong>Sources</strong></p><ol>${items}</ol>`;
}

function citationHtml(citation: Citation, source: Source): string {
  const published = source.published ? `, ${formatPartialDate(parsePartialDate(source.published)!, LOCALE)}` : '';
  let html = `<a href="${escapeAttribute(source.url)}">${escapeHtml(source.title)}</a>, ${escapeHtml(source.publisher)}${escapeHtml(published)}: <q>${escapeHtml(citation.quote)}</q>`;
  const claims = citation.claims;
  if (claims) {
    const said = [
      claims.start && `start ${claims.start}`,
      claims.end && `end ${claims.end}`,
      claims.value && `value ${money(claims.value)}`,
      claims.certainty && `certainty ${claims.certainty}`,
      claims.summary && `“${claims.summary}”`,
    ].filter(Boolean);
    const sentence = `This source says instead: ${said.join('; ')}`;
    html += ` ${escapeHtml(/[.!?”]$/.test(sentence) ? sentence : `${sentence}.`)}`;
  }
  if (citation.note) html += ` ${escapeHtml(citation.note)}`;
  return html;
}

function money(value: Value): string {
  return `${value.amount.toLocaleString('en-GB')} ${value.currency} (${value.kind})`;
}
