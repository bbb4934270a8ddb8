/**
 * npm run fuzz [-- runs]
 * Runs the property tests (test/properties) longer than `npm test` does: FUZZ_RUNS cases per
 * property (default 10,000; or the number given), then prints how many cases each one ran, its
 * seed and its time. A failure prints fast-check's counterexample and the seed and path to
 * replay it: FUZZ_SEED=<seed> FUZZ_PATH=<path> npm run fuzz.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? process.env.FUZZ_RUNS ?? '10000';
const dir = mkdtempSync(join(tmpdir(), 'fuzz-'));
const report = join(dir, 'report.jsonl');

console.log(`Property tests, ${Number(runs).toLocaleString('en')} cases each\n`);
const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', 'test/properties', '--testTimeout=3600000'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_REPORT: report },
});

interface Line {
  name: string;
  cases: number;
  skipped: number;
  seed: number;
  ms: number;
  failed: boolean;
}
const lines: Line[] = existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line) : [];
rmSync(dir, { recursive: true, force: true });
if (lines.length) {
  const width = Math.max(...lines.map((l) => l.name.length));
  console.log(`\n${'property'.padEnd(width)}  ${'cases'.padStart(8)}  ${'time'.padStart(8)}  seed`);
  for (const l of lines) {
    console.log(`${l.name.padEnd(width)}  ${l.cases.toLocaleString('en').padStart(8)}  ${`${(l.ms / 1000).toFixed(1)} s`.padStart(8)}  ${l.seed}${l.failed ? '  FAILED' : ''}`);
  }
  const total = lines.reduce((sum, l) => sum + l.cases, 0);
  console.log(`\n${lines.length} properties, ${total.toLocaleString('en')} cases in all`);
}
process.exit(run.status ?? 1);
