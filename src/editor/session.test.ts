// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createEditorSession, suggestedName, type SessionDeps } from './session';
import { createMemoryDraftStorage } from './drafts';
import { insertAt, listOf, setIn, type EditableStore } from './document';
import type { SaveApi, SaveResult } from './saveApi';
import { validateDataset } from '../data/validate';
import { acceptAll, acceptCandidate, candidatesOf, mergeCandidate, rejectCandidate } from './review';
import { draftStore } from '../../test/unit/helpers/draftStore';

const fixture = JSON.parse(readFileSync('test/fixtures/valid-minimal.json', 'utf8')) as EditableStore;

/** A save server in memory with the real one's rules: versions by ETag, creation only of new names, only valid stores. */
function fakeServer(files: Record<string, EditableStore> = { events: fixture }) {
  let version = 0;
  const disk = new Map(Object.entries(files).map(([name, store]) => [name, { store, etag: `"v${version++}"` }]));
  const calls: string[] = [];
  const write = (name: string, store: unknown, created: boolean): SaveResult => {
    const check = validateDataset(store);
    if (!check.ok) return { kind: 'invalid', message: 'not a valid store', problems: check.problems };
    const etag = `"v${version++}"`;
    disk.set(name, { store: structuredClone(store) as EditableStore, etag });
    return { kind: 'saved', etag, created };
  };
  const api: SaveApi = {
    list: async () => ({ kind: 'listed', names: [...disk.keys()] }),
    open: async (name) => (disk.has(name) ? { kind: 'opened', ...disk.get(name)! } : { kind: 'not-found', message: 'no such dataset' }),
    async save(name, store, etag) {
      calls.push(`save ${name} ${etag}`);
      const current = disk.get(name);
      if (!current || current.etag !== etag) return { kind: 'conflict', message: 'changed', current: current ?? null };
      return write(name, store, false);
    },
    async create(name, store) {
      calls.push(`create ${name}`);
      const current = disk.get(name);
      if (current) return { kind: 'conflict', message: 'exists', current };
      return write(name, store, true);
    },
  };
  /** Someone else writes the file. */
  const change = (name: string, store: EditableStore) => disk.set(name, { store, etag: `"v${version++}"` });
  return { api, disk, calls, change };
}

function setup(deps: Partial<SessionDeps> = {}) {
  const server = fakeServer();
  const storage = createMemoryDraftStorage();
  let clock = 1000;
  const session = createEditorSession({ storage, api: server.api, now: () => clock++, ...deps });
  return { session, server, storage };
}

const eventsOf = (store: EditableStore) => listOf(store, 'events').map((e) => e.id);
const newEvent = { id: 'gas-deal-2025', title: 'Gas deal', summary: 'Signed.', start: '2025-03', category: 'diplomacy', actors: ['ISR'], certainty: 'reported', sources: [{ source: 'paper', quote: 'It was signed.' }] };

describe('editing', () => {
  it('validates every change with the validator of npm run validate', async () => {
    const { session } = setup();
    await session.open(fixture, { kind: 'server', name: 'events', etag: '"v0"' });
    expect(session.get().problems).toEqual([]);
    session.edit((s) => setIn(s, ['events', 0, 'end'], '1990'));
    expect(session.get().problems.map((p) => p.message)).toEqual(['end 1990 is before start 1991-12-25']);
  });

  it('undoes and redoes across the visit, keystrokes of one field as one step', async () => {
    const { session } = setup();
    await session.open(fixture, { kind: 'server', name: 'events', etag: '"v0"' });
    for (const title of ['R', 'Re', 'Rec']) session.edit((s) => setIn(s, ['events', 0, 'title'], title), 'events[0].title');
    session.seal();
    session.edit((s) => insertAt(s, ['events'], newEvent));
    expect(eventsOf(session.get().history.present)).toHaveLength(3);
    session.undo();
    expect(eventsOf(session.get().history.present)).toHaveLength(2);
    expect(listOf(session.get().history.present, 'events')[0].title).toBe('Rec');
    session.undo();
    expect(session.get().history.present).toBe(fixture);
    session.redo();
    session.redo();
    expect(eventsOf(session.get().history.present)).toContain('gas-deal-2025');
  });
});

