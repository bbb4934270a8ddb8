/**
 * Serves the built app (dist/) for the editor, read-only. A path is decoded once, must not hold
 * a `..`, a dot-file, a backslash or a NUL, and must resolve (links followed) inside the build
 * folder. `/data/<name>.json` is answered from the live data folder instead of the build's
 * copy, so the pages show what was last saved.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DATASET_NAME } from '../src/editor/saveProtocol';
import { readDataset } from './dataFolder';
import { SECURITY_HEADERS, sendJsonBytes } from './send';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Serves GET and HEAD requests for the build in `dist` and the datasets in `dataRoot`. */
export function createStaticFiles(dist: string, dataRoot: string) {
  return async function serveStatic(req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return plain(res, 400, 'Bad path');
    }
    if (/[\\\0]/.test(path) || path.split('/').some((part) => part.startsWith('.'))) return plain(res, 404, 'Not found');
    const data = /^\/data\/([^/]+)\.json$/.exec(path);
    if (data && DATASET_NAME.test(data[1])) {
      const version = await readDataset(dataRoot, data[1]).catch(() => undefined);
      return version ? sendJsonBytes(res, 200, version.bytes, { ETag: version.etag }) : plain(res, 404, 'Not found');
    }
    // The editor is what this server is for; until the build has one, `/` is the timeline.
    if (path === '/' && (await isFile(join(dist, 'edit.html')))) return plain(res, 302, 'Found', { Location: '/edit.html' });
    const file = await resolveInside(dist, path.endsWith('/') ? `${path}index.html` : path);
    if (!file) return plain(res, 404, 'Not found');
    const body = await readFile(file);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(body.byteLength),
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/** The real path of a plain file under `root`, or undefined when there is none inside it. */
async function resolveInside(root: string, path: string): Promise<string | undefined> {
  try {
    const real = await realpath(join(root, path));
    return real.startsWith(root + sep) && (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(text);
}
