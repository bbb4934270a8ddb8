/**
 * The one entry point for taking a store out, shared by `npm run export` and the editor's
 * download menu: a valid store in, the text of a file out.
 */
import type { Dataset } from '../data/schema';
import { storeToCsv } from './csv/toCsv';
import { storeToJson } from './storeJson';
import { checkTimelineFormat } from './timelinejs/formatRules';
import { storeToTimeline } from './timelinejs/fromStore';

/** The formats a store can be exported to. */
export const EXPORT_FORMATS = ['json', 'csv', 'timelinejs'] as const;
/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The usual file extension of each format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { json: '.json', csv: '.csv', timelinejs: '.json' };

/** The text of a valid store in a format. */
export function exportStore(data: Dataset, format: ExportFormat): string {
  if (format === 'json') return storeToJson(data);
  if (format === 'csv') return storeToCsv(data);
  const timeline = storeToTimeline(data);
  // A store that passed validation always makes a timeline TimelineJS3 accepts; if one ever
  // does not, that is a bug here, and it must not reach a file.
  const problems = checkTimelineFormat(timeline);
  if (problems.length) throw new Error(`the TimelineJS3 export breaks TimelineJS3's rules: ${problems.join('; ')}`);
  return `${JSON.stringify(timeline, null, 2)}\n`;
}