describe('drafts', () => {
  it('keeps every change at once, offers it on return, and restoring it is one undo step', async () => {
    const { session, storage, server } = setup();
    await session.open(fixture, { kind: 'server', name: 'events', etag: '"v0"' });
    session.edit((s) => setIn(s, ['events', 0, 'title'], 'Typed before the reload'), 'title');
    await session.draftsWritten();
    const [kept] = await storage.list();
    expect(kept).toMatchObject({ key: 'server:events', store: { title: fixture.title }, base: fixture });
    expect(listOf(kept.store, 'events')[0].title).toBe('Typed before the reload');

    // The tab is closed; a new visit opens the same dataset.
    const again = createEditorSession({ storage, api: server.api });
    await again.open(fixture, { kind: 'server', name: 'events', etag: '"v0"' });
    expect(again.get().offer?.key).toMatch(/^server:events@\d+$/);
    again.restoreDraft();
    expect(listOf(again.get().history.present, 'events')[0].title).toBe('Typed before the reload');
    expect(again.get().offer).toBeNull();
    again.undo();
    expect(again.get().history.present).toBe(fixture);
  });

  it('sets the offered draft aside, so edits made before answering never overwrite it', async () => {
    const { session, storage, server } = setup();
    await storage.put({ key: 'server:events', origin: { kind: 'server', name: 'events', etag: '"v0"' }, store: setIn(fixture, ['title'], 'Earlier draft'), base: fixture, updated: 5 });
    await session.open(fixture, { kind: 'server', name: 'events', etag: '"v0"' });
    expect(session.get().offer?.key).toBe('server:events@5');
    session.edit((s) => setIn(s, ['description'], 'Typed before answering'));
    await session.draftsWritten();
    const kept = Object.fromEntries((await storage.list()).map((r) => [r.key, r.store]));
    expect(Object.keys(kept).sort()).toEqual(['server:events', 'server:events@5']);
    expect(kept['server:events@5'].title).toBe('Earlier draft');
    expect(kept['server:events'].description).toBe('Typed before answering');

    // Opened later from the list of drafts, the earlier one comes back, and the other is set aside in turn.
    const again = createEditorSession({ storage, api: server.api, now: () => 9 });
    const earlier = (await storage.list()).find((r) => r.key === 'server:events@5')!;
    await again.openDraft(earlier);
    expect(again.get().history.present.title).toBe('Earlier draft');
    again.undo();
    expect(again.get().history.present).toEqual(fixture);
    await again.draftsWritten();
    const after = await storage.list();
    expect(after.map((r) => r.key).some((k) => k.startsWith('server:events@') && k !== 'server:events@5')).toBe(true);
    expect(after.some((r) => r.store.description === 'Typed before answering')).toBe(true);
  });

  it('forgets the draft when the store is back to what is on disk, and does not offer an identical one', async () => {
    const { session, storage } = setup();
    await session.open(fixture, { kind: 'server', name: 'events', etag: '"v0"' });
    session.edit((s) => setIn(s, ['title'], 'Changed'));
    await session.draftsWritten();
    expect(await storage.list()).toHaveLength(1);
    session.undo();
    await session.draftsWritten();
    expect(await storage.list()).toEqual([]);

    await storage.put({ key: 'server:events', origin: { kind: 'server', name: 'events', etag: '"v0"' }, store: structuredClone(fixture), base: null, updated: 1 });
    await session.open(fixture, { kind: 'server', name: 'events', etag: '"v0"' });
    expect(session.get().offer).toBeNull();
    await session.draftsWritten();
    expect(await storage.list()).toEqual([]);
  });

  it('discarding the offer forgets the draft', async () => {
    const { session, storage } = setup();
    await storage.put({ key: 'file:mine.json', origin: { kind: 'file', fileName: 'mine.json' }, store: { title: 'draft' }, base: null, updated: 1 });
    await session.open(fixture, { kind: 'file', fileName: 'mine.json' });
    expect(session.get().offer?.store).toEqual({ title: 'draft' });
    session.discardDraft();
    await session.draftsWritten();
    expect(await storage.list()).toEqual([]);
  });
});

