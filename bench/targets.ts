/**
 * Issue 10's performance targets, judged on the medians of runs (and "no frame over 50 ms" on
 * every run), each missed one with by how much. Reported, never asserted: a missed target does
 * not fail the benchmark.
 */
import type { DefaultResult, SizeResult, TargetResult, TimelineSummary } from './model';
import { formatKB, formatMB, formatMs as ms, formatRatio, type Ratio } from './format';

// Headless Chromium's frame timestamps alternate 16.6 / 16.7 / 16.8 ms on an idle page, so a
// strict 16.7 ms would fail a page that drops nothing; a dropped frame adds 16.7 ms.
/** Tolerance for timestamp jitter when judging the 16.7 ms frame target, ms. */
export const FRAME_JITTER_MS = 0.5;
/** One frame at 60 Hz, ms. */
export const FRAME_MS = 16.7;

/** A limit a figure must stay within: at most (`max`) or at least (`min`). */
export interface Limit {
  value: number;
  sense: 'max' | 'min';
  /** Writes a figure in the limit's unit ("1263 ms", "12.1 KB"). */
  format: (x: number) => string;
  /** Added to a `max` limit when judging (timestamp jitter); not part of "by how much". */
  tolerance?: number;
}

/** Whether `actual` keeps within `limit`, and when not by how much ("1263 ms over the 1500 ms limit (1.84×)"). */
export function judge(actual: number, limit: Limit): { met: boolean; measured: boolean; by?: string } {
  if (!Number.isFinite(actual)) return { met: false, measured: false };
  const measured = true;
  const met = limit.sense === 'max' ? actual <= limit.value + (limit.tolerance ?? 0) : actual >= limit.value;
  if (met) return { met, measured };
  const gap = Math.abs(actual - limit.value);
  const times = limit.sense === 'max' ? actual / limit.value : limit.value / actual;
  const factor = Number.isFinite(times) ? ` (${times.toFixed(2)}× ${limit.sense === 'max' ? 'the limit' : 'short'})` : '';
  return { met, measured, by: `${limit.format(gap)} ${limit.sense === 'max' ? 'over' : 'under'} ${limit.format(limit.value)}${factor}` };
}

/** A TargetResult for a figure against a limit (NaN for a figure not measured: missed). */
function target(name: string, actual: string, figure: number, limit: Limit): TargetResult {
  return { name, actual, ...judge(figure, limit) };
}

const count = (n: number) => n.toLocaleString('en');
const atMostMs = (value: number, tolerance?: number): Limit => ({ value, sense: 'max', format: ms, ...(tolerance ? { tolerance } : {}) });
const ok = (s: TimelineSummary | undefined): s is TimelineSummary => !!s && s.status === 'ok' && s.runs.length > 0;

/** The frame targets at one size: p95 ≤ 16.7 ms and no frame over 50 ms in any run. */
function frameTargets(size: SizeResult | undefined, n: number): TargetResult[] {
  const ours = size?.ours;
  const measured = ok(ours);
  const truncated = measured && ours.runs.some((r) => r.gesture.truncated) ? ' (a gesture phase was cut at 3× its length)' : '';
  return [
    target(
      `${count(n)} events: frame p95 ≤ 16.7 ms during wheel and drag (median of runs; judged with ${FRAME_JITTER_MS} ms for timestamp jitter)`,
      measured ? `${ms(ours.frames.p95)}${truncated}` : 'not measured',
      measured ? ours.frames.p95 : NaN,
      atMostMs(FRAME_MS, FRAME_JITTER_MS),
    ),
    target(
      `${count(n)} events: no frame over 50 ms during wheel and drag (every run)`,
      measured ? `up to ${ours.worstOver50} over 50 ms in a run, longest ${ms(ours.worstMax)}` : 'not measured',
      measured ? ours.worstOver50 : NaN,
      { value: 0, sense: 'max', format: (x) => `${x} frame${x === 1 ? '' : 's'}` },
    ),
  ];
}

