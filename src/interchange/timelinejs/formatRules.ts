/**
 * TimelineJS3's format rules, as its parser applies them (TimelineConfig.js, TLDate.js,
 * DateUtil.js, version 3.9) and its JSON documentation states them, so that an export can be
 * checked without a browser:
 *
 * - `events` is a non-empty list ("Timeline configuration has no events");
 * - `scale`, when given, is "human" or "cosmological";
 * - every event has a `start_date` (missing_start_date_err); every era a `start_date` and an
 *   `end_date` ("All eras must have start and end dates");
 * - every date part (year … millisecond) is a whole number or text of digits with an optional
 *   minus (invalid_date_err); `year` is given; month 1–12, a day that exists, hour 0–23,
 *   minute and second 0–59; on the human scale, years within −271,820 … 275,759, outside which
 *   TimelineJS3 switches the whole timeline to the cosmological scale;
 * - `unique_id`s are non-empty and unique among the title and the events (TimelineJS3 renames
 *   duplicates, which breaks links to them);
 * - `headline`, `text`, `display_date` and `group` are text; media has a `url`.
 *
 * One rule is ours: the HTML we write holds only the tags we mean (p, br, ol, li, q, strong, and
 * a whose href is http(s)), so escaped text cannot have turned into markup; `group` and
 * `display_date`, which TimelineJS3 decodes (a DOMParser's textContent) and then shows as HTML,
 * hold no markup either before or after that decoding.
 */
import { Parser } from 'htmlparser2';
import { daysInMonth } from '../../model/dates';
import { isObject } from './input';

const DATE_PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
const RANGES: Partial<Record<(typeof DATE_PARTS)[number], [number, number]>> = { month: [1, 12], hour: [0, 23], minute: [0, 59], second: [0, 59] };
const ALLOWED_TAGS = new Set(['p', 'br', 'ol', 'li', 'q', 'strong', 'a']);

/** Every way a TimelineJS3 JSON document breaks TimelineJS3's rules, as "path: problem" lines. */
export function checkTimelineFormat(doc: unknown): string[] {
  const problems: string[] = [];
  const report = (path: string, problem: string) => problems.push(`${path}: ${problem}`);
  if (!isObject(doc)) return ['the document is not a JSON object'];
  if (doc.scale !== undefined && doc.scale !== 'human' && doc.scale !== 'cosmological') report('scale', `"${String(doc.scale)}" is neither human nor cosmological`);
  const human = doc.scale !== 'cosmological';
  if (!Array.isArray(doc.events) || doc.events.length === 0) report('events', 'TimelineJS3 needs a non-empty list of events');

  const ids = new Map<string, string>();
  const slide = (value: unknown, path: string, kind: 'title' | 'event' | 'era') => {
    if (!isObject(value)) return report(path, 'is not an object');
    if (kind !== 'title') checkDate(value.start_date, `${path}.start_date`, human, report, true);
    if (value.end_date !== undefined || kind === 'era') checkDate(value.end_date, `${path}.end_date`, human, report, kind === 'era');
    if (value.text !== undefined) {
      if (!isObject(value.text)) report(`${path}.text`, 'is not an object');
      else for (const key of ['headline', 'text'] as const) {
        const html = value.text[key];
        if (html === undefined) continue;
        if (typeof html !== 'string') report(`${path}.text.${key}`, 'is not text');
        else for (const problem of markupProblems(html)) report(`${path}.text.${key}`, problem);
      }
    }
    for (const key of ['display_date', 'group'] as const) {
      const value_ = value[key];
      if (value_ === undefined) continue;
      if (typeof value_ !== 'string') report(`${path}.${key}`, 'is not text');
      else if (/<[a-z/!?]/i.test(value_)) report(`${path}.${key}`, 'holds markup, which TimelineJS3 strips');
      else if (/<[a-z/!?]/i.test(decodeOnce(value_))) report(`${path}.${key}`, 'becomes markup once TimelineJS3 decodes it and shows it as HTML');
    }
    if (value.media !== undefined && !(isObject(value.media) && typeof value.media.url === 'string' && value.media.url !== '')) report(`${path}.media`, 'has no url');
    if (kind !== 'era' && value.unique_id !== undefined) {
      const id = value.unique_id;
      if (typeof id !== 'string' || id.trim() === '') report(`${path}.unique_id`, 'is empty; TimelineJS3 would make one up');
      else if (ids.has(id)) report(`${path}.unique_id`, `"${id}" is also the id of ${ids.get(id)}; TimelineJS3 would rename this one`);
      else ids.set(id, path);
    }
  };
  if (doc.title !== undefined) slide(doc.title, 'title', 'title');
  if (Array.isArray(doc.events)) doc.events.forEach((e, i) => slide(e, `events[${i}]`, 'event'));
  if (doc.eras !== undefined) {
    if (!Array.isArray(doc.eras)) report('eras', 'is not a list');
    else doc.eras.forEach((e, i) => slide(e, `eras[${i}]`, 'era'));
  }
  return problems;
}

function checkDate(value: unknown, path: string, human: boolean, report: (path: string, problem: string) => void, required: boolean): void {
  if (value === undefined) return void (required && report(path, 'is missing'));
  if (!isObject(value)) return report(path, 'is not a date object');
  const parts: Partial<Record<(typeof DATE_PARTS)[number], number>> = {};
  for (const key of DATE_PARTS) {
    const part = value[key];
    if (part === undefined || part === null || part === '') continue;
    const text = typeof part === 'number' ? String(part) : typeof part === 'string' ? part.trim() : '×';
    if (!/^-?\d+$/.test(text)) report(`${path}.${key}`, `${JSON.stringify(part)} is not a whole number`);
    else parts[key] = Number(text);
  }
  const { year, month, day } = parts;
  if (year === undefined) return report(`${path}.year`, 'is missing');
  if (human && (year < -271820 || year > 275759)) report(`${path}.year`, `${year} is outside the human scale`);
  for (const [key, [lo, hi]] of Object.entries(RANGES) as [keyof typeof RANGES, [number, number]][]) {
    const part = parts[key];
    if (part !== undefined && (part < lo || part > hi)) report(`${path}.${key}`, `${part} is not within ${lo}–${hi}`);
  }
  if (day !== undefined && (day < 1 || day > (month !== undefined && month >= 1 && month <= 12 ? daysInMonth(year, month) : 31))) {
    report(`${path}.day`, `${day} does not exist in that month`);
  }
}

/** The text of an HTML fragment with entities decoded once, as a DOMParser's textContent gives it. */
function decodeOnce(html: string): string {
  let text = '';
  const parser = new Parser({ ontext: (data) => void (text += data) }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return text;
}

/** Tags and attributes in HTML that are not the few an export writes. */
function markupProblems(html: string): string[] {
  const problems: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (!ALLOWED_TAGS.has(name)) problems.push(`holds a <${name}> tag`);
      for (const [attribute, value] of Object.entries(attributes)) {
        if (name === 'a' && attribute === 'href' && /^https?:\/\/\S+$/i.test(value)) continue;
        problems.push(`<${name}> has the attribute ${attribute}="${value}"`);
      }
      if (name === 'a' && !attributes.href) problems.push('<a> has no http(s) href');
    },
  });
  parser.write(html);
  parser.end();
  return problems;
}
