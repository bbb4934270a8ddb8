/**
 * Builds the app for production into a temporary folder and serves it with Vite's preview
 * server, together with the benchmark's datasets and the vis-timeline pages, all from one
 * origin (so the app shows no foreign-data notice and vis-timeline needs no CORS).
 *
 * Vite's preview server gzips responses on the fly. That is kept for the app's own files (a
 * real host compresses them too), but the datasets under /bench-data/ are sent as they are:
 * compressing 45 MB per request would put the server's CPU time into the page's load on a
 * two-core machine, where a real host would send a file compressed once.
 *
 * A second server on another port (another origin) sends the same datasets with CORS, for the
 * page loading `?data=` from elsewhere, as an embed reading a dataset hosted by someone else does.
 *
 * The build goes to a temporary folder rather than dist/ because the end-to-end tests build
 * into dist/ too, and a test run in between would wipe the benchmark's files mid-run.
 */
import { build, preview, type Plugin, type PreviewServer } from 'vite';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** A built app being served, and where its files are. */
export interface BenchServer {
  /** The origin, e.g. http://127.0.0.1:4501. */
  origin: string;
  /** The folder the build went to; files written here are served at the origin's root. */
  outDir: string;
  /** Stops the server and deletes the folder. */
  close(): Promise<void>;
}

/** Runs `vite build` with mode and NODE_ENV 'production' into a fresh temporary folder (unminified for profiles when asked). */
export async function buildApp({ minify = true }: { minify?: boolean } = {}): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'timeline-bench-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production'; // or React may be bundled for development
  try {
    await build({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true, manifest: true, ...(minify ? {} : { minify: false }) } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}

/** Sends files under /bench-data/ uncompressed, ahead of the preview server's compression; the vis page without our CSP. */
function rawBenchData(outDir: string): Plugin {
  return {
    name: 'bench-data-raw',
    configurePreviewServer(server) {
      // The vis-timeline page is the comparison, not our product: it runs without our pages'
      // Content-Security-Policy (its inline script and vis-timeline's inline styles would be refused).
      server.middlewares.use('/bench-vis/', (_req, res, next) => {
        res.removeHeader('Content-Security-Policy');
        next();
      });
      server.middlewares.use('/bench-data/', (req, res, next) => {
        const name = (req.url ?? '').split('?')[0].replace(/^\//, '');
        if (!/^[\w.-]+\.json$/.test(name)) return next();
        const file = join(outDir, 'bench-data', name);
        try {
          const { size } = statSync(file);
          res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': size, 'Access-Control-Allow-Origin': '*' });
          createReadStream(file).pipe(res);
        } catch {
          next();
        }
      });
    },
  };
}

/** Serves outDir with `vite preview` (CORS on; datasets uncompressed) on the first free port from `port`. */
export async function serveBuild(outDir: string, port = 4501): Promise<BenchServer> {
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    plugins: [rawBenchData(outDir)],
    preview: { host: '127.0.0.1', port, strictPort: false, cors: true },
  });
  const address = server.httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    outDir,
    async close() {
      await new Promise<void>((done) => server.httpServer.close(() => done()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** A file's size in bytes, or null when it is not there. */
function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

/** The datasets under `<outDir>/bench-data/`, served on another port (another origin) with CORS. */
export interface DataServer {
  /** The origin, e.g. http://127.0.0.1:4602. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `<outDir>/bench-data/*.json` read-only from 127.0.0.1 on a free port, uncompressed,
 * with `Access-Control-Allow-Origin: *`: a plain GET needs no preflight. Other paths get 404;
 * names are one path segment, so nothing outside the folder is reachable.
 */
export async function serveDataElsewhere(outDir: string): Promise<DataServer> {
  const server = createServer((req, res) => {
    const match = /^\/bench-data\/([\w.-]+\.json)$/.exec((req.url ?? '').split('?')[0]);
    const file = match && !match[1].startsWith('.') ? join(outDir, 'bench-data', match[1]) : null;
    const size = file && req.method === 'GET' ? sizeOf(file) : null;
    if (!file || size === null) {
      res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': size, 'Access-Control-Allow-Origin': '*' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
