/**
 * Runs the real save server (`scripts/edit.ts` under tsx, as `npm run edit` does after its
 * build) as a child process on a temporary data folder, and speaks raw HTTP to it: tests need
 * headers (Host) and paths (`..`) that fetch would refuse or rewrite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * The port for one test file: a base (SERVER_TEST_PORT, default 4425) plus the file's own
 * offset, so files run in parallel and two checkouts can move their range apart.
 */
export function testPort(offset: number): number {
  return Number(process.env.SERVER_TEST_PORT ?? 4425) + offset;
}

/** The small valid store from the fixtures, as text. */
export const VALID_STORE = readFileSync(join(projectRoot, 'test/fixtures/valid-minimal.json'), 'utf8');

/** A temporary workspace: `data/` with `events.json` and `other.json`, and a sibling `outside/`. */
export function makeWorkspace(): { root: string; dataDir: string; outside: string; distDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'save-server-'));
  const dataDir = join(root, 'data');
  const outside = join(root, 'outside');
  const distDir = join(root, 'dist');
  mkdirSync(dataDir);
  mkdirSync(outside);
  mkdirSync(join(distDir, 'assets'), { recursive: true });
  cpSync(join(projectRoot, 'test/fixtures/valid-minimal.json'), join(dataDir, 'events.json'));
  cpSync(join(projectRoot, 'test/fixtures/valid-minimal.json'), join(dataDir, 'other.json'));
  cpSync(join(projectRoot, 'data/events.schema.json'), join(dataDir, 'events.schema.json'));
  cpSync(join(projectRoot, 'test/fixtures/valid-minimal.json'), join(outside, 'secret.json'));
  return { root, dataDir, outside, distDir };
}

/** A digest of every file under `dir` (names, bytes and links), to show nothing changed. */
export function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      hash.update(`${relative(dir, path)}\0${entry.isSymbolicLink() ? 'link' : entry.isDirectory() ? 'dir' : 'file'}\0`);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) hash.update(readFileSync(path)).update(String(statSync(path).mtimeMs));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** A running server process. */
export interface ServerProcess {
  /** Its port on 127.0.0.1. */
  port: number;
  /** The process. */
  child: ChildProcess;
  /** Everything it printed to stderr so far. */
  stderr(): string;
  /** Stops it with `signal` and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `scripts/edit.ts` on `dataDir` and resolves once it listens. */
export function startServer(options: { dataDir: string; port: number; distDir?: string }): Promise<ServerProcess> {
  // `node --import tsx`, not the tsx command: that one runs the script in a child process of its
  // own, which a SIGKILL of the command would leave running.
  const args = ['--import', 'tsx', 'scripts/edit.ts', '--data', options.dataDir, '--port', String(options.port)];
  if (options.distDir) args.push('--dist', options.distDir);
  const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolveStart, reject) => {
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('listening on')) resolveStart({ port: options.port, child, stderr: () => err, stop });
    });
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening: ${err}`)));
  });
}

/** An answer as the test sees it. */
export interface RawResponse {
  /** HTTP status. */
  status: number;
  /** Headers, lower-case names. */
  headers: Record<string, string | string[] | undefined>;
  /** The body as text. */
  text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  json: any; // any: tests read the fields of each kind of answer directly
}

/** Sends one request with exactly these path and headers (Host defaults to 127.0.0.1:port). */
export function rawRequest(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          done({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

/** A PUT of a JSON body with the given condition headers. */
export function put(port: number, name: string, body: string, headers: Record<string, string>): Promise<RawResponse> {
  return rawRequest(port, { method: 'PUT', path: `/api/datasets/${name}`, body, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** The store text with a different title: a distinct, valid version. */
export function storeTitled(title: string): string {
  return JSON.stringify({ ...JSON.parse(VALID_STORE), title });
}

/** The bytes the server writes for a store: two-space JSON and a final newline. */
export function formatted(text: string): string {
  return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
}

/** The strong ETag of bytes, computed independently of the server's code. */
export function sha256Etag(bytes: string | Buffer): string {
  return `"sha256-${createHash('sha256').update(bytes).digest('base64url')}"`;
}
