/**
 * Small statistics for the benchmark's figures: medians across runs and percentiles of frame
 * intervals. Pure functions over plain numbers.
 */

/** The median of the numbers given (NaN for none). Ignores null and NaN entries. */
export function median(values: readonly (number | null | undefined)[]): number {
  const xs = values.filter((v): v is number => typeof v === 'number' && !Number.isNaN(v)).sort((a, b) => a - b);
  if (!xs.length) return NaN;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** The p-th percentile (0–100) by linear interpolation between closest ranks (NaN for none). */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const xs = [...values].sort((a, b) => a - b);
  const at = (p / 100) * (xs.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return xs[lo] + (xs[hi] - xs[lo]) * (at - lo);
}

/** What a run of frames looked like. */
export interface FrameStats {
  /** Number of intervals measured. */
  frames: number;
  /** Median interval between animation frames, ms. */
  p50: number;
  /** 95th percentile interval, ms. */
  p95: number;
  /** Longest interval, ms. */
  max: number;
  /** Intervals longer than 50 ms. */
  over50: number;
}

/** Interval statistics of a list of requestAnimationFrame timestamps (ms, ascending). */
export function frameStats(timestamps: readonly number[]): FrameStats {
  const intervals = timestamps.slice(1).map((t, i) => t - timestamps[i]);
  return {
    frames: intervals.length,
    p50: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    max: intervals.length ? Math.max(...intervals) : NaN,
    over50: intervals.filter((d) => d > 50).length,
  };
}
