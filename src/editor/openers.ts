/**
 * Opening a store from each place the editor can open one: a dataset of the save server, an
 * address, or a file's text. An event store opens as it is, problems and all (the form is
 * where they get fixed); a TimelineJS3 file or a sheet goes through the importer (loaded only
 * when one is opened) and opens with the importer's report. Browser-side, no React.
 */
import { parseJson } from '../data/parseJson';
import { readStore, type EditableStore } from './document';
import type { Origin } from './drafts';
import type { SaveApi } from './saveApi';

/** A store ready to open, or why there is none. */
export type Opened =
  | { ok: true; store: EditableStore; origin: Origin; report?: string[] }
  | { ok: false; message: string; lines?: string[] };

/** A dataset of the save server. */
export async function openFromServer(api: SaveApi, name: string): Promise<Opened> {
  const result = await api.open(name);
  if (result.kind !== 'opened') return { ok: false, message: result.message };
  if (result.store === null) return { ok: false, message: `data/${name}.json is not valid JSON (${result.malformed ?? 'unreadable'})` };
  const read = readStore(result.store);
  return read.ok ? { ok: true, store: read.store, origin: { kind: 'server', name, etag: result.etag } } : { ok: false, message: read.message };
}

/** A store fetched from an address (relative addresses resolve against the page). */
export async function openFromUrl(address: string, page: string): Promise<Opened> {
  let url: string;
  try {
    url = new URL(address, page).href;
  } catch {
    return { ok: false, message: 'this is not a web address' };
  }
  if (!/^https?:/.test(url)) return { ok: false, message: 'only http and https addresses can be opened' };
  let text: string;
  try {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) return { ok: false, message: `the server answered ${response.status} ${response.statusText}`.trim() };
    text = await response.text();
  } catch (error) {
    return { ok: false, message: `it could not be fetched (${error instanceof Error ? error.message : String(error)})` };
  }
  return fromJsonText(text, { kind: 'url', url });
}

/** A file's text: an event store, or anything the importer reads (TimelineJS3 JSON, sheets, CSV). */
export async function openFromText(text: string, fileName: string): Promise<Opened> {
  const origin: Origin = { kind: 'file', fileName };
  const body = text.replace(/^\uFEFF/, '');
  const parsed = /^\s*\{/.test(body) ? parseJson(body) : null;
  if (parsed?.ok && isStoreLike(parsed.value)) return fromParsed(parsed.value, origin);
  if (parsed && !parsed.ok) return { ok: false, message: `it is ${parsed.problem.message}` };
  const { importTimeline } = await import('../interchange/importTimeline');
  const { reportLines } = await import('../interchange/report');
  const imported = importTimeline(body, { fileName });
  if (!imported.ok) return { ok: false, message: 'it could not be imported', lines: imported.problems };
  return { ok: true, store: imported.store, origin, report: reportLines(fileName, imported.report) };
}

/** Our own store: it names its format version (the importer's test, too). */
function isStoreLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'version' in value;
}

function fromJsonText(text: string, origin: Origin): Opened {
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return { ok: false, message: `it is ${parsed.problem.message}` };
  return fromParsed(parsed.value, origin);
}

function fromParsed(value: unknown, origin: Origin): Opened {
  const read = readStore(value);
  return read.ok ? { ok: true, store: read.store, origin } : { ok: false, message: read.message };
}
