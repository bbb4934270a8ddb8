/**
 * Drafts in IndexedDB: one object store of DraftRecords keyed by draft key. Browser only; the
 * logic around it (what to keep, when to offer) is in drafts.ts and session.ts and tested
 * without a browser, and this is exercised by the end-to-end tests (a reload keeps the draft).
 */
import type { DraftRecord, DraftStorage } from './drafts';

const DATABASE = 'bilateral-timeline-editor';
const STORE = 'drafts';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens the drafts database; rejects where IndexedDB is missing or refused (some private modes). */
export async function openIdbDrafts(): Promise<DraftStorage> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  const open = indexedDB.open(DATABASE, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'key' });
  const db = await request(open);
  const run = <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const transaction = db.transaction(STORE, mode);
    const result = request(act(transaction.objectStore(STORE)));
    // A write counts once its transaction has committed, not when its request succeeded.
    const done = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
    return Promise.all([result, done]).then(([value]) => value);
  };
  return {
    list: async () => ((await run('readonly', (s) => s.getAll())) as DraftRecord[]).sort((a, b) => b.updated - a.updated),
    put: async (record) => void (await run('readwrite', (s) => s.put(record))),
    remove: async (key) => void (await run('readwrite', (s) => s.delete(key))),
  };
}
