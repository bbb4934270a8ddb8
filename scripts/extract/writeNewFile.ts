/**
 * Writes a file that must not exist yet, atomically: the content goes to a temporary file in
 * the same folder, which is then hard-linked to the final name. link() fails when the name is
 * taken, so an existing file is never replaced, even one created a moment earlier, and a
 * reader never sees half a file.
 */
import { linkSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes `content` to `path`; throws "already exists" rather than replace anything. */
export function writeNewFile(path: string, content: string): void {
  if (existsSync(path)) throw new Error('already exists: drafts are never written into an existing file (choose a new name)');
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(temporary, content, { flag: 'wx' });
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'EEXIST' ? 'already exists: drafts are never written into an existing file (choose a new name)' : `cannot be written (${code ?? String(error)})`);
  } finally {
    unlinkSync(temporary);
  }
}
