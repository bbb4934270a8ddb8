/**
 * The data folder as the save server sees it: datasets are the plain files `<name>.json` whose
 * name matches DATASET_NAME, and each one's earlier versions live in `.history/<name>/`.
 * Nothing here follows a symbolic link: a link named like a dataset (or a `.history` that is a
 * link) is refused, so no request reads or writes outside the folder.
 */
import { lstat, mkdir, open, readdir, unlink } from 'node:fs/promises';
import { constants } from 'node:fs';
import { join } from 'node:path';
import { DATASET_NAME, HISTORY_KEPT } from '../src/editor/saveProtocol';
import { etagOf } from './etag';
import { writeFileAtomic } from './atomicWrite';

/** A dataset file's bytes and ETag. */
export interface Version {
  /** The file's bytes. */
  bytes: Buffer;
  /** Their strong ETag. */
  etag: string;
}

/** Thrown when a name in the folder is a link, a folder or anything but a plain file. */
export class NotPlainFileError extends Error {}

const HISTORY_FILE = /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z-[\w-]{8}\.json$/;

/** The dataset names in `root`, sorted. */
export async function listDatasets(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json') && DATASET_NAME.test(entry.name.slice(0, -5)))
    .map((entry) => entry.name.slice(0, -5))
    .sort();
}

/** The path of a dataset's file. `name` must already match DATASET_NAME. */
export function datasetPath(root: string, name: string): string {
  if (!DATASET_NAME.test(name)) throw new Error(`not a dataset name: ${JSON.stringify(name)}`);
  return join(root, `${name}.json`);
}

/** The dataset's current version, or undefined when there is no such file. */
export async function readDataset(root: string, name: string): Promise<Version | undefined> {
  const path = datasetPath(root, name);
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw new NotPlainFileError(`${name}.json is a link, not a file in the data folder`);
    throw error;
  }
  try {
    if (!(await handle.stat()).isFile()) throw new NotPlainFileError(`${name}.json is not a plain file`);
    const bytes = await handle.readFile();
    return { bytes, etag: etagOf(bytes) };
  } finally {
    await handle.close();
  }
}

/** Writes a dataset atomically; the version it replaces (if any) goes to the history first. */
export async function writeDataset(root: string, name: string, bytes: Uint8Array, previous: Version | undefined): Promise<string> {
  if (previous) await keepInHistory(root, name, previous);
  await writeFileAtomic(datasetPath(root, name), bytes);
  return etagOf(bytes);
}

/** Copies a version into `.history/<name>/` (named by time, then hash) and keeps the last ones. */
async function keepInHistory(root: string, name: string, version: Version): Promise<void> {
  const folder = await plainFolder(join(await plainFolder(join(root, '.history')), name));
  const stamp = new Date().toISOString().replaceAll(':', '-');
  await writeFileAtomic(join(folder, `${stamp}-${version.etag.slice(8, 16)}.json`), version.bytes);
  // Names sort by time: the ISO stamp leads and has a fixed width.
  const kept = (await readdir(folder)).filter((file) => HISTORY_FILE.test(file)).sort();
  for (const old of kept.slice(0, Math.max(0, kept.length - HISTORY_KEPT))) await unlink(join(folder, old));
}

/** Makes sure `path` is a real folder (created if missing, never a link) and returns it. */
async function plainFolder(path: string): Promise<string> {
  await mkdir(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const stat = await lstat(path);
  if (!stat.isDirectory()) throw new NotPlainFileError(`${path} is not a plain folder`);
  return path;
}
