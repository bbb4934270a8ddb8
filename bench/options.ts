/**
 * What `npm run bench` measures, from the environment: the full run by default, or a reduced
 * one while developing (BENCH_SIZES=40,10000 BENCH_RUNS=1 BENCH_VIS=0). A reduced run writes
 * bench/results/reduced.{json,md}, never latest.*, so the committed results stay a full run.
 */

/** The full run's dataset sizes and runs per page and size. */
export const FULL_SIZES = [40, 1_000, 10_000, 100_000];
export const FULL_RUNS = 3;

/** The benchmark's settings. */
export interface BenchOptions {
  sizes: number[];
  runs: number;
  /** Measure vis-timeline beside ours. */
  vis: boolean;
  /** What was left out, in words; null for a full run. */
  reduced: string | null;
}

/** Reads BENCH_SIZES (comma-separated event counts), BENCH_RUNS (1–9) and BENCH_VIS (0 to skip); throws on a bad value. */
export function benchOptions(env: Record<string, string | undefined>): BenchOptions {
  const sizes = env.BENCH_SIZES ? env.BENCH_SIZES.split(',').map((s) => Number(s.trim().replace(/_/g, ''))) : FULL_SIZES;
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 1_000_000)) {
    throw new Error(`BENCH_SIZES must list event counts from 1 to 1,000,000, e.g. 40,10000 (got "${env.BENCH_SIZES}")`);
  }
  const runs = env.BENCH_RUNS ? Number(env.BENCH_RUNS) : FULL_RUNS;
  if (!Number.isInteger(runs) || runs < 1 || runs > 9) throw new Error(`BENCH_RUNS must be a whole number from 1 to 9 (got "${env.BENCH_RUNS}")`);
  if (env.BENCH_VIS !== undefined && env.BENCH_VIS !== '0' && env.BENCH_VIS !== '1') throw new Error(`BENCH_VIS must be 0 or 1 (got "${env.BENCH_VIS}")`);
  const vis = env.BENCH_VIS !== '0';
  const left: string[] = [];
  if (sizes.join() !== FULL_SIZES.join()) left.push(`sizes ${sizes.join(', ')}`);
  if (runs !== FULL_RUNS) left.push(`${runs} run${runs === 1 ? '' : 's'}`);
  if (!vis) left.push('no vis-timeline');
  return { sizes, runs, vis, reduced: left.length ? left.join('; ') : null };
}
