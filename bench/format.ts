/**
 * How the benchmark writes its figures: milliseconds, megabytes, kilobytes and ratios.
 */

/** "12.3 ms" below 100 ms, "1234 ms" above; "n/a" for a missing figure. */
export function formatMs(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(x < 100 ? 1 : 0)} ms` : 'n/a';
}

/** Bytes as "1.2 MB" (2^20 bytes). */
export function formatMB(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 2 ** 20).toFixed(1)} MB` : 'n/a';
}

/** Bytes as "80.1 KB" (1,024 bytes). */
export function formatKB(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : 'n/a';
}

/** A ratio, or its lower bound when vis-timeline hit its cap. */
export interface Ratio {
  /** The ratio (or its lower bound). */
  value: number;
  /** True when value is only a lower bound. */
  atLeast: boolean;
}

/** "12.3×", or "> 12.3×" for a lower bound; "n/a" for none. */
export function formatRatio(r: Ratio | null): string {
  if (!r || !Number.isFinite(r.value)) return 'n/a';
  return `${r.atLeast ? '> ' : ''}${r.value.toFixed(r.value < 10 ? 2 : 1)}×`;
}
