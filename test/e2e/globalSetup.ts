/**
 * Builds the app once and serves it with Vite's preview server for the end-to-end tests, on
 * two ports: the app itself, and a second origin used as a host page for embedding tests, for
 * other sites' data, and for servers that misbehave (hardInputs.ts).
 */
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { makeSyntheticDataset } from '../../bench/synthetic';
import { resolve } from 'node:path';
import { serveHardInput } from './hardInputs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    hostUrl: string;
  }
}

// Ports can be moved (E2E_APP_PORT, E2E_HOST_PORT) so that two checkouts can run their suites at once.
const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4391);
/** The seed of the synthetic dataset the scale tests load. */
export const SYNTHETIC_SEED = 20251128;
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4392);

let server: PreviewServer | undefined;
let host: Server | undefined;

export async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, which would make React (and Vite) build for development: the
  // end-to-end tests must run what readers get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  // 10,000 synthetic events, served from the app's own origin, for the scale tests.
  mkdirSync('dist/e2e-data', { recursive: true });
  writeFileSync('dist/e2e-data/synthetic-10000.json', JSON.stringify(makeSyntheticDataset(SYNTHETIC_SEED, 10_000)));
  server = await preview({ logLevel: 'warn', preview: { port: APP_PORT, host: '127.0.0.1', strictPort: true, cors: true } });
  project.provide('baseUrl', `http://127.0.0.1:${APP_PORT}`);

  // A plain static server on another port plays the news site: it serves only the pages in
  // test/e2e/host/, which embed the app from the other origin.
  host = createServer((req, res) => {
    // Servers that misbehave: stalls, web pages, bodies cut short, redirects, odd encodings.
    if (serveHardInput(req, res, HOST_PORT)) return;
    const name = (req.url ?? '/').split('?')[0].replace(/^\//, '') || 'index.html';
    try {
      // A page made of whatever snippet the test passes, as a newsroom pasting the embed code.
      if (name === 'pasted') {
        const snippet = new URL(req.url ?? '/', 'http://host').searchParams.get('snippet') ?? '';
        const page = readFileSync(resolve(import.meta.dirname, 'host', 'pasted.template'), 'utf8').replace('{{SNIPPET}}', snippet);
        return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
      }
      if (/^[\w.-]+\.html$/.test(name)) {
        const html = readFileSync(resolve(import.meta.dirname, 'host', name), 'utf8').replaceAll('{{APP}}', `http://127.0.0.1:${APP_PORT}`);
        return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
      }
      // Test datasets, served with CORS as another site's data would be.
      if (/^fixtures\/(invalid\/)?[\w.-]+\.json$/.test(name)) {
        const body = readFileSync(resolve(import.meta.dirname, '..', name));
        return void res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }).end(body);
      }
      res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
    } catch {
      res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
    }
  });
  await new Promise<void>((done) => host!.listen(HOST_PORT, '127.0.0.1', done));
  project.provide('hostUrl', `http://127.0.0.1:${HOST_PORT}`);
}

export async function teardown() {
  await new Promise<void>((done) => (server ? server.httpServer.close(() => done()) : done()));
  host?.closeAllConnections(); // the stalling server's answers never end on their own
  await new Promise<void>((done) => (host ? host.close(() => done()) : done()));
}