describe('saving', () => {
  it('never sends a store with problems', async () => {
    const { session, server } = setup();
    await session.open(fixture, { kind: 'server', name: 'events', etag: '"v0"' });
    session.edit((s) => insertAt(s, ['events'], { ...newEvent, summary: '' }));
    expect(await session.save()).toEqual({ kind: 'blocked', problems: 1 });
    expect(server.calls).toEqual([]);
  });

  it('writes the dataset, forgets the draft, and saves next time over the new version', async () => {
    const { session, server, storage } = setup();
    await session.open(fixture, { kind: 'server', name: 'events', etag: '"v0"' });
    session.edit((s) => insertAt(s, ['events'], newEvent));
    expect(await session.save()).toMatchObject({ kind: 'saved', name: 'events', created: false });
    expect(eventsOf(server.disk.get('events')!.store)).toContain('gas-deal-2025');
    await session.draftsWritten();
    expect(await storage.list()).toEqual([]);
    session.edit((s) => setIn(s, ['title'], 'Again'));
    expect(await session.save()).toMatchObject({ kind: 'saved' });
    expect(server.calls).toEqual(['save events "v0"', 'save events "v1"']);
    expect(server.disk.get('events')!.store.title).toBe('Again');
  });

  it('meets a file changed on disk with both versions, and saves the store made of the choices', async () => {
    const { session, server } = setup();
    await session.open(fixture, { kind: 'server', name: 'events', etag: '"v0"' });
    // Someone else renames the first event on disk; here, the second one is renamed and an event added.
    server.change('events', setIn(fixture, ['events', 0, 'title'], 'Renamed on disk'));
    session.edit((s) => insertAt(setIn(s, ['events', 1, 'title'], 'Renamed here'), ['events'], newEvent));
    const status = await session.save();
    expect(status.kind).toBe('conflict');
    if (status.kind !== 'conflict') return;
    expect(status.differences.map((d) => [d.key, d.fields, d.suggested])).toEqual([
      ['event:recognition', ['title'], 'theirs'],
      ['event:arms-deal-2012', ['title'], 'mine'],
      ['event:gas-deal-2025', [], 'mine'],
    ]);
    expect(listOf(server.disk.get('events')!.store, 'events')[1].title).not.toBe('Renamed here'); // nothing written yet

    expect(await session.resolveConflict({})).toMatchObject({ kind: 'saved' });
    const onDisk = server.disk.get('events')!.store;
    expect(listOf(onDisk, 'events').map((e) => e.title)).toEqual(['Renamed on disk', 'Renamed here', 'Gas deal']);
    // Undo goes back to the store from before the choice.
    session.undo();
    expect(listOf(session.get().history.present, 'events')[0].title).toBe('Recognition');
  });

  it('keeps what is on disk for every part the person gives to theirs', async () => {
    const { session, server } = setup();
    await session.open(fixture, { kind: 'server', name: 'events', etag: '"v0"' });
    server.change('events', setIn(fixture, ['title'], 'Theirs'));
    session.edit((s) => setIn(s, ['title'], 'Mine'));
    const status = await session.save();
    expect(status).toMatchObject({ kind: 'conflict', differences: [{ key: 'title', theirs: 'Theirs', mine: 'Mine', changed: { mine: true, theirs: true }, suggested: 'mine' }] });
    await session.resolveConflict({ title: 'theirs' });
    expect(server.disk.get('events')!.store.title).toBe('Theirs');
  });

  it('shows the problems the server finds (422)', async () => {
    const api: SaveApi = { ...fakeServer().api, save: async () => ({ kind: 'invalid', message: 'x', problems: [{ path: ['title'], message: 'the title must not be empty' }] }) };
    const session = createEditorSession({ storage: null, api });
    await session.open(fixture, { kind: 'server', name: 'events', etag: '"v0"' });
    expect(await session.save()).toEqual({ kind: 'rejected', problems: [{ path: ['title'], message: 'the title must not be empty' }] });
  });

  it('asks for a name for a store that is not a dataset yet, and never creates over an existing one', async () => {
    const { session, server } = setup();
    await session.open(structuredClone(fixture), { kind: 'file', fileName: 'My Timeline.json' });
    expect(await session.save()).toEqual({ kind: 'needs-name', suggested: 'my-timeline' });
    expect(await session.save('events')).toMatchObject({ kind: 'conflict', name: 'events', differences: [] });
    session.dismissSave();
    expect(await session.save('my-timeline')).toMatchObject({ kind: 'saved', name: 'my-timeline', created: true });
    expect(session.get().open?.origin).toEqual({ kind: 'server', name: 'my-timeline', etag: server.disk.get('my-timeline')!.etag });
  });

  it('without a save server, Save is unavailable and nothing is sent', async () => {
    const session = createEditorSession({ storage: null, api: null });
    await session.open(fixture, { kind: 'url', url: 'http://127.0.0.1/data/events.json' });
    expect(session.get().save.kind).toBe('unavailable');
    expect(await session.save()).toEqual({ kind: 'unavailable' });
  });
});

