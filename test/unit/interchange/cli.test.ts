// @vitest-environment node
/**
 * npm run import and npm run export, run for real (through tsx, as npm runs them) on files in
 * a temporary folder: exit codes, --force, no overwriting, atomic writes, and the file read
 * left untouched.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDataset } from '../../../src/data/validate';

// Each command starts tsx, about half a second alone and several seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

function run(script: 'import' | 'export', ...args: string[]) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', `scripts/${script}.ts`, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
const snapshot = (file: string) => ({ text: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs });

let dir: string;
let input: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'interchange-'));
  input = join(dir, 'sheet.csv');
  copyFileSync('test/fixtures/timelinejs/full-columns.csv', input);
});

describe('npm run import', () => {
  it('writes a valid store, reports each event on stderr, and leaves the input as it was', () => {
    const before = snapshot(input);
    const out = join(dir, 'store.json');
    const { code, out: stdout, err } = run('import', input, '--out', out, '--pair', 'ISR,AZE');
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(validateDataset(JSON.parse(readFileSync(out, 'utf8'))).ok).toBe(true);
    expect(err).toContain(`${input}: read as TimelineJS3 spreadsheet template (CSV)`);
    expect(err).toContain(`${input}: row 3 "relations-established-1992": changed: the start time of day (2:30 pm) is dropped; the store keeps 1992-04-07`);
    expect(err).toContain(`${input}: row 9: refused: Month 13 is not a month from 1 to 12`);
    expect(err).toContain(`${out}: written (6 events)`);
    expect(snapshot(input)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['sheet.csv', 'store.json']);
  });

  it('never replaces an existing file without --force, and replaces it with --force', () => {
    const out = join(dir, 'store.json');
    writeFileSync(out, 'precious');
    const refused = run('import', input, '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`${out}: already exists; give --force to replace it`);
    expect(readFileSync(out, 'utf8')).toBe('precious');
    const forced = run('import', input, '--out', out, '--force', '--pair', 'ARM,TUR');
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).pair).toEqual(['ARM', 'TUR']);
    expect(readdirSync(dir).sort()).toEqual(['sheet.csv', 'store.json']);
  });

  it('prints the store on stdout without --out, and writes nothing', () => {
    const { code, out } = run('import', input);
    expect(code).toBe(0);
    expect(JSON.parse(out).events).toHaveLength(6);
    expect(readdirSync(dir)).toEqual(['sheet.csv']);
  });

  it('refuses to write over the file it reads, even with --force', () => {
    const before = snapshot(input);
    const { code, err } = run('import', input, '--out', join(dir, '.', 'sheet.csv'), '--force');
    expect(code).toBe(2);
    expect(err).toContain('is the file being read');
    expect(snapshot(input)).toEqual(before);
  });

  it.each([
    [['--pair', 'ISR,XYZ'], '--pair: "XYZ" is not an ISO 3166-1 alpha-3 country code'],
    [['--source-url', 'ftp://x'], '--source-url must be a full http:// or https:// address'],
    [['--colour', 'red'], "Unknown option '--colour'"],
  ])('exits 2 on bad arguments %j', (args, message) => {
    const { code, err } = run('import', input, ...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('exits 2 when the input cannot be read', () => {
    const { code, err } = run('import', join(dir, 'missing.json'));
    expect(code).toBe(2);
    expect(err).toContain('missing.json: cannot be read (no such file)');
  });

  it('exits 1 and writes nothing when no valid store can be made', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"events": [{"start_date": {"year": "-44"}, "text": {"headline": "Ides of March"}}]}');
    const out = join(dir, 'out.json');
    const { code, err } = run('import', bad, '--out', out);
    expect(code).toBe(1);
    expect(err).toContain(`${bad}: events[0]: refused: start_date is in year -44`);
    expect(err).toContain(`${bad}: nothing was written`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('npm run export', () => {
  it('exports CSV that imports back to the same store as the JSON export', () => {
    const csv = join(dir, 'events.csv');
    expect(run('export', '--format', 'csv', '--out', csv).code).toBe(0);
    const json = run('export', 'data/events.json', '--format', 'json');
    expect(json.code).toBe(0);
    const back = run('import', csv);
    expect(back.code).toBe(0);
    // The CSV has no place for "$schema", a pointer to a file rather than part of the data.
    const { $schema, ...exported } = JSON.parse(json.out);
    expect($schema).toBe('./events.schema.json');
    expect(JSON.parse(back.out)).toEqual(exported);
    expect(back.out).toBe(`${JSON.stringify(exported, null, 2)}\n`);
  });

  it('names the schema when it writes beside one, as in data/', () => {
    copyFileSync('data/events.schema.json', join(dir, 'events.schema.json'));
    const out = join(dir, 'imported.json');
    expect(run('import', input, '--out', out).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).$schema).toBe('./events.schema.json');
  });

  it('exits 1 on an invalid store with the validator’s lines, 2 on bad arguments or an existing file', () => {
    const invalid = run('export', 'test/fixtures/invalid/end-before-start.json', '--format', 'csv');
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain('test/fixtures/invalid/end-before-start.json: events[1] "arms-deal-2012" end: end 2011 is before start 2012');
    expect(invalid.out).toBe('');
    const noFormat = run('export');
    expect(noFormat.code).toBe(2);
    expect(noFormat.err).toContain('--format is needed');
    const existing = join(dir, 'x.json');
    writeFileSync(existing, 'keep');
    const clobber = run('export', '--format', 'timelinejs', '--out', existing);
    expect(clobber.code).toBe(2);
    expect(readFileSync(existing, 'utf8')).toBe('keep');
  });

  it('says that a TimelineJS3 export leaves the stories out', () => {
    const out = join(dir, 'timeline.json');
    const { code, err } = run('export', '--format', 'timelinejs', '--out', out);
    expect(code).toBe(0);
    expect(err).toMatch(/^data\/events\.json: \d+ stor(y is|ies are) left out: TimelineJS3 has no place for them \(json and csv keep them\)$/m);
    expect(JSON.parse(readFileSync(out, 'utf8')).events.length).toBeGreaterThan(0);
  });

  it('refuses to write over the store it reads', () => {
    const store = join(dir, 'store.json');
    copyFileSync('data/events.json', store);
    const before = snapshot(store);
    const { code } = run('export', store, '--format', 'json', '--out', store, '--force');
    expect(code).toBe(2);
    expect(snapshot(store)).toEqual(before);
  });
});
