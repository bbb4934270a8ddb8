// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `npm run validate -- args` the way a person would (through tsx, without npm's noise). */
function validate(...files: string[]) {
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/validate.ts', ...files], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run validate', () => {
  it('exits 0 on the default dataset', () => {
    const { code, out } = validate();
    expect(code).toBe(0);
    expect(out).toMatch(/^data\/events\.json: valid \(\d+ events\)/);
  });

  it('exits 1 and prints one line per problem, naming file, path and event', () => {
    const { code, err } = validate('test/fixtures/invalid/end-before-start.json');
    expect(code).toBe(1);
    expect(err).toContain('test/fixtures/invalid/end-before-start.json: events[1] "arms-deal-2012" end: end 2011 is before start 2012');
  });

  it('reports structural and cross-reference problems of different events in one run, with the count', () => {
    const data = JSON.parse(readFileSync('test/fixtures/valid-minimal.json', 'utf8'));
    data.events[0].certainty = 'rumoured';
    data.events[1].category = 'trade';
    const file = join(mkdtempSync(join(tmpdir(), 'validate-')), 'two.json');
    writeFileSync(file, JSON.stringify(data));
    const { code, err } = validate(file);
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toEqual([
      `${file}: events[0] "recognition" certainty: certainty must be one of: confirmed, reported, alleged, disputed (found "rumoured")`,
      `${file}: events[1] "arms-deal-2012" category: category "trade" is not in categories`,
      `${file}: 2 problems`,
    ]);
  });

  it('reports malformed JSON with line and column', () => {
    const { code, err } = validate('test/fixtures/invalid/malformed-json.json');
    expect(code).toBe(1);
    expect(err).toContain('line 4, column 1');
  });

  it('exits 2 when a file cannot be read, and still checks the others', () => {
    const { code, out, err } = validate('no/such/file.json', 'test/fixtures/valid-minimal.json');
    expect(code).toBe(2);
    expect(err).toContain('no/such/file.json: cannot be read (no such file)');
    expect(out).toContain('test/fixtures/valid-minimal.json: valid (2 events)');
  });

  it('never modifies the files it reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    const file = join(dir, 'copy.json');
    copyFileSync('test/fixtures/invalid/unknown-field.json', file);
    const before = { text: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs };
    validate(file);
    expect(readFileSync(file, 'utf8')).toBe(before.text);
    expect(statSync(file).mtimeMs).toBe(before.mtime);
  });
});
