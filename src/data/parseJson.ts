/**
 * JSON text to a value, with problems that say where and why in plain words: the line and
 * column where the text stops being JSON, a file that ends too soon, nesting too deep to be an
 * event store, a web page where JSON was expected, and keys given twice in one object (which
 * JSON.parse would silently resolve by dropping the first). scanJson finds these in one pass
 * without recursion; JSON.parse then builds the value, which it does safely for keys such as
 * `__proto__` (an own property, never the prototype).
 */
import { quoted, type Problem } from './problems';
import { createJsonScanner, MAX_DEPTH, scanJson, type JsonScan, type ScanFailure } from './scanJson';
import type { Pause } from './pause';
import { lineAndColumn } from './textPosition';

/** The outcome of parsing a document's text; `problems` are what was found in JSON that parsed. */
export type ParsedJson = { ok: true; value: unknown; problems: Problem[] } | { ok: false; problem: Problem };

/** Whether the text is markup (an HTML page, an XML error), judged by its first visible character. */
export function looksLikeMarkup(text: string): boolean {
  return /^[\uFEFF\s]*</.test(text.slice(0, 1024));
}

/** Parses JSON text; on failure, a problem naming line and column. A leading byte-order mark is ignored. */
export function parseJson(text: string): ParsedJson {
  const body = withoutMark(text);
  return refuseMarkup(body) ?? finish(body, scanJson(body));
}

/** A parse whose value may come before the scan's verdict (parseBesideScan). */
export interface EarlyParse {
  /** JSON.parse's value, already there when a scan runs aside and the text parsed. */
  parsed?: { value: unknown };
  /** The parse with the scan's problems (keys given twice, where and why it is not JSON). */
  verdict(pause: Pause): Promise<ParsedJson>;
}

/**
 * parseJson for large texts, its value early. With `scanAside` (a scan run elsewhere, such as
 * scanInWorker), JSON.parse runs here while the scan runs there, and the caller may work on the
 * value until it needs the verdict; without one, or when it cannot, the verdict scans here in
 * slices with a pause between them. JSON.parse itself cannot be cut.
 */
export function parseBesideScan(text: string, scanAside?: (body: string) => Promise<JsonScan | null> | null): EarlyParse {
  const body = withoutMark(text);
  const refused = refuseMarkup(body);
  if (refused) return { verdict: () => Promise.resolve(refused) };
  const aside = scanAside?.(body) ?? null;
  let parsed: { value: unknown } | undefined;
  if (aside) {
    try {
      parsed = { value: JSON.parse(body) };
    } catch {
      // The scan says where and why.
    }
  }
  return {
    parsed,
    async verdict(pause) {
      const scan = aside && (await aside);
      return scan ? finish(body, scan, parsed) : scanHere(body, pause);
    },
  };
}

/** parseBesideScan, waiting for the verdict (with a pause after JSON.parse). */
export async function parseJsonInSlices(text: string, pause: Pause, scanAside?: (body: string) => Promise<JsonScan | null> | null): Promise<ParsedJson> {
  const early = parseBesideScan(text, scanAside);
  if (early.parsed) await pause();
  return early.verdict(pause);
}

/** Characters scanned between pauses when the scan runs on this thread. */
const SLICE_CHARS = 1_000_000;

async function scanHere(body: string, pause: Pause): Promise<ParsedJson> {
  const scanner = createJsonScanner(body);
  let scan: JsonScan | null;
  for (let until = SLICE_CHARS; (scan = scanner.run(until)) === null; until += SLICE_CHARS) await pause();
  await pause();
  return finish(body, scan);
}

const withoutMark = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
const failure = (message: string): ParsedJson => ({ ok: false, problem: { path: [], message } });
const refuseMarkup = (body: string): ParsedJson | null => (looksLikeMarkup(body) ? failure('this is a web page (HTML or XML), not JSON') : null);

/** The parse of a scanned text (`parsed` when JSON.parse has run already). */
function finish(body: string, scan: JsonScan, parsed?: { value: unknown }): ParsedJson {
  if (scan.failure) return failure(describeFailure(body, scan.failure));
  let value: unknown;
  try {
    value = parsed ? parsed.value : JSON.parse(body);
  } catch (error) {
    // The scan accepts exactly JSON's grammar, so this is not expected; say what the engine said.
    return failure(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const problems = scan.duplicates.map(({ path }): Problem => ({
    path,
    message: `the key ${quoted(path[path.length - 1])} is given more than once in this object; JSON keeps only the last, so the others would be lost`,
  }));
  return { ok: true, value, problems };
}

function describeFailure(text: string, failure: ScanFailure): string {
  const { line, column } = lineAndColumn(text, failure.at);
  const where = `line ${line}, column ${column}`;
  if (failure.kind === 'depth') return `nested too deeply at ${where}: more than ${MAX_DEPTH} levels of objects and lists (the format needs six)`;
  if (failure.kind === 'end') return `not valid JSON at ${where}: the file ends too soon (it looks cut short)`;
  return `not valid JSON at ${where}: found ${characterName(text, failure.at)} where ${failure.expected} should be`;
}

/** The character at `at`, as a message names it. */
function characterName(text: string, at: number): string {
  const ch = String.fromCodePoint(text.codePointAt(at)!);
  if (ch === '"') return 'a double quote';
  if (ch === "'") return 'a single quote (JSON needs double quotes)';
  if (ch < ' ') return `the control character ${quoted(ch)} (write line breaks and tabs as \\n and \\t)`;
  return quoted(ch);
}
