/**
 * TimelineJS's legacy (version 2) JSON, `{"timeline": {headline, text, asset, date: [...],
 * era: [...]}}`, read into TimelineJS3's shape the way its own converter maps it: `headline`
 * and `text` into `text`, `asset` into `media`, `tag` into `group`, and dates written as text
 * ("1963,8,9") into date objects.
 */
import { isObject, type LocatedSlide, type ReadTimeline } from './input';
import { parseDateText } from './dates';

/** Reads `{"timeline": {...}}`. */
export function readLegacyJson(root: Record<string, unknown>): ReadTimeline {
  const timeline = root.timeline;
  if (!isObject(timeline)) return { ok: false, problem: '"timeline" must be an object' };
  if (timeline.date !== undefined && !Array.isArray(timeline.date)) return { ok: false, problem: '"timeline.date" must be a list of slides' };
  const dates = Array.isArray(timeline.date) ? timeline.date : [];
  const eras = Array.isArray(timeline.era) ? timeline.era : [];
  return {
    ok: true,
    input: {
      format: 'timelinejs-v2-json',
      title: { where: 'timeline', slide: { text: { headline: timeline.headline, text: timeline.text }, media: media(timeline.asset) } },
      events: dates.map((item, i) => legacySlide(item, `timeline.date[${i}]`)),
      eras: eras.map((item, i) => legacySlide(item, `timeline.era[${i}]`)),
      notes: [],
      dateNaming: 'legacy',
    },
  };
}

function legacySlide(item: unknown, where: string): LocatedSlide {
  if (!isObject(item)) return { where, slide: {}, refused: 'is not a slide object' };
  const slide: Record<string, unknown> = {
    text: { headline: item.headline, text: item.text },
    media: media(item.asset),
    group: item.tag,
  };
  const start = dateField(item.startDate, 'startDate');
  if ('problem' in start) return { where, slide, refused: start.problem };
  slide.start_date = start.date;
  const dropped: string[] = [];
  if (item.endDate !== undefined && item.endDate !== '') {
    const end = dateField(item.endDate, 'endDate');
    if ('problem' in end) dropped.push(end.problem);
    else slide.end_date = end.date;
  }
  return { where, slide, dropped };
}

function dateField(value: unknown, field: string): { date: Record<string, unknown> } | { problem: string } {
  if (value === undefined || value === null || value === '') return { problem: `${field} is missing` };
  const date = typeof value === 'string' || typeof value === 'number' ? parseDateText(String(value)) : null;
  return date ? { date } : { problem: `${field} ${JSON.stringify(value)} is not a date this importer reads (write "YYYY,M,D")` };
}

function media(asset: unknown): Record<string, unknown> | undefined {
  if (!isObject(asset)) return undefined;
  return { url: asset.media, credit: asset.credit, caption: asset.caption, thumbnail: asset.thumbnail };
}
