/**
 * What every importer takes and gives, and the last step they share: the store they built is
 * checked by the project's own validator, so an import never hands on a store that
 * `npm run validate` would reject.
 */
import type { Dataset } from '../data/schema';
import { validateDataset } from '../data/validate';
import { formatProblem } from '../data/problems';
import type { ImportReport } from './report';

/** Choices the person importing makes. */
export interface ImportOptions {
  /** The input's file name, for messages and for the imported timeline's source entry. */
  fileName: string;
  /** The two countries the timeline is about (ISO 3166-1 alpha-3), from `--pair A,B`. */
  pair?: [string, string];
  /** Where the imported timeline is published, from `--source-url`; its source entry links there. */
  sourceUrl?: string;
}

/** A valid store and the account of how it was made, or why none could be made. */
export type ImportResult =
  | { ok: true; store: Dataset; report: ImportReport }
  | { ok: false; report?: ImportReport; problems: string[] };

/** Validates a built store; on failure, the problems as lines naming the file. */
export function finishImport(store: Dataset, report: ImportReport, fileName: string): ImportResult {
  if (store.events.length === 0) {
    return { ok: false, report, problems: [`${fileName}: no event could be imported, so there is no store to write`] };
  }
  const validation = validateDataset(store);
  if (!validation.ok) {
    return { ok: false, report, problems: validation.problems.map((p) => formatProblem(`${fileName} (as imported)`, p)) };
  }
  return { ok: true, store: validation.data, report };
}

/** The last part of a path: "data/in.csv" → "in.csv". */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
