/**
 * The editor's client for the save server (`npm run edit`): list, open, save and create
 * datasets. Every call resolves (it never throws) to a result whose `kind` says what happened,
 * so the editor can answer each case: a conflict carries the version on disk now, a refusal of
 * an invalid store carries every problem. Browser-only: fetch, no Node.
 */
import type { Problem } from '../data/problems';
import { diskVersion, type DatasetList, type DiskVersion, type ErrorBody, type SavedBody } from './saveProtocol';

/** An answer that is neither a success nor one of the expected refusals. */
export type Failure =
  /** The server refused the request (403): wrong Host or Origin, a link in the data folder. */
  | { kind: 'refused'; message: string }
  /** The server could not be reached (not running, network down). */
  | { kind: 'network-error'; message: string }
  /** Any other answer (400 bad name or body, 404, 428, 500…), with its status and reason. */
  | { kind: 'failed'; status: number; message: string };

/** The outcome of listing the datasets. */
export type ListResult = { kind: 'listed'; names: string[] } | Failure;

/** The outcome of opening a dataset: its version on disk (store and ETag). */
export type OpenResult = ({ kind: 'opened' } & DiskVersion) | { kind: 'not-found'; message: string } | Failure;

/** The outcome of saving or creating a dataset. */
export type SaveResult =
  /** Written (200) or created (201): send `etag` with the next save. */
  | { kind: 'saved'; etag: string; created: boolean }
  /** 412: the file changed since it was opened, or (create) it exists; `current` is what is on disk now. */
  | { kind: 'conflict'; message: string; current: DiskVersion | null }
  /** 422: the store is not valid; nothing was written. */
  | { kind: 'invalid'; message: string; problems: Problem[] }
  /** 413: the store is larger than the server accepts. */
  | { kind: 'too-large'; message: string }
  | Failure;

/** A client for the save API at `base` (the page's own origin by default). */
export interface SaveApi {
  /** The names of the datasets in the data folder. */
  list(): Promise<ListResult>;
  /** A dataset's store and the ETag to save it with. */
  open(name: string): Promise<OpenResult>;
  /** Replaces a dataset, only if it is still the version `etag` names. */
  save(name: string, store: unknown, etag: string): Promise<SaveResult>;
  /** Creates a dataset, only if no dataset has that name. */
  create(name: string, store: unknown): Promise<SaveResult>;
}

/** Creates the client; `fetchImpl` is for tests and other hosts. */
export function createSaveApi(base = '', fetchImpl: typeof fetch = (...args) => fetch(...args)): SaveApi {
  const url = (name?: string) => `${base}/api/datasets${name === undefined ? '' : `/${encodeURIComponent(name)}`}`;

  async function request(target: string, init?: RequestInit): Promise<Response | Failure> {
    try {
      // Same origin only: no credentials or CORS needed, and the server refuses other origins.
      return await fetchImpl(target, { cache: 'no-store', ...init });
    } catch (error) {
      return { kind: 'network-error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  async function put(name: string, store: unknown, condition: Record<string, string>): Promise<SaveResult> {
    const response = await request(url(name), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', ...condition },
      body: JSON.stringify(store),
    });
    if (!(response instanceof Response)) return response;
    if (response.ok) {
      const saved = (await readJson(response)) as SavedBody | undefined;
      const etag = response.headers.get('ETag') ?? saved?.etag;
      if (etag) return { kind: 'saved', etag, created: saved?.created ?? response.status === 201 };
    }
    const body = await readError(response);
    if (response.status === 412) return { kind: 'conflict', message: body.message, current: body.current ?? null };
    if (response.status === 422) return { kind: 'invalid', message: body.message, problems: body.problems ?? [] };
    if (response.status === 413) return { kind: 'too-large', message: body.message };
    return failure(response, body);
  }

  return {
    async list() {
      const response = await request(url());
      if (!(response instanceof Response)) return response;
      const body = response.ok ? ((await readJson(response)) as DatasetList | undefined) : undefined;
      if (body && Array.isArray(body.datasets)) return { kind: 'listed', names: body.datasets };
      return failure(response, await readError(response));
    },
    async open(name) {
      const response = await request(url(name));
      if (!(response instanceof Response)) return response;
      const etag = response.headers.get('ETag');
      if (response.ok && etag) return { kind: 'opened', ...diskVersion(await response.text(), etag) };
      const body = await readError(response);
      if (response.status === 404) return { kind: 'not-found', message: body.message };
      return failure(response, body);
    },
    save: (name, store, etag) => put(name, store, { 'If-Match': etag }),
    create: (name, store) => put(name, store, { 'If-None-Match': '*' }),
  };
}

function failure(response: Response, body: ErrorBody): Failure {
  if (response.status === 403) return { kind: 'refused', message: body.message };
  return { kind: 'failed', status: response.status, message: body.message };
}

/** The error body of an answer, or one made from its status when it has none. */
async function readError(response: Response): Promise<ErrorBody> {
  const body = (await readJson(response)) as Partial<ErrorBody> | undefined;
  const message = typeof body?.message === 'string' ? body.message : `the server answered ${response.status} ${response.statusText}`.trim();
  return { error: body?.error ?? 'server-error', ...body, message };
}

async function readJson(response: Response): Promise<unknown> {
  if (response.bodyUsed) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
