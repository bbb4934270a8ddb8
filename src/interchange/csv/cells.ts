/**
 * Reading one row of the store's CSV by column name, with the checks every kind of row shares.
 * Text cells keep their spaces (so an export imports back exactly); ids, dates and keywords are
 * trimmed. Every problem names the column it is in.
 */
import { parsePartialDate } from '../../model/dates';
import { unguardFormula } from './columns';

/** One CSV row, read by column name. */
export class CsvRow {
  /** Problems found while reading cells, each naming its column. */
  readonly problems: string[] = [];

  constructor(
    private readonly cells: readonly string[],
    private readonly columns: ReadonlyMap<string, number>,
    /** `row 5`: spreadsheet numbering, the header being row 1. */
    readonly where: string,
  ) {}

  /** A text cell as written (formula guard removed); "" when the column is absent. */
  text(column: string): string {
    const index = this.columns.get(column);
    const cell = index === undefined ? '' : (this.cells[index] ?? '');
    return unguardFormula(cell).trim() === '' ? '' : unguardFormula(cell);
  }

  /** A keyword, id or date cell, trimmed. */
  word(column: string): string {
    return this.text(column).trim();
  }

  /** A required text cell; records a problem when it is empty. */
  required(column: string, what = column): string {
    const value = this.text(column);
    if (!value) this.problems.push(`${what} is empty`);
    return value;
  }

  /** A slug id; records a problem when it is empty or not a slug. */
  slug(column: string): string {
    const id = this.word(column);
    if (!id) this.problems.push(`${column} is empty`);
    else if (!isSlug(id)) this.problems.push(`${column} "${id}" is not a slug of lower-case letters, digits and single hyphens`);
    return id;
  }

  /** A date cell; `required` records a problem when empty. Records a problem when it is not a store date. */
  date(column: string, required: boolean): string | undefined {
    const value = this.word(column);
    if (!value) {
      if (required) this.problems.push(`${column} is empty`);
      return undefined;
    }
    if (!parsePartialDate(value)) {
      this.problems.push(`${column} "${value}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD that exists`);
      return undefined;
    }
    return value;
  }

  /** Runs a parser that returns a value or `{problem}`, recording the problem against the column. */
  parse<T>(column: string, parser: (cell: string) => T | Problem): T | undefined {
    const cell = this.word(column);
    if (!cell) return undefined;
    const result = parser(cell);
    if (isProblem(result)) {
      this.problems.push(`${column}: ${result.problem}`);
      return undefined;
    }
    return result;
  }

  /** True when every cell is empty. */
  isBlank(): boolean {
    return this.cells.every((cell) => cell.trim() === '');
  }
}

/** What a cell parser returns when the cell is wrong. */
export interface Problem {
  problem: string;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'problem' in value;
}

/** True for a store slug: lower-case letters, digits, single hyphens. */
export function isSlug(id: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);
}

/** True for an actor id: an ISO 3166-1 alpha-3 code or a slug. */
export function isActorId(id: string): boolean {
  return /^[A-Z]{3}$/.test(id) || isSlug(id);
}
