/**
 * The store as a file to download: the layout the save server writes (two-space JSON, final
 * newline, so a downloaded file and a saved one diff cleanly), named after what is open. A
 * store with problems still downloads, named `.draft.json`, so nobody mistakes it for a valid
 * one (`npm run validate` would say what is wrong).
 */
import type { EditableStore } from './document';
import type { Origin } from './drafts';
import { suggestedName } from './session';

/** A file's name and text. */
export interface StoreFile {
  /** The file name. */
  fileName: string;
  /** Its text. */
  text: string;
}

/** The store as a file: `<name>.json`, or `<name>.draft.json` when it has problems. */
export function storeFile(store: EditableStore, origin: Origin, valid: boolean): StoreFile {
  const name = origin.kind === 'server' ? origin.name : suggestedName(store, origin);
  return { fileName: `${name}${valid ? '' : '.draft'}.json`, text: `${JSON.stringify(store, null, 2)}\n` };
}
