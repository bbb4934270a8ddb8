// The save API against the real server process: reading, conditional saves, refusals of bad
// bodies, and the history of earlier versions.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'node:net';
import { validateDataset } from '../../src/data/validate';
import { HISTORY_KEPT, MAX_BODY_BYTES } from '../../src/editor/saveProtocol';
import { VALID_STORE, formatted, makeWorkspace, put, rawRequest, sha256Etag, startServer, storeTitled, testPort, type ServerProcess } from './serverProcess';

const port = testPort(0);
let server: ServerProcess;
let dataDir: string;
const events = () => join(dataDir, 'events.json');
const history = () => readdirSync(join(dataDir, '.history', 'events')).sort();

beforeAll(async () => {
  ({ dataDir } = makeWorkspace());
  server = await startServer({ dataDir, port });
});
afterAll(() => server.stop());
beforeEach(() => writeFileSync(events(), VALID_STORE));

describe('reading', () => {
  it('lists the datasets: the <name>.json files with plain names, nothing else', async () => {
    writeFileSync(join(dataDir, '.events.json.tmp-1-1'), '{}');
    writeFileSync(join(dataDir, 'Upper.json'), '{}');
    const res = await rawRequest(port, { path: '/api/datasets' });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ datasets: ['events', 'other'] });
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('gives a dataset as its bytes with a strong ETag of them', async () => {
    const res = await rawRequest(port, { path: '/api/datasets/events' });
    expect(res.status).toBe(200);
    expect(res.text).toBe(VALID_STORE);
    expect(res.headers.etag).toBe(sha256Etag(VALID_STORE));
    const head = await rawRequest(port, { method: 'HEAD', path: '/api/datasets/events' });
    expect([head.status, head.headers.etag, head.text]).toEqual([200, sha256Etag(VALID_STORE), '']);
  });

  it('answers 404 for a dataset that does not exist', async () => {
    const res = await rawRequest(port, { path: '/api/datasets/nothing-here' });
    expect([res.status, res.json.error]).toEqual([404, 'not-found']);
  });
});

