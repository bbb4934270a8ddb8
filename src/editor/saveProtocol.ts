/**
 * The contract between the save server behind `npm run edit` (server/) and the editor's client
 * (saveApi.ts): what a dataset name may be, the body limit, and the JSON each answer carries.
 * No DOM and no Node, so both sides import the same definitions.
 */
import { parseJson } from '../data/parseJson';
import type { Problem } from '../data/problems';

/** A dataset's name: the file `data/<name>.json`. The length cap keeps file names portable. */
export const DATASET_NAME = /^[a-z0-9-]{1,100}$/;

/** The largest request body the server reads, in bytes (20 MiB; the shipped store is ~0.1 MiB). */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** How many earlier versions of each dataset `data/.history/<name>/` keeps. */
export const HISTORY_KEPT = 50;

/** The body of `GET /api/datasets`. */
export interface DatasetList {
  /** Dataset names, sorted. */
  datasets: string[];
}

/** The body of a successful `PUT /api/datasets/<name>` (200 replaced, 201 created). */
export interface SavedBody {
  /** The dataset's name. */
  name: string;
  /** The ETag of the bytes now on disk: send it as `If-Match` with the next save. */
  etag: string;
  /** True when the PUT created the file. */
  created: boolean;
}

/** A version of a dataset as it is on disk. */
export interface DiskVersion {
  /** The ETag of the file's bytes. */
  etag: string;
  /** The parsed store; null when the file is not JSON. */
  store: unknown;
  /** Why the file could not be parsed, when it could not (someone edited it by hand). */
  malformed?: string;
}

/** Machine-readable error codes, one per kind of refusal. */
export type ErrorCode =
  | 'bad-request'
  | 'bad-name'
  | 'forbidden'
  | 'not-found'
  | 'method-not-allowed'
  | 'precondition-failed'
  | 'too-large'
  | 'invalid-store'
  | 'precondition-required'
  | 'server-error';

/** The body of every answer that is not a success. */
export interface ErrorBody {
  /** What kind of refusal. */
  error: ErrorCode;
  /** The reason in words. */
  message: string;
  /** 422: every problem the validator found. */
  problems?: Problem[];
  /** 412: the version on disk now (null when there is no file), so the editor can show both. */
  current?: DiskVersion | null;
}

/** A DiskVersion from a file's text and ETag. */
export function diskVersion(text: string, etag: string): DiskVersion {
  const parsed = parseJson(text);
  return parsed.ok ? { etag, store: parsed.value } : { etag, store: null, malformed: parsed.problem.message };
}
