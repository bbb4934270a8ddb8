/**
 * What a table's shape leaves unread, for both CSV readers (TimelineJS3's sheet and ours): a
 * filled column without a name, a second column of a name already read, and filled cells past
 * the header's last column. Each becomes a note, so that no filled cell is left out without a
 * word; the first column of a name is the one read.
 */
import { quoted } from '../data/problems';
import { plural } from './report';

/** The columns a reader reads, by name, and notes on the filled columns it cannot. */
export interface ReadColumns {
  /** Each name's column index: the first column of that name. */
  columns: Map<string, number>;
  /** Unnamed and repeated filled columns, each said to be left out. */
  notes: string[];
}

/**
 * Reads the header `rows[0]`: `nameOf` gives a header cell's name as the reader knows it, or
 * undefined when the reader has no such column (the reader notes those in its own words).
 */
export function readColumns(rows: readonly string[][], nameOf: (raw: string) => string | undefined): ReadColumns {
  const columns = new Map<string, number>();
  const notes: string[] = [];
  const filled = (c: number) => rows.some((cells, r) => r > 0 && (cells[c] ?? '').trim() !== '');
  rows[0].forEach((raw, c) => {
    if (raw.trim() === '') {
      if (filled(c)) notes.push(`column ${c + 1} has no name; its cells were left out`);
      return;
    }
    const name = nameOf(raw);
    if (name === undefined) return;
    const first = columns.get(name);
    if (first === undefined) columns.set(name, c);
    else if (filled(c)) notes.push(`column ${c + 1} ("${raw.trim()}") repeats the name of column ${first + 1}, which is the one read; its cells were left out`);
  });
  return { columns, notes };
}

/** A note on a row's filled cells past the header's `width` columns, or undefined when it has none. */
export function cellsPastHeader(cells: readonly string[], width: number, where: string): string | undefined {
  const past = cells.slice(width).filter((cell) => cell.trim() !== '');
  if (past.length === 0) return undefined;
  return `${where} has ${plural(past.length, 'filled cell')} past the header's last column, left out: ${past.map((cell) => quoted(cell)).join(', ')} (a comma in an unquoted cell splits it)`;
}
