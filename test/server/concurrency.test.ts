// Saves run one at a time, and the version check runs inside that queue: of many PUTs naming
// the same version exactly one wins. A server killed in the middle of a burst of writes leaves
// a dataset that parses and validates, and no half-written file that looks like a dataset.
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset } from '../../src/data/validate';
import { makeSyntheticDataset } from '../../bench/synthetic';
import { formatted, makeWorkspace, put, rawRequest, sha256Etag, startServer, testPort, type ServerProcess } from './serverProcess';

const port = testPort(2);
let server: ServerProcess | undefined;
afterEach(() => server?.stop());

/** The shipped dataset (about 100 KB) with another title: a realistic, valid version. */
const shipped = readFileSync(join(import.meta.dirname, '../../data/events.json'), 'utf8');
const version = (title: string) => JSON.stringify({ ...JSON.parse(shipped), title });

describe('fifty concurrent saves of the same version', () => {
  it('give exactly one 200 and forty-nine 412, and the file is the winner', async () => {
    const { dataDir } = makeWorkspace();
    writeFileSync(join(dataDir, 'events.json'), shipped);
    server = await startServer({ dataDir, port });
    const sent = Array.from({ length: 50 }, (_, i) => version(`Version ${i}`));
    const answers = await Promise.all(sent.map((body) => put(port, 'events', body, { 'If-Match': sha256Etag(shipped) })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(49);
    const winner = sent[statuses.indexOf(200)];
    const onDisk = readFileSync(join(dataDir, 'events.json'), 'utf8');
    expect(onDisk).toBe(formatted(winner));
    // Every loser was told what is on disk now: the winner's version.
    for (const answer of answers.filter((a) => a.status === 412)) expect(answer.json.current.etag).toBe(sha256Etag(onDisk));
    expect(readdirSync(join(dataDir, '.history', 'events'))).toHaveLength(1);
  });
});

describe('a server killed (SIGKILL) in the middle of a burst of writes', () => {
  // Big versions (5,000 events, about 3 MB each) so that each write takes long enough for a kill
  // to land inside one; killed after the 1st, 3rd and 6th answer and a few milliseconds more.
  const big = JSON.stringify(makeSyntheticDataset(20261201, 5_000));
  const sent = Array.from({ length: 16 }, (_, i) => JSON.stringify({ ...JSON.parse(big), title: `Burst ${i}` }));
  const original = formatted(big);

  it.each([
    [1, 0],
    [3, 5],
    [6, 12],
  ])('leaves a dataset that validates when killed after %i saves and %i ms', async (killAfter, delay) => {
    const { dataDir } = makeWorkspace();
    writeFileSync(join(dataDir, 'events.json'), original);
    server = await startServer({ dataDir, port });
    let answered = 0;
    const killed = new Promise<void>((resolve) => {
      for (const body of sent) {
        // If-Match: * replaces whatever is there, so every PUT in the queue writes.
        put(port, 'events', body, { 'If-Match': '*' }).then(
          (answer) => {
            if (answer.status === 200 && ++answered === killAfter) setTimeout(() => resolve(server!.stop('SIGKILL')), delay);
          },
          () => {}, // requests cut off by the kill
        );
      }
    });
    await killed;
    expect(answered).toBeLessThan(sent.length);

    const onDisk = readFileSync(join(dataDir, 'events.json'), 'utf8');
    expect(validateDataset(JSON.parse(onDisk)).ok).toBe(true);
    expect([original, ...sent.map(formatted)]).toContain(onDisk);
    // Every earlier version kept is whole, too.
    for (const file of readdirSync(join(dataDir, '.history', 'events'))) {
      if (file.endsWith('.json')) expect(validateDataset(JSON.parse(readFileSync(join(dataDir, '.history', 'events', file), 'utf8'))).ok).toBe(true);
    }
    // Nothing left behind looks like a dataset: only the files that were there, and temp files
    // (if the kill caught one) named so that no listing takes them for one.
    const files = readdirSync(dataDir).filter((name) => name !== '.history');
    const leftovers = files.filter((name) => !['events.json', 'other.json', 'events.schema.json'].includes(name));
    for (const name of leftovers) expect(name).toMatch(/^\.events\.json\.tmp-\d+-\d+$/);

    // A new server lists the same datasets, serves what is on disk and clears the dead one's temp files.
    server = await startServer({ dataDir, port });
    expect((await rawRequest(port, { path: '/api/datasets' })).json.datasets).toEqual(['events', 'other']);
    expect((await rawRequest(port, { path: '/api/datasets/events' })).headers.etag).toBe(sha256Etag(onDisk));
    expect(readdirSync(dataDir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});