/** The interaction targets at one size: a mark click and a chip click answered within 100 ms. */
function inpTargets(size: SizeResult | undefined, n: number): TargetResult[] {
  const inp = size && ok(size.ours) ? size.ours.inp : undefined;
  return (['mark', 'chip'] as const).map((kind) => {
    const s = inp?.[kind];
    const actual = !s ? 'not measured' : s.ok ? `median ${ms(s.ms)}, worst ${ms(s.maxMs)} (${s.ok} of ${s.runs} clicks worked)` : `no click worked: ${s.notes[0] ?? '?'}`;
    return target(`${count(n)} events: a click on ${kind === 'mark' ? 'a mark' : 'a filter chip'} answered (next paint) within 100 ms`, actual, s?.ms ?? NaN, atMostMs(100));
  });
}

/** Every target with the figure it was judged on. */
export function judgeTargets(sizes: readonly SizeResult[], loads: DefaultResult): TargetResult[] {
  const at = (n: number) => sizes.find((s) => s.n === n);
  const largest = at(100_000);
  const tenK = at(10_000);
  const forty = at(40);
  const targets: TargetResult[] = [];

  targets.push(target('100,000 events drawn within 1.5 s', ok(largest?.ours) ? ms(largest.ours.drawnMs) : 'not measured', ok(largest?.ours) ? largest.ours.drawnMs : NaN, atMostMs(1500)));
  targets.push(...frameTargets(largest, 100_000), ...frameTargets(tenK, 10_000));

  const drawn = tenK ? drawnRatio(tenK) : null;
  targets.push(
    target(
      '10,000 events drawn ≥ 10× faster than vis-timeline',
      drawn ? `${formatRatio(drawn)} (vis ${tenK!.vis.status === 'ok' ? ms(tenK!.vis.drawnMs) : tenK!.vis.status} / ours ${ms(tenK!.ours.drawnMs)})` : 'vis not measured',
      drawn?.value ?? NaN,
      { value: 10, sense: 'min', format: (x) => `${x.toFixed(2)}×` },
    ),
  );
  const frames = tenK ? p95Ratio(tenK) : null;
  targets.push(
    target(
      '10,000 events: frame p95 ≤ ⅓ of vis-timeline’s',
      frames !== null ? `ours/vis = ${frames.toFixed(2)} (ours ${ms(tenK!.ours.frames.p95)}, vis ${ms(tenK!.vis.frames.p95)})` : 'vis not measured',
      frames ?? NaN,
      { value: 1 / 3, sense: 'max', format: (x) => x.toFixed(2) },
    ),
  );

  const heap = ok(largest?.ours) ? largest.ours.heapMB : NaN;
  targets.push(target('100,000 events: JS heap ≤ 150 MB (after the load settled and after the gesture and clicks, the larger)', formatMB(heap * 2 ** 20), heap, { value: 150, sense: 'max', format: (x) => `${x.toFixed(1)} MB` }));
  targets.push(...inpTargets(largest, 100_000));

  targets.push(target('40 events drawn within 300 ms (`/?data=`, same origin)', ok(forty?.ours) ? ms(forty.ours.drawnMs) : 'not measured', ok(forty?.ours) ? forty.ours.drawnMs : NaN, atMostMs(300)));
  targets.push(target('40 events from another origin drawn within 300 ms', ms(loads.crossOriginMs), loads.crossOriginMs, atMostMs(300)));

  const kb: Limit = { value: 80 * 1024, sense: 'max', format: formatKB };
  for (const [page, assets] of [['embed (`/embed.html`)', loads.embedAssets], ['page (`/`)', loads.mainAssets]] as const) {
    targets.push(target(`${page}: JS+CSS loaded before the first draw ≤ 80 KB gzip (the heaviest run)`, `${formatKB(assets.gzip)} (${assets.gzip} B)`, assets.gzip, kb));
  }
  return targets;
}

/** vis / ours time to drawn at one size; a lower bound (cap / ours) when vis timed out; null when unknown. */
export function drawnRatio(size: SizeResult): Ratio | null {
  if (size.ours.status !== 'ok') return null;
  if (size.vis.status === 'ok' && size.vis.runs.length) return { value: size.vis.drawnMs / size.ours.drawnMs, atLeast: false };
  if (size.vis.status === 'timeout' && size.vis.capMs) return { value: size.vis.capMs / size.ours.drawnMs, atLeast: true };
  return null;
}

/** ours / vis p95 frame interval at one size; null unless both were measured. */
export function p95Ratio(size: SizeResult): number | null {
  if (size.ours.status !== 'ok' || size.vis.status !== 'ok' || !size.vis.runs.length) return null;
  return size.ours.frames.p95 / size.vis.frames.p95;
}
