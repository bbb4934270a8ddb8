/**
 * Drafts: every change to the store is kept in the browser at once, so that a reload, a crash
 * or a closed tab loses nothing, and the editor offers the draft on return. Storage is behind a
 * small interface: IndexedDB in the browser (idbDrafts.ts), a Map in tests. Writes are queued
 * one at a time and coalesced per draft, so a burst of keystrokes writes the latest version
 * and never lets an older write land after a newer one.
 */
import type { EditableStore } from './document';

/** Where the store being edited came from, and where Save writes it. */
export type Origin =
  /** A dataset of the save server (`npm run edit`): Save replaces it if it is still this version. */
  | { kind: 'server'; name: string; etag: string }
  /** A file fetched from an address (the default dataset when there is no save server). */
  | { kind: 'url'; url: string }
  /** A file from this computer, opened or dropped. */
  | { kind: 'file'; fileName: string }
  /** A timeline started in the editor. */
  | { kind: 'new'; created: number };

/** One kept draft. */
export interface DraftRecord {
  /** Which opened store it is the draft of (see draftKey). */
  key: string;
  /** Where that store came from. */
  origin: Origin;
  /** The store as it was when the draft was last written. */
  store: EditableStore;
  /** The store as it was opened or last saved, to show what the draft changed. */
  base: EditableStore | null;
  /** When it was last written (ms since 1970). */
  updated: number;
}

/** Where drafts are kept. */
export interface DraftStorage {
  /** Every kept draft, most recent first. */
  list(): Promise<DraftRecord[]>;
  /** Keeps a draft, replacing the one with the same key. */
  put(record: DraftRecord): Promise<void>;
  /** Forgets a draft. */
  remove(key: string): Promise<void>;
}

/** The key under which an opened store's draft is kept: one draft per dataset, address, file or new timeline. */
export function draftKey(origin: Origin): string {
  switch (origin.kind) {
    case 'server':
      return `server:${origin.name}`;
    case 'url':
      return `url:${origin.url}`;
    case 'file':
      return `file:${origin.fileName}`;
    case 'new':
      return `new:${origin.created}`;
  }
}

/** Drafts kept in memory (tests; a browser without IndexedDB keeps them for the visit). */
export function createMemoryDraftStorage(): DraftStorage {
  const records = new Map<string, DraftRecord>();
  return {
    list: async () => [...records.values()].sort((a, b) => b.updated - a.updated),
    put: async (record) => void records.set(record.key, structuredClone(record)),
    remove: async (key) => void records.delete(key),
  };
}

/** Writes drafts in order, the latest version of each. */
export interface DraftKeeper {
  /** Keeps this version (written at once, after any write in progress). */
  keep(record: DraftRecord): void;
  /** Forgets the draft (after a save, or when the person discards it). */
  discard(key: string): void;
  /** Resolves when every write asked for so far is done. */
  idle(): Promise<void>;
}

/** A keeper over a storage; `onError` hears of writes that failed (storage full, blocked). */
export function createDraftKeeper(storage: DraftStorage, onError: (error: unknown) => void): DraftKeeper {
  const pending = new Map<string, DraftRecord | null>();
  let chain: Promise<void> = Promise.resolve();
  let queued = false;
  const flush = async () => {
    queued = false;
    const batch = [...pending];
    pending.clear();
    for (const [key, record] of batch) {
      try {
        await (record ? storage.put(record) : storage.remove(key));
      } catch (error) {
        onError(error);
      }
    }
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    chain = chain.then(flush);
  };
  return {
    keep(record) {
      pending.set(record.key, record);
      schedule();
    },
    discard(key) {
      pending.set(key, null);
      schedule();
    },
    idle: () => chain,
  };
}
