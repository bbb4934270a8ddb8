// The save server is not an open door: names never leave the data folder (not by `..`, not by
// encoding, not by a link), and requests from other sites are refused before anything is read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VALID_STORE, hashTree, makeWorkspace, put, rawRequest, sha256Etag, startServer, storeTitled, testPort, type ServerProcess } from './serverProcess';

const port = testPort(1);
let server: ServerProcess;
let ws: ReturnType<typeof makeWorkspace>;

beforeAll(async () => {
  ws = makeWorkspace();
  // A link that looks like a dataset but points out of the folder.
  symlinkSync(join(ws.outside, 'secret.json'), join(ws.dataDir, 'linked.json'));
  writeFileSync(join(ws.distDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(ws.distDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(ws.distDir, 'assets', 'app.css'), 'body{}');
  server = await startServer({ dataDir: ws.dataDir, port, distDir: ws.distDir });
});
afterAll(() => server.stop());

/** Runs `act` and checks that nothing under the workspace (data, outside, dist) changed. */
async function changesNothing(act: () => Promise<void>): Promise<void> {
  const before = hashTree(ws.root);
  await act();
  expect(hashTree(ws.root)).toBe(before);
}

const escapes = [
  '../outside/secret',
  '..%2foutside%2fsecret',
  '%2e%2e%2foutside%2fsecret',
  '%2e%2e/outside/secret',
  '..%5coutside%5csecret',
  '..\\outside\\secret',
  '%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
  '.history',
  'events.json',
  'Events',
  'a%00b',
  '%',
  'x'.repeat(101),
];

describe('names never leave the data folder', () => {
  it.each(escapes)('refuses GET and PUT of %s (400 or 404) and changes nothing', async (name) => {
    await changesNothing(async () => {
      const get = await rawRequest(port, { path: `/api/datasets/${name}` });
      expect([400, 404]).toContain(get.status);
      expect(get.text).not.toContain('"title"');
      for (const condition of [{ 'If-None-Match': '*' }, { 'If-Match': '*' }] as Record<string, string>[]) {
        const res = await put(port, name, storeTitled('Escaped'), condition);
        expect([400, 404]).toContain(res.status);
      }
    });
    expect(readFileSync(join(ws.outside, 'secret.json'), 'utf8')).toBe(VALID_STORE);
  });

  it('refuses a dataset that is a link out of the folder (403), for reading and for writing', async () => {
    await changesNothing(async () => {
      const get = await rawRequest(port, { path: '/api/datasets/linked' });
      expect(get.status).toBe(403);
      expect(get.text).not.toContain('"title"');
      const res = await put(port, 'linked', storeTitled('Through the link'), { 'If-Match': sha256Etag(VALID_STORE) });
      expect(res.status).toBe(403);
      expect((await rawRequest(port, { path: '/data/linked.json' })).status).toBe(404);
    });
    expect((await rawRequest(port, { path: '/api/datasets' })).json.datasets).not.toContain('linked');
  });

  it('a save of a dataset hard-linked from outside replaces only the name inside: the outside file keeps its bytes', async () => {
    const outsideFile = join(ws.outside, 'hard.json');
    writeFileSync(outsideFile, VALID_STORE);
    linkSync(outsideFile, join(ws.dataDir, 'hardlinked.json'));
    const before = hashTree(ws.outside);
    const res = await put(port, 'hardlinked', storeTitled('Saved'), { 'If-Match': sha256Etag(VALID_STORE) });
    expect(res.status).toBe(200);
    expect(JSON.parse(readFileSync(join(ws.dataDir, 'hardlinked.json'), 'utf8')).title).toBe('Saved');
    expect(hashTree(ws.outside)).toBe(before);
  });

  it('refuses to keep history through a .history link out of the folder, and writes nothing', async () => {
    const { dataDir, outside } = makeWorkspace();
    mkdirSync(join(outside, 'history'));
    symlinkSync(join(outside, 'history'), join(dataDir, '.history'));
    const other = await startServer({ dataDir, port: testPort(5) });
    try {
      const before = hashTree(join(dataDir, '..'));
      const res = await put(other.port, 'events', storeTitled('Saved'), { 'If-Match': sha256Etag(VALID_STORE) });
      expect(res.status).toBe(403);
      expect(hashTree(join(dataDir, '..'))).toBe(before);
    } finally {
      await other.stop();
    }
  });

  it.each(['/../outside/secret.json', '/%2e%2e/outside/secret.json', '/assets/..%2f..%2foutside%2fsecret.json', '/..%5c..%5coutside%5csecret.json', '/.history/events/x.json'])(
    'serves no file outside the build for %s',
    async (path) => {
      const res = await rawRequest(port, { path });
      expect([400, 404]).toContain(res.status);
      expect(res.text).not.toContain('"title"');
    },
  );
});

describe('requests from other sites are refused', () => {
  const foreignHosts = ['evil.example:' + port, `127.0.0.1:${port + 1}`, '127.0.0.1', 'localhost', `127.0.0.1.nip.io:${port}`, `[::1]:${port}`, `localhost:${port}.evil.example`];
  it.each(foreignHosts)('Host %j: 403 for reads and writes, nothing read or written', async (host) => {
    await changesNothing(async () => {
      const get = await rawRequest(port, { path: '/api/datasets/events', headers: { Host: host } });
      expect([get.status, get.json.error]).toEqual([403, 'forbidden']);
      expect(get.text).not.toContain('"title"');
      const res = await put(port, 'events', storeTitled('Rebound'), { Host: host, 'If-Match': sha256Etag(VALID_STORE) });
      expect(res.status).toBe(403);
      expect((await rawRequest(port, { path: '/', headers: { Host: host } })).status).toBe(403);
    });
  });

  const foreignOrigins = ['http://evil.example', 'null', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`, `http://localhost:${port}`];
  it.each(foreignOrigins)('Origin %s: 403 for reads and writes, nothing written', async (origin) => {
    await changesNothing(async () => {
      const get = await rawRequest(port, { path: '/api/datasets', headers: { Origin: origin } });
      expect(get.status).toBe(403);
      const res = await put(port, 'events', storeTitled('Forged'), { Origin: origin, 'If-Match': sha256Etag(VALID_STORE) });
      expect(res.status).toBe(403);
      const created = await put(port, 'planted', storeTitled('Planted'), { Origin: origin, 'If-None-Match': '*' });
      expect(created.status).toBe(403);
    });
  });

  it.each(['cross-site', 'same-site'])('Sec-Fetch-Site: %s: 403 on the API', async (site) => {
    await changesNothing(async () => {
      const res = await put(port, 'events', storeTitled('Forged'), { 'Sec-Fetch-Site': site, 'If-Match': sha256Etag(VALID_STORE) });
      expect(res.status).toBe(403);
      expect((await rawRequest(port, { path: '/api/datasets', headers: { 'Sec-Fetch-Site': site } })).status).toBe(403);
    });
  });

  it('accepts its own origin, under either of its names', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const res = await rawRequest(port, { path: '/api/datasets', headers: { Host: host, Origin: `http://${host}`, 'Sec-Fetch-Site': 'same-origin' } });
      expect(res.status).toBe(200);
    }
  });

  it('sends no CORS headers, even to a preflight', async () => {
    const preflight = await rawRequest(port, {
      method: 'OPTIONS',
      path: '/api/datasets/events',
      headers: { Origin: `http://127.0.0.1:${port}`, 'Access-Control-Request-Method': 'PUT' },
    });
    expect(preflight.status).toBe(405);
    for (const res of [preflight, await rawRequest(port, { path: '/api/datasets/events' }), await rawRequest(port, { path: '/' })]) {
      expect(Object.keys(res.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

describe('the built app', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', 'app'],
    ['/index.html', 'text/html; charset=utf-8', 'app'],
    ['/assets/app.js', 'text/javascript; charset=utf-8', 'console.log'],
    ['/assets/app.css', 'text/css; charset=utf-8', 'body'],
  ])('serves %s as %s', async (path, type, text) => {
    const res = await rawRequest(port, { path });
    expect([res.status, res.headers['content-type']]).toEqual([200, type]);
    expect(res.text).toContain(text);
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('serves /data/<name>.json from the live data folder, not from the build', async () => {
    const res = await rawRequest(port, { path: '/data/events.json' });
    expect(res.status).toBe(200);
    expect(res.text).toBe(readFileSync(join(ws.dataDir, 'events.json'), 'utf8'));
  });

  it('redirects / to /edit.html once the build has it', async () => {
    writeFileSync(join(ws.distDir, 'edit.html'), '<!doctype html><title>editor</title>');
    const res = await rawRequest(port, { path: '/' });
    expect([res.status, res.headers.location]).toEqual([302, '/edit.html']);
  });

  it('refuses to write to the build', async () => {
    await changesNothing(async () => {
      expect((await rawRequest(port, { method: 'PUT', path: '/index.html', body: 'x' })).status).toBe(405);
    });
  });
});
