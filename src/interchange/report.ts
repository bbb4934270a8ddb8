/**
 * What an import did, item by item: each event or era it read, what it changed or dropped on
 * the way into the store, and what it refused and why. The CLI prints it and the editor will
 * show it; both read the same lines.
 */

/** The kinds of file the importer reads. */
export type ImportFormat = 'timelinejs-json' | 'timelinejs-v2-json' | 'timelinejs-sheet' | 'csv' | 'json';

/** How each format is named in messages. */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  'timelinejs-json': 'TimelineJS3 JSON',
  'timelinejs-v2-json': 'TimelineJS legacy (v2) JSON',
  'timelinejs-sheet': 'TimelineJS3 spreadsheet template (CSV)',
  csv: 'event-store CSV',
  json: 'event-store JSON',
};

/** What became of one event, era or title slide of the input. */
export interface ItemReport {
  /** Where it was in the input: `events[3]`, `eras[0]`, `row 5` (spreadsheet rows count the header as 1). */
  where: string;
  /** The id it got in the store or, when refused, the id it gave, if any. */
  id?: string;
  /** Things written differently in the store, each a sentence. */
  changed: string[];
  /** Things the store cannot hold and that were left out, each a sentence. */
  dropped: string[];
  /** Why it was not imported at all. */
  refused?: string;
}

/** The whole import's account. */
export interface ImportReport {
  /** The format the input was read as. */
  format: ImportFormat;
  /** Choices about the whole file: the pair, the title, the imported timeline as a source. */
  notes: string[];
  /** One entry per input item that was changed, dropped from or refused; untouched items are left out. */
  items: ItemReport[];
  /** How many events and eras the store got. */
  imported: { events: number; eras: number };
}

/** A fresh item report for `where`. */
export function itemReport(where: string): ItemReport {
  return { where, changed: [], dropped: [] };
}

/** True when the item has anything worth saying. */
export function hasNews(item: ItemReport): boolean {
  return item.refused !== undefined || item.changed.length > 0 || item.dropped.length > 0;
}

/** The report as lines to print, each naming the file, the item and its id. */
export function reportLines(file: string, report: ImportReport): string[] {
  const lines = [`${file}: read as ${FORMAT_NAMES[report.format]}`];
  for (const note of report.notes) lines.push(`${file}: ${note}`);
  for (const item of report.items) {
    const at = `${file}: ${item.where}${item.id ? ` "${item.id}"` : ''}`;
    if (item.refused !== undefined) lines.push(`${at}: refused: ${item.refused}`);
    for (const change of item.changed) lines.push(`${at}: changed: ${change}`);
    for (const drop of item.dropped) lines.push(`${at}: dropped: ${drop}`);
  }
  const refused = report.items.filter((i) => i.refused !== undefined).length;
  const { events, eras } = report.imported;
  lines.push(`${file}: ${plural(events, 'event')} and ${plural(eras, 'era')} imported${refused ? `, ${refused} refused` : ''}`);
  return lines;
}

/** "1 event", "3 events". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
