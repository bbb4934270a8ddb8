import { describe, expect, it } from 'vitest';
import { FULL_RUNS, FULL_SIZES, benchOptions } from '../../../bench/options';

describe('benchOptions', () => {
  it('is the full run without settings', () => {
    expect(benchOptions({})).toEqual({ sizes: FULL_SIZES, runs: FULL_RUNS, vis: true, reduced: null });
  });

  it('reads a reduced run and says what it leaves out', () => {
    expect(benchOptions({ BENCH_SIZES: '40, 10_000', BENCH_RUNS: '1', BENCH_VIS: '0' })).toEqual({
      sizes: [40, 10_000],
      runs: 1,
      vis: false,
      reduced: 'sizes 40, 10000; 1 run; no vis-timeline',
    });
  });

  it.each([
    [{ BENCH_SIZES: '40,ten' }, /BENCH_SIZES/],
    [{ BENCH_SIZES: '0' }, /BENCH_SIZES/],
    [{ BENCH_RUNS: '0' }, /BENCH_RUNS/],
    [{ BENCH_RUNS: '1.5' }, /BENCH_RUNS/],
    [{ BENCH_VIS: 'no' }, /BENCH_VIS/],
  ])('refuses %o', (env, message) => {
    expect(() => benchOptions(env)).toThrow(message);
  });
});
