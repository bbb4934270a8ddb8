/**
 * The store as one CSV table, its columns and how cells are written. Documented in the README
 * ("CSV columns"). One row per event; the store's other lists ride along as rows of other
 * kinds (`dataset`, `era`, `category`, `actor`, `source`, `story`, `step`) in the same columns, the way
 * TimelineJS3's sheet carries its title and eras, so one file holds everything and an export
 * imports back with nothing lost. Citations are numbered column groups: `source_1`,
 * `quote_1`, …, `source_2`, … as many as the most-cited event needs.
 */
import { CERTAINTIES, VALUE_KINDS, type Value } from '../../data/schema';

/** The columns every export has, in order. */
export const BASE_COLUMNS = [
  'kind', 'id', 'title', 'summary', 'start', 'end', 'approximate', 'category', 'actors', 'certainty', 'value',
  'publisher', 'url', 'published',
] as const;

/** The columns of one citation, each followed by `_N` for the N-th citation (from 1). */
export const CITATION_FIELDS = [
  'source', 'quote', 'note', 'claimed_start', 'claimed_end', 'claimed_value', 'claimed_certainty', 'claimed_summary',
] as const;

/** What a row holds, by its `kind` cell; an empty `kind` is an event. Stories: csvStories.ts. */
export const ROW_KINDS = ['dataset', 'event', 'era', 'category', 'actor', 'source', 'story', 'step'] as const;
/** One of the row kinds. */
export type RowKind = (typeof ROW_KINDS)[number];

/** The header cell of a citation field: `quote_2`. */
export function citationColumn(field: (typeof CITATION_FIELDS)[number], n: number): string {
  return `${field}_${n}`;
}

/** A money value in one cell: "1600000000 USD announced". */
export function formatValueCell(value: Value): string {
  return `${value.amount} ${value.currency} ${value.kind}`;
}

/** Reads "1600000000 USD announced" (also "1,600,000,000 usd Announced"), or says what is wrong. */
export function parseValueCell(cell: string): Value | { problem: string } {
  const parts = cell.trim().split(/\s+/);
  const amount = Number((parts[0] ?? '').replace(/,/g, ''));
  const currency = (parts[1] ?? '').toUpperCase();
  const kind = (parts[2] ?? '').toLowerCase() as Value['kind'];
  if (parts.length !== 3 || !Number.isFinite(amount) || amount < 0 || !/^[A-Z]{3}$/.test(currency) || !VALUE_KINDS.includes(kind)) {
    return { problem: `"${cell}" is not a value written as amount, currency and kind, such as "1600000000 USD announced" (kind: ${VALUE_KINDS.join(', ')})` };
  }
  return { amount, currency, kind };
}

/** Reads a certainty cell, ignoring case, or says what is wrong. */
export function parseCertaintyCell(cell: string): (typeof CERTAINTIES)[number] | { problem: string } {
  const certainty = cell.trim().toLowerCase() as (typeof CERTAINTIES)[number];
  return CERTAINTIES.includes(certainty) ? certainty : { problem: `"${cell}" is not one of ${CERTAINTIES.join(', ')}` };
}

/** A list of ids in one cell: "ISR; AZE". */
export function formatListCell(ids: readonly string[]): string {
  return ids.join('; ');
}

/** Reads "ISR; AZE" or "ISR, AZE". */
export function parseListCell(cell: string): string[] {
  return cell.split(/[;,]/).map((id) => id.trim()).filter(Boolean);
}

/** Writes `approximate`: yes, no, or empty when the store leaves it out. */
export function formatFlagCell(flag: boolean | undefined): string {
  return flag === undefined ? '' : flag ? 'yes' : 'no';
}

/** Reads yes/no/true/false/1/0 (any case) or empty, or says what is wrong. */
export function parseFlagCell(cell: string): boolean | undefined | { problem: string } {
  const flag = cell.trim().toLowerCase();
  if (flag === '') return undefined;
  if (['yes', 'true', '1', 'y'].includes(flag)) return true;
  if (['no', 'false', '0', 'n'].includes(flag)) return false;
  return { problem: `"${cell}" is not yes or no` };
}

// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula,
// which an imported dataset could use to run something on a reader's machine. Such cells are
// written with a leading apostrophe, which spreadsheets show as text and the importer removes.
// A cell that already starts with an apostrophe before one of those gets one more, so the
// importer's one-apostrophe removal gives the text back exactly.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A cell's text made safe to open in a spreadsheet. */
export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The text a guarded cell stood for. */
export function unguardFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
