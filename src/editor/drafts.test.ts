// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDraftKeeper, createMemoryDraftStorage, draftKey, type DraftRecord, type DraftStorage } from './drafts';

const record = (key: string, title: string, updated = 1): DraftRecord => ({ key, origin: { kind: 'new', created: 1 }, store: { title }, base: null, updated });

/** A storage whose writes wait until released, recording the order they land in. */
function slowStorage() {
  const inner = createMemoryDraftStorage();
  const landed: string[] = [];
  const waiting: (() => void)[] = [];
  const storage: DraftStorage = {
    list: inner.list,
    put: (r) => new Promise((done) => waiting.push(() => void inner.put(r).then(() => (landed.push(`put ${r.store.title}`), done())))),
    remove: (key) => new Promise((done) => waiting.push(() => void inner.remove(key).then(() => (landed.push(`remove ${key}`), done())))),
  };
  const release = async () => {
    while (waiting.length) {
      waiting.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { storage, landed, release };
}

describe('draft keys', () => {
  it('name one draft per dataset, address, file or new timeline', () => {
    expect(draftKey({ kind: 'server', name: 'events', etag: '"x"' })).toBe('server:events');
    expect(draftKey({ kind: 'server', name: 'events', etag: '"y"' })).toBe('server:events');
    expect(draftKey({ kind: 'url', url: 'http://a/data/events.json' })).toBe('url:http://a/data/events.json');
    expect(draftKey({ kind: 'file', fileName: 'mine.json' })).toBe('file:mine.json');
    expect(draftKey({ kind: 'new', created: 5 })).toBe('new:5');
  });
});

describe('draft keeper', () => {
  it('writes the latest version of each draft, never an older one after a newer', async () => {
    const { storage, landed, release } = slowStorage();
    const keeper = createDraftKeeper(storage, () => {});
    keeper.keep(record('a', 'one'));
    await new Promise((r) => setTimeout(r, 0)); // the first write is under way
    keeper.keep(record('a', 'two'));
    keeper.keep(record('a', 'three'));
    keeper.keep(record('b', 'other'));
    await release();
    await keeper.idle();
    expect(landed).toEqual(['put one', 'put three', 'put other']);
    expect((await storage.list()).map((r) => r.store.title).sort()).toEqual(['other', 'three']);
  });

  it('a discard after a keep wins, and a keep after a discard wins', async () => {
    const storage = createMemoryDraftStorage();
    const keeper = createDraftKeeper(storage, () => {});
    keeper.keep(record('a', 'one'));
    keeper.discard('a');
    await keeper.idle();
    expect(await storage.list()).toEqual([]);
    keeper.discard('a');
    keeper.keep(record('a', 'two'));
    await keeper.idle();
    expect((await storage.list()).map((r) => r.store.title)).toEqual(['two']);
  });

  it('reports a failed write and goes on with the next', async () => {
    const inner = createMemoryDraftStorage();
    let fail = true;
    const errors: unknown[] = [];
    const keeper = createDraftKeeper({ ...inner, put: (r) => (fail ? Promise.reject(new Error('QuotaExceededError')) : inner.put(r)) }, (e) => errors.push(e));
    keeper.keep(record('a', 'one'));
    await keeper.idle();
    fail = false;
    keeper.keep(record('a', 'two'));
    await keeper.idle();
    expect(errors).toHaveLength(1);
    expect((await inner.list()).map((r) => r.store.title)).toEqual(['two']);
  });

  it('memory storage lists the most recent first and keeps copies', async () => {
    const storage = createMemoryDraftStorage();
    const older = record('a', 'older', 1);
    await storage.put(older);
    await storage.put(record('b', 'newer', 2));
    older.store = { title: 'changed after' };
    expect((await storage.list()).map((r) => r.store.title)).toEqual(['newer', 'older']);
  });
});