describe('saving', () => {
  it('replaces the file when If-Match names its version, and answers the new ETag', async () => {
    const next = storeTitled('Saved once');
    const res = await put(port, 'events', next, { 'If-Match': sha256Etag(VALID_STORE) });
    expect(res.status).toBe(200);
    const onDisk = readFileSync(events(), 'utf8');
    expect(onDisk).toBe(formatted(next));
    expect(validateDataset(JSON.parse(onDisk)).ok).toBe(true);
    expect(res.headers.etag).toBe(sha256Etag(onDisk));
    expect(res.json).toEqual({ name: 'events', etag: sha256Etag(onDisk), created: false });
    expect((await rawRequest(port, { path: '/api/datasets/events' })).headers.etag).toBe(res.headers.etag);
  });

  it('answers 412 with the current store and its ETag when the file changed since it was read', async () => {
    const opened = sha256Etag(VALID_STORE);
    const changed = formatted(storeTitled('Changed by git pull'));
    writeFileSync(events(), changed);
    const res = await put(port, 'events', storeTitled('Mine'), { 'If-Match': opened });
    expect(res.status).toBe(412);
    expect(res.json.error).toBe('precondition-failed');
    expect(res.json.current).toEqual({ etag: sha256Etag(changed), store: JSON.parse(changed) });
    expect(res.headers.etag).toBe(sha256Etag(changed));
    expect(readFileSync(events(), 'utf8')).toBe(changed);
  });

  it('answers 428 to a PUT with neither If-Match nor If-None-Match, and writes nothing', async () => {
    const before = statSync(events()).mtimeMs;
    const res = await put(port, 'events', storeTitled('Blind'), {});
    expect([res.status, res.json.error]).toEqual([428, 'precondition-required']);
    expect(readFileSync(events(), 'utf8')).toBe(VALID_STORE);
    expect(statSync(events()).mtimeMs).toBe(before);
  });

  it('creates with If-None-Match: * (201), and refuses to create over an existing name (412)', async () => {
    const name = `new-${Date.now()}`;
    const created = await put(port, name, storeTitled('Fresh'), { 'If-None-Match': '*' });
    expect(created.status).toBe(201);
    expect(created.json.created).toBe(true);
    expect(readFileSync(join(dataDir, `${name}.json`), 'utf8')).toBe(formatted(storeTitled('Fresh')));
    const again = await put(port, name, storeTitled('Second'), { 'If-None-Match': '*' });
    expect(again.status).toBe(412);
    expect(again.json.current.store.title).toBe('Fresh');
    expect(readFileSync(join(dataDir, `${name}.json`), 'utf8')).toBe(formatted(storeTitled('Fresh')));
  });

  it('answers 412 (current: null) to If-Match on a dataset that does not exist, and creates nothing', async () => {
    const res = await put(port, 'ghost', VALID_STORE, { 'If-Match': sha256Etag(VALID_STORE) });
    expect(res.status).toBe(412);
    expect(res.json.current).toBeNull();
    expect(readdirSync(dataDir)).not.toContain('ghost.json');
  });

  it('answers 422 with every problem, each with its path, and leaves the file byte-identical', async () => {
    const bad = JSON.parse(VALID_STORE);
    bad.events[0].certainty = 'rumoured';
    bad.events[1].approximate = 'yes';
    const before = statSync(events()).mtimeMs;
    const res = await put(port, 'events', JSON.stringify(bad), { 'If-Match': sha256Etag(VALID_STORE) });
    expect(res.status).toBe(422);
    expect(res.json.error).toBe('invalid-store');
    const paths = res.json.problems.map((p: { path: unknown[] }) => p.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['events.0.certainty', 'events.1.approximate']));
    expect(res.json.problems.every((p: { message: unknown }) => typeof p.message === 'string' && p.message !== '')).toBe(true);
    expect(readFileSync(events(), 'utf8')).toBe(VALID_STORE);
    expect(statSync(events()).mtimeMs).toBe(before);
  });

  it.each([
    ['malformed JSON', '{"version": 1,', { 'Content-Type': 'application/json' }, /line 1, column 15/],
    ['a text/plain body', VALID_STORE, { 'Content-Type': 'text/plain' }, /application\/json/],
    ['no Content-Type', VALID_STORE, {}, /application\/json/],
    ['another charset', VALID_STORE, { 'Content-Type': 'application/json; charset=latin1' }, /UTF-8/],
  ])('answers 400 to %s and writes nothing', async (_, body, headers, message) => {
    const res = await rawRequest(port, { method: 'PUT', path: '/api/datasets/events', body, headers: { 'If-Match': sha256Etag(VALID_STORE), ...headers } });
    expect([res.status, res.json.error]).toEqual([400, 'bad-request']);
    expect(res.json.message).toMatch(message);
    expect(readFileSync(events(), 'utf8')).toBe(VALID_STORE);
  });

  it('answers 400 to a body that is not UTF-8', async () => {
    const body = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const res = await put(port, 'events', body as unknown as string, { 'If-Match': sha256Etag(VALID_STORE) });
    expect([res.status, res.json.message]).toEqual([400, 'the body is not valid UTF-8']);
  });

  it('answers 413 to a body over the limit, declared or streamed, and writes nothing', async () => {
    const huge = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    const declared = await put(port, 'events', huge as unknown as string, { 'If-Match': sha256Etag(VALID_STORE) });
    expect([declared.status, declared.json.error]).toEqual([413, 'too-large']);
    const streamed = await put(port, 'events', huge as unknown as string, { 'If-Match': sha256Etag(VALID_STORE), 'Transfer-Encoding': 'chunked' });
    expect([streamed.status, streamed.json.error]).toEqual([413, 'too-large']);
    expect(readFileSync(events(), 'utf8')).toBe(VALID_STORE);
    // The connection stays usable: the next request is answered.
    expect((await rawRequest(port, { path: '/api/datasets' })).status).toBe(200);
  });

  it('survives a client that goes away mid-body, and writes nothing', async () => {
    await new Promise<void>((done) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(`PUT /api/datasets/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nIf-Match: *\r\nContent-Length: 1000\r\n\r\n{"version"`);
        setTimeout(() => (socket.destroy(), done()), 50);
      });
    });
    expect((await rawRequest(port, { path: '/api/datasets' })).status).toBe(200);
    expect(readFileSync(events(), 'utf8')).toBe(VALID_STORE);
  });

  it('answers 405 with Allow to methods the API does not have', async () => {
    const del = await rawRequest(port, { method: 'DELETE', path: '/api/datasets/events' });
    expect([del.status, del.headers.allow]).toEqual([405, 'GET, HEAD, PUT']);
    const post = await rawRequest(port, { method: 'POST', path: '/api/datasets' });
    expect([post.status, post.headers.allow]).toEqual([405, 'GET, HEAD']);
  });
});

describe('history', () => {
  it('keeps the replaced version in .history/<name>/, and only the last 50', async () => {
    let etag = sha256Etag(VALID_STORE);
    const before = readdirSync(join(dataDir, '.history')).includes('events') ? history().length : 0;
    const first = await put(port, 'events', storeTitled('v0'), { 'If-Match': etag });
    etag = first.headers.etag as string;
    const kept = history();
    expect(kept.length).toBe(Math.min(before + 1, HISTORY_KEPT));
    expect(readFileSync(join(dataDir, '.history', 'events', kept[kept.length - 1]), 'utf8')).toBe(VALID_STORE);
    for (let i = 1; i <= HISTORY_KEPT + 5; i++) {
      const res = await put(port, 'events', storeTitled(`v${i}`), { 'If-Match': etag });
      expect(res.status).toBe(200);
      etag = res.headers.etag as string;
    }
    const after = history();
    expect(after.length).toBe(HISTORY_KEPT);
    // The newest kept version is the one the last save replaced; the oldest ones went first.
    expect(JSON.parse(readFileSync(join(dataDir, '.history', 'events', after[after.length - 1]), 'utf8')).title).toBe(`v${HISTORY_KEPT + 4}`);
    expect(JSON.parse(readFileSync(join(dataDir, '.history', 'events', after[0]), 'utf8')).title).toBe('v5');
  });

  it('a save of identical bytes writes nothing and keeps no history entry', async () => {
    const same = formatted(VALID_STORE);
    writeFileSync(events(), same);
    const count = readdirSync(join(dataDir, '.history')).includes('events') ? history().length : 0;
    const res = await put(port, 'events', same, { 'If-Match': sha256Etag(same) });
    expect([res.status, res.headers.etag]).toEqual([200, sha256Etag(same)]);
    expect(readdirSync(join(dataDir, '.history')).includes('events') ? history().length : 0).toBe(count);
  });
});
