/**
 * Writes a file so that a crash at any moment leaves either the old bytes or the new ones: a
 * temporary file in the same folder, flushed to disk, renamed over the target, then the folder
 * flushed so the rename itself survives a power cut.
 *
 * Temporary names are `.<file>.tmp-<pid>-<n>`: they start with a dot and do not end in `.json`,
 * so nothing (the dataset list, the build's copy of data/) mistakes one for a dataset. A server
 * killed mid-write leaves one behind; the next server removes those of processes that are gone.
 */
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const TEMP_NAME = /^\.[^/]+\.tmp-(\d+)-\d+$/;
let counter = 0;

/** Replaces `file` with `bytes` atomically and durably. */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(file);
  const { temp, handle } = await createTemp(folder, basename(file));
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => {});
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
  await syncFolder(folder);
}

/** A new temporary file beside `name`; O_EXCL never opens an existing file or follows a symlink. */
async function createTemp(folder: string, name: string) {
  for (let attempt = 0; ; attempt++) {
    const temp = join(folder, `.${name}.tmp-${process.pid}-${counter++}`);
    try {
      return { temp, handle: await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 10) throw error;
    }
  }
}

/** Flushes a folder's entries (the rename) to disk. Windows cannot open a folder for this. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Removes temporary files in `folder` left by processes that no longer run. Call it before this
 * process writes anything: its own pid may be a dead server's, reused.
 */
export async function removeStaleTemps(folder: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const match = TEMP_NAME.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    await unlink(join(folder, name)).then(() => removed.push(name), () => {});
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
