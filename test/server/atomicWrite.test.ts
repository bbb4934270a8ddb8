// writeFileAtomic never writes into the file it replaces (a crash leaves the old bytes or the
// new ones), and a dead server's temporary files are cleared without touching a live one's.
import { describe, expect, it, vi } from 'vitest';
import { linkSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeStaleTemps, writeFileAtomic } from '../../server/atomicWrite';

const folder = () => mkdtempSync(join(tmpdir(), 'atomic-'));

describe('writeFileAtomic', () => {
  it('replaces the name with a new file: a hard link to the old one keeps the old bytes', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'events.json'), 'old');
    linkSync(join(dir, 'events.json'), join(dir, 'kept'));
    const inode = statSync(join(dir, 'events.json')).ino;
    await writeFileAtomic(join(dir, 'events.json'), Buffer.from('new'));
    expect(readFileSync(join(dir, 'events.json'), 'utf8')).toBe('new');
    expect(readFileSync(join(dir, 'kept'), 'utf8')).toBe('old');
    expect(statSync(join(dir, 'events.json')).ino).not.toBe(inode);
  });

  it('leaves no temporary file behind, and many writes in a row keep the last', async () => {
    const dir = folder();
    for (let i = 0; i < 20; i++) await writeFileAtomic(join(dir, 'events.json'), Buffer.from(String(i)));
    expect(readdirSync(dir)).toEqual(['events.json']);
    expect(readFileSync(join(dir, 'events.json'), 'utf8')).toBe('19');
  });

  it('skips a temporary name that is taken instead of writing into it, and gives up after a few', async () => {
    vi.resetModules(); // a fresh module: its counter starts at 0 again
    const fresh = await import('../../server/atomicWrite');
    const dir = folder();
    const plant = (from: number, to: number) => {
      for (let n = from; n < to; n++) writeFileSync(join(dir, `.events.json.tmp-${process.pid}-${n}`), 'planted');
    };
    plant(0, 5);
    await fresh.writeFileAtomic(join(dir, 'events.json'), Buffer.from('new'));
    expect(readFileSync(join(dir, 'events.json'), 'utf8')).toBe('new');
    plant(5, 40);
    await expect(fresh.writeFileAtomic(join(dir, 'events.json'), Buffer.from('newer'))).rejects.toThrow(/EEXIST/);
    expect(readFileSync(join(dir, 'events.json'), 'utf8')).toBe('new');
    const planted = readdirSync(dir).filter((name) => name.includes('.tmp-'));
    expect(planted).toHaveLength(40);
    expect(planted.every((name) => readFileSync(join(dir, name), 'utf8') === 'planted')).toBe(true);
  });
});

describe('removeStaleTemps', () => {
  it("removes a dead process's temporary files, keeps a live one's and everything else", async () => {
    const dir = folder();
    const dead = 2 ** 22 + 12345; // above Linux's pid_max: no process has it
    const files = [`.events.json.tmp-${dead}-0`, `.events.json.tmp-${process.ppid}-3`, 'events.json', '.events.json.tmp-notapid', 'x.tmp-1-1'];
    for (const name of files) writeFileSync(join(dir, name), '{}');
    expect(await removeStaleTemps(dir)).toEqual([`.events.json.tmp-${dead}-0`]);
    expect(readdirSync(dir).sort()).toEqual(files.slice(1).sort());
  });

  it('names temporary files so that no dataset listing takes them for one', async () => {
    const dir = folder();
    writeFileSync(join(dir, `.events.json.tmp-${process.pid}-0`), 'x');
    expect(readdirSync(dir).filter((name) => /^[a-z0-9-]+\.json$/.test(name))).toEqual([]);
  });
});
