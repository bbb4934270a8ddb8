/**
 * The save API under /api/: list the datasets, read one with its ETag, and save one with a
 * conditional PUT. Saves run one at a time through a queue, and the version check happens inside
 * it, so of many PUTs naming the same version exactly one wins and the others get 412 with what
 * is on disk now. A body is parsed and validated (with the same validator as `npm run validate`)
 * before it queues; an invalid store never reaches the disk.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseJson } from '../src/data/parseJson';
import { validateDataset } from '../src/data/validate';
import { DATASET_NAME, MAX_BODY_BYTES, diskVersion, type SavedBody } from '../src/editor/saveProtocol';
import { checkPreconditions } from './etag';
import { isJsonContentType, readBody } from './requestBody';
import { NotPlainFileError, listDatasets, readDataset, writeDataset } from './dataFolder';
import { sendError, sendJson, sendJsonBytes } from './send';

/** Handles one request whose path starts with /api/. */
export type ApiHandler = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>;

/** The API over the data folder `root` (an absolute, real path). */
export function createApi(root: string): ApiHandler {
  const inQueue = createSerialQueue();

  async function save(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const ifMatch = req.headers['if-match'];
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifMatch === undefined && ifNoneMatch === undefined) {
      return sendError(res, 428, 'precondition-required', 'send If-Match with the ETag you opened, or If-None-Match: * to create a new dataset');
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      return sendError(res, 400, 'bad-request', 'the body must be sent as Content-Type: application/json (UTF-8)');
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (!body.ok) return sendError(res, body.status, body.status === 413 ? 'too-large' : 'bad-request', body.message);
    const parsed = parseJson(body.text);
    if (!parsed.ok) return sendError(res, 400, 'bad-request', `the body is ${parsed.problem.message}`);
    const validation = validateDataset(parsed.value);
    if (!validation.ok) {
      return sendError(res, 422, 'invalid-store', `the store has ${validation.problems.length} problem(s); nothing was written`, { problems: validation.problems });
    }
    // The same layout as the shipped file, so a save through the editor makes a readable diff.
    const bytes = Buffer.from(`${JSON.stringify(parsed.value, null, 2)}\n`);
    await inQueue(async () => {
      const current = await readDataset(root, name);
      if (checkPreconditions(ifMatch, ifNoneMatch, current?.etag) === 'failed') {
        const message = !current
          ? `there is no dataset ${name} to replace`
          : ifNoneMatch !== undefined && ifMatch === undefined
            ? `a dataset named ${name} already exists`
            : `${name} changed on disk since it was opened: compare the two versions before saving again`;
        const version = current ? diskVersion(current.bytes.toString('utf8'), current.etag) : null;
        return sendError(res, 412, 'precondition-failed', message, { current: version }, current ? { ETag: current.etag } : {});
      }
      const etag = current?.bytes.equals(bytes) ? current.etag : await writeDataset(root, name, bytes, current);
      const saved: SavedBody = { name, etag, created: current === undefined };
      sendJson(res, current ? 200 : 201, saved, { ETag: etag, ...(current ? {} : { Location: `/api/datasets/${name}` }) });
    });
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    if (path === '/api/datasets') {
      if (method !== 'GET' && method !== 'HEAD') return sendError(res, 405, 'method-not-allowed', `${method} is not allowed here`, {}, { Allow: 'GET, HEAD' });
      return sendJson(res, 200, { datasets: await listDatasets(root) });
    }
    if (!path.startsWith('/api/datasets/')) return sendError(res, 404, 'not-found', `no such API: ${path}`);
    const name = decodeName(path.slice('/api/datasets/'.length));
    if (name === undefined) return sendError(res, 400, 'bad-name', `a dataset name is made of a-z, 0-9 and "-" only (at most 100)`);
    if (method === 'PUT') return save(req, res, name);
    if (method !== 'GET' && method !== 'HEAD') return sendError(res, 405, 'method-not-allowed', `${method} is not allowed here`, {}, { Allow: 'GET, HEAD, PUT' });
    const version = await readDataset(root, name);
    if (!version) return sendError(res, 404, 'not-found', `there is no dataset ${name}`);
    sendJsonBytes(res, 200, version.bytes, { ETag: version.etag });
  }

  return async (req, res, path) => {
    try {
      await route(req, res, path);
    } catch (error) {
      if (error instanceof NotPlainFileError) return sendError(res, 403, 'forbidden', error.message);
      console.error(error);
      if (!res.headersSent) sendError(res, 500, 'server-error', 'the server could not complete this request (see its console)');
    }
  };
}

/** The name in a raw path segment, or undefined: anything but DATASET_NAME after decoding. */
function decodeName(segment: string): string | undefined {
  let name: string;
  try {
    name = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  return DATASET_NAME.test(name) ? name : undefined;
}

/** Runs tasks one after another, in the order they were queued, whatever each one's outcome. */
function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => {});
    return run;
  };
}
