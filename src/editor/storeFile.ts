/**
 * The store as a file to download: the layout the save server writes (two-space JSON, final
 * newline, so a downloaded file and a saved one diff cleanly), named after what is open. A
 * store with problems still downloads, named `.draft.json`, so nobody mistakes it for a valid
 * one (`npm run validate` would say what is wrong); so does a draft with candidates still to
 * review, whole, so that opening the file again resumes the review where it stood. A draft
 * whose candidates are all decided downloads as Save writes it, without its `draft` object.
 */
import type { EditableStore } from './document';
import type { Origin } from './drafts';
import { suggestedName } from './session';
import { finishReview, unreviewedCount } from './review';

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

/** What Download gives for the store now, given how many problems it has. */
export function downloadFile(store: EditableStore, origin: Origin, problems: number): StoreFile {
  const reviewed = unreviewedCount(store) === 0;
  return storeFile(reviewed ? finishReview(store) : store, origin, problems === 0 && reviewed);
}
