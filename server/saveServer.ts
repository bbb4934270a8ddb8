/**
 * The server behind `npm run edit`: the built app and the save API on 127.0.0.1 only. Every
 * request passes the guard (Host, Origin, Sec-Fetch-Site) before anything is read from disk.
 */
import { createServer, type Server } from 'node:http';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { refusal } from './requestGuard';
import { createApi } from './api';
import { createStaticFiles } from './staticFiles';
import { removeStaleTemps } from './atomicWrite';
import { sendError } from './send';

/** Where the server reads and writes, and where it listens. */
export interface SaveServerOptions {
  /** The data folder: datasets are its `<name>.json` files. */
  dataDir: string;
  /** The built app to serve (dist/). */
  distDir: string;
  /** The port on 127.0.0.1 (0: any free port). */
  port: number;
}

/** A running save server. */
export interface SaveServer {
  /** The Node server. */
  server: Server;
  /** The port it listens on. */
  port: number;
  /** The real path of the data folder. */
  dataDir: string;
  /** Stops accepting requests and waits for the ones in flight. */
  close(): Promise<void>;
}

/** Starts the save server; rejects with a clear message when the folder or the port is unusable. */
export async function startSaveServer(options: SaveServerOptions): Promise<SaveServer> {
  const dataDir = await realFolder(options.dataDir);
  const distDir = await realpath(options.distDir).catch(() => options.distDir);
  await removeStaleTemps(dataDir);
  const history = join(dataDir, '.history');
  for (const name of await readdir(history).catch(() => [] as string[])) await removeStaleTemps(join(history, name));

  const api = createApi(dataDir);
  const serveStatic = createStaticFiles(distDir, dataDir);
  let port = options.port;
  const server = createServer(async (req, res) => {
    const raw = req.url ?? '';
    // Only origin-form targets ("/path"): an absolute URL here would name some other host.
    if (!raw.startsWith('/')) return sendError(res, 400, 'bad-request', 'the request target must be a path');
    const path = raw.split(/[?#]/)[0];
    const isApi = path === '/api' || path.startsWith('/api/');
    const refused = refusal(req.headers, port, isApi);
    if (refused) return sendError(res, 403, 'forbidden', refused);
    try {
      await (isApi ? api(req, res, path) : serveStatic(req, res, path));
    } catch (error) {
      console.error(error);
      if (!res.headersSent) sendError(res, 500, 'server-error', 'the server could not complete this request (see its console)');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'EADDRINUSE' ? `port ${options.port} on 127.0.0.1 is in use (choose another with --port)` : error.message)),
    );
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    port,
    dataDir,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function realFolder(path: string): Promise<string> {
  const real = await realpath(path).catch(() => {
    throw new Error(`the data folder ${path} does not exist`);
  });
  if (!(await stat(real)).isDirectory()) throw new Error(`${path} is not a folder`);
  return real;
}
