/**
 * Servers that misbehave, for the end-to-end tests of hard inputs: the host server (another
 * origin, with CORS) answers /hard/<name> with each of them. The list of inputs, with the state
 * each must end in, is shared with test/e2e/hardInputs.test.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeSyntheticDataset } from '../../bench/synthetic';

/** One hard input and the state the page must reach with it. */
export interface HardInput {
  /** Served at /hard/<name>. */
  name: string;
  /** `ready` or `error`. */
  ends: 'ready' | 'error';
  /** Words the error panel must show, or the origin the notice must name. */
  shows?: RegExp;
}

/** Every hard input, in the order the tests load them. */
export const HARD_INPUTS: HardInput[] = [
  { name: 'deep.json', ends: 'error', shows: /nested too deeply at line 1, column 101/ },
  { name: 'long-strings.json', ends: 'ready' },
  { name: 'bidi.json', ends: 'ready' },
  { name: 'proto.json', ends: 'error', shows: /"__proto__" is not a field of the format/ },
  { name: 'duplicate-keys.json', ends: 'error', shows: /the key "title" is given more than once/ },
  // Over 1 MB, so read in slices with the scan in a worker (on the page) beside the early validation.
  { name: 'large-duplicate-keys.json', ends: 'error', shows: /events\[2000\] "[^"]+" title: the key "title" is given more than once/ },
  { name: 'large-deep.json', ends: 'error', shows: /nested too deeply at line 1, column 101/ },
  { name: 'bom.json', ends: 'ready' },
  { name: 'utf16le.json', ends: 'ready' },
  { name: 'utf16be.json', ends: 'ready' },
  { name: 'windows-1252.json', ends: 'error', shows: /not valid UTF-8 text at line \d+/ },
  { name: 'cut-short.json', ends: 'error', shows: /the file ends too soon/ },
  { name: 'short-body.json', ends: 'error', shows: /the file ends too soon: the connection closed after/ },
  { name: 'web-page.json', ends: 'error', shows: /the server answered with a web page, not JSON/ },
  { name: 'redirect.json', ends: 'ready', shows: /This data comes from http:\/\/localhost:\d+, not from this site\./ },
  { name: 'not-found.json', ends: 'error', shows: /the server answered 404/ },
];

const CORS = { 'Access-Control-Allow-Origin': '*' };
const FIXTURE = readFileSync(resolve(import.meta.dirname, '..', 'fixtures', 'valid-minimal.json'), 'utf8');

/** The fixture with these changes to its first event. */
function withFirstEvent(change: (event: Record<string, unknown>) => void): string {
  const data = JSON.parse(FIXTURE);
  change(data.events[0]);
  return JSON.stringify(data, null, 2);
}

const utf16 = (text: string, bigEndian: boolean) => {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return bigEndian ? le.swap16() : le;
};

let big: Buffer | undefined;
/** About 50 MB: 113,000 synthetic events, made once on first request. */
function bigDataset(): Buffer {
  return (big ??= Buffer.from(JSON.stringify(makeSyntheticDataset(20251128, 113_000))));
}

/** Answers /hard/<name> requests; returns false for any other path. `hostPort` names the other host name for the redirect. */
export function serveHardInput(req: IncomingMessage, res: ServerResponse, hostPort: number): boolean {
  const name = (req.url ?? '').split('?')[0].replace(/^\/hard\//, '');
  if (name === req.url?.split('?')[0]) return false;
  const json = (body: string | Buffer, headers: Record<string, string> = {}) =>
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), ...CORS, ...headers }).end(body);
  switch (name) {
    case 'deep.json':
      return json('['.repeat(100_000) + ']'.repeat(100_000)), true;
    case 'long-strings.json':
      return json(withFirstEvent((e) => {
        e.title = `${'very long title '.repeat(3_000)}${'x'.repeat(20_000)}end`;
        e.summary = `S${'word '.repeat(200_000)}end`;
        (e.sources as { quote: string }[])[0].quote = `https://example.org/${'a'.repeat(50_000)}`;
      })), true;
    case 'bidi.json': {
      // Overrides left open, in every kind of text a person writes, and zero-width characters.
      const data = JSON.parse(withFirstEvent((e) => ((e.title = '\u202Eevil title \u2066open isolate zero\u200Bwidth\u200D'), (e.summary = 'עברית \u202Breversed and \u061Carabic mark'))));
      data.categories.forEach((c: { label: string }) => (c.label = `\u202E${c.label}`));
      data.actors.forEach((a: { name: string }) => (a.name = `\u202E${a.name}`));
      data.sources.forEach((x: { publisher: string }) => (x.publisher = `\u202E${x.publisher}`));
      data.title = `\u202E${data.title}`;
      return json(JSON.stringify(data)), true;
    }
    case 'proto.json':
      return json(FIXTURE.replace('{', '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},')), true;
    case 'duplicate-keys.json':
      return json(FIXTURE.replace('"title": "Recognition"', '"title": "Hidden", "title": "Recognition"')), true;
    case 'large-duplicate-keys.json': {
      const data = makeSyntheticDataset(20251128, 3_000);
      const text = JSON.stringify(data.events[2000]);
      const body = JSON.stringify(data).replace(text, text.replace('"title":', '"title":"Hidden","title":'));
      return json(body), true;
    }
    case 'large-deep.json':
      return json('['.repeat(600_000) + ']'.repeat(600_000)), true;
    case 'bom.json':
      return json(`\uFEFF${FIXTURE}`), true;
    case 'utf16le.json':
      return json(utf16(FIXTURE, false), { 'Content-Type': 'application/json; charset=utf-16' }), true;
    case 'utf16be.json':
      return json(utf16(FIXTURE, true), { 'Content-Type': 'application/json; charset=utf-16' }), true;
    case 'windows-1252.json':
      return json(Buffer.from(FIXTURE.replace('Recognition', 'Recogni\u00e7\u00e3o'), 'latin1')), true;
    case 'cut-short.json':
      return json(FIXTURE.slice(0, FIXTURE.length / 2)), true;
    case 'short-body.json': {
      // Announces the whole file, sends half, and closes the connection.
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(FIXTURE.length), ...CORS });
      res.write(FIXTURE.slice(0, FIXTURE.length / 2));
      setTimeout(() => res.destroy(), 50);
      return true;
    }
    case 'web-page.json':
      return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...CORS }).end('<!doctype html><title>Sign in</title><p>Please sign in.</p>'), true;
    case 'redirect.json':
      // To the same server under another name: another origin, as a CDN redirect would be.
      return res.writeHead(302, { Location: `http://localhost:${hostPort}/fixtures/valid-minimal.json`, ...CORS }).end(), true;
    case 'stall.json':
      // Headers, then nothing, ever: the page must give up on its own. Closed at teardown.
      res.writeHead(200, { 'Content-Type': 'application/json', ...CORS });
      res.write('{"version": 1,');
      return true;
    case 'big.json': {
      // 50 MB, sent 2 MB at a time a little apart, so the download takes long enough to show progress.
      const body = bigDataset();
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length), ...CORS });
      let at = 0;
      const next = () => {
        if (res.destroyed) return;
        if (at >= body.length) return void res.end();
        res.write(body.subarray(at, (at += 2_000_000)));
        setTimeout(next, 40);
      };
      next();
      return true;
    }
    default:
      return res.writeHead(404, CORS).end(), true;
  }
}
