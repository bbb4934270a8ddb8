// The editor's client (src/editor/saveApi.ts) against the real server process, through the
// fetch a browser would use: each kind of answer becomes its own typed result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createSaveApi, type SaveApi } from '../../src/editor/saveApi';
import { MAX_BODY_BYTES } from '../../src/editor/saveProtocol';
import { VALID_STORE, formatted, makeWorkspace, sha256Etag, startServer, testPort, type ServerProcess } from './serverProcess';

const port = testPort(4);
let server: ServerProcess;
let dataDir: string;
let api: SaveApi;
const store = (title: string) => ({ ...JSON.parse(VALID_STORE), title });

beforeAll(async () => {
  ({ dataDir } = makeWorkspace());
  server = await startServer({ dataDir, port });
  api = createSaveApi(`http://127.0.0.1:${port}`);
});
afterAll(() => server.stop());

describe('saveApi', () => {
  it('lists the datasets', async () => {
    expect(await api.list()).toEqual({ kind: 'listed', names: ['events', 'other'] });
  });

  it('opens a dataset: its store and the ETag of its bytes', async () => {
    expect(await api.open('other')).toEqual({ kind: 'opened', store: JSON.parse(VALID_STORE), etag: sha256Etag(VALID_STORE) });
  });

  it('opens a file that is not JSON as such, with the reason', async () => {
    writeFileSync(join(dataDir, 'broken.json'), '{"version": 1,\n');
    const result = await api.open('broken');
    expect(result).toMatchObject({ kind: 'opened', store: null, etag: sha256Etag('{"version": 1,\n') });
    expect(result.kind === 'opened' && result.malformed).toMatch(/line 2/);
  });

  it('says when a dataset does not exist', async () => {
    expect((await api.open('missing')).kind).toBe('not-found');
  });

  it('saves with the opened ETag, then reports a conflict with the version on disk for a stale one', async () => {
    const opened = await api.open('events');
    if (opened.kind !== 'opened') throw new Error(`could not open: ${opened.kind}`);
    const saved = await api.save('events', store('First'), opened.etag);
    const onDisk = readFileSync(join(dataDir, 'events.json'), 'utf8');
    expect(onDisk).toBe(formatted(JSON.stringify(store('First'))));
    expect(saved).toEqual({ kind: 'saved', etag: sha256Etag(onDisk), created: false });
    const stale = await api.save('events', store('Second'), opened.etag);
    expect(stale).toMatchObject({ kind: 'conflict', current: { etag: sha256Etag(onDisk), store: store('First') } });
    expect(readFileSync(join(dataDir, 'events.json'), 'utf8')).toBe(onDisk);
  });

  it('creates a new dataset, and reports a conflict when the name is taken', async () => {
    expect(await api.create('fresh', store('Fresh'))).toMatchObject({ kind: 'saved', created: true });
    const listed = await api.list();
    expect(listed.kind === 'listed' && listed.names).toContain('fresh');
    expect(await api.create('fresh', store('Again'))).toMatchObject({ kind: 'conflict', current: { store: store('Fresh') } });
  });

  it('returns every problem of an invalid store, and nothing is written', async () => {
    const before = readFileSync(join(dataDir, 'other.json'), 'utf8');
    const bad = store('Bad');
    bad.events[0].start = '2012-13';
    const result = await api.save('other', bad, sha256Etag(before));
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.problems.map((p) => p.path.join('.'))).toContain('events.0.start');
    expect(readFileSync(join(dataDir, 'other.json'), 'utf8')).toBe(before);
  });

  it('reports a store over the size limit', async () => {
    const huge = { ...store('Huge'), description: 'x'.repeat(MAX_BODY_BYTES) };
    expect((await api.save('other', huge, sha256Etag(VALID_STORE))).kind).toBe('too-large');
  });

  it('reports a refusal (403) as such', async () => {
    // What a browser adds to a request from another site's page.
    const crossSite: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'Sec-Fetch-Site': 'cross-site' } });
    const foreign = createSaveApi(`http://127.0.0.1:${port}`, crossSite);
    expect((await foreign.list()).kind).toBe('refused');
    expect((await foreign.save('events', store('Forged'), '*')).kind).toBe('refused');
  });

  it('reports other refusals with their status: a bad name (400)', async () => {
    expect(await api.save('../outside', store('Escape'), '*')).toMatchObject({ kind: 'failed', status: 400 });
  });

  it('reports a network error when no server answers', async () => {
    const closedPort = await new Promise<number>((done) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => done(free));
      });
    });
    const offline = createSaveApi(`http://127.0.0.1:${closedPort}`);
    expect((await offline.list()).kind).toBe('network-error');
    expect((await offline.save('events', store('Lost'), '*')).kind).toBe('network-error');
  });
});