describe('reviewing a draft', () => {
  const opened = async () => {
    const { session, server } = setup();
    await session.open(draftStore(), { kind: 'server', name: 'events', etag: '"v0"' });
    return { session, server };
  };
  const present = (session: ReturnType<typeof setup>['session']) => session.get().history.present;

  it('refuses to save while candidates are unreviewed, says how many, and sends nothing', async () => {
    const { session, server } = await opened();
    session.edit((s) => acceptCandidate(s, 'deal-2012'));
    expect(await session.save()).toEqual({ kind: 'unreviewed', count: 2 });
    expect(server.calls).toEqual([]);
    expect(server.disk.get('events')!.store).not.toHaveProperty('draft');
  });

  it('saves a fully reviewed draft without its draft object: on disk a valid, reviewed store, and the editor holds the same', async () => {
    const { session, server } = await opened();
    session.edit((s) => rejectCandidate(s, 'syria-2019'));
    session.edit((s) => mergeCandidate(s, 'deal-2012', 'arms-deal-2012').store);
    session.edit((s) => acceptCandidate(s, 'recognition-1992'));
    expect(await session.save()).toMatchObject({ kind: 'saved', name: 'events' });
    const onDisk = server.disk.get('events')!.store;
    expect(onDisk).not.toHaveProperty('draft');
    expect(validateDataset(onDisk)).toMatchObject({ ok: true });
    expect(listOf(onDisk, 'events').find((e) => e.id === 'arms-deal-2012')!.sources).toContainEqual({ source: 'article', quote: expect.stringContaining('$1.6 billion') });
    expect(present(session)).toEqual(onDisk);
    expect(session.get().open!.base).toBe(present(session));
  });

  it('saves after an explicit accept of all; undo steps back through the finishing and each review action', async () => {
    const { session } = await opened();
    session.edit((s) => rejectCandidate(s, 'syria-2019'));
    expect((await session.save()).kind).toBe('unreviewed');
    session.edit(acceptAll);
    expect((await session.save()).kind).toBe('saved');
    session.undo(); // the draft object is back, every candidate accepted
    expect(candidatesOf(present(session)).map((c) => c.status)).toEqual(['accepted', 'accepted']);
    session.undo(); // before accepting all
    expect(candidatesOf(present(session)).map((c) => c.status)).toEqual(['unreviewed', 'unreviewed']);
    session.undo(); // the rejected candidate returns
    expect(candidatesOf(present(session)).map((c) => c.id)).toEqual(['recognition-1992', 'deal-2012', 'syria-2019']);
    session.redo();
    expect(candidatesOf(present(session)).map((c) => c.id)).toEqual(['recognition-1992', 'deal-2012']);
  });
});

describe('suggestedName', () => {
  it.each([
    [{ id: 'israel-azerbaijan' }, { kind: 'new', created: 1 }, 'israel-azerbaijan'],
    [{ id: 'x' }, { kind: 'file', fileName: 'Export (2).csv' }, 'export-2'],
    [{}, { kind: 'url', url: 'http://a/b.json' }, 'timeline'],
  ] as const)('%j from %j is %s', (store, origin, name) => {
    expect(suggestedName(store, origin)).toBe(name);
  });
});
