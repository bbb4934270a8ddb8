import { describe, expect, it } from 'vitest';
import { judge, judgeTargets, drawnRatio } from '../../../bench/targets';
import { formatMs } from '../../../bench/format';
import { frameStats } from '../../../bench/stats';
import type { DefaultResult, InpSummary, SizeResult, TargetResult, TimelineRun, TimelineSummary } from '../../../bench/model';

const ms = (value: number, tolerance?: number) => ({ value, sense: 'max' as const, format: formatMs, ...(tolerance ? { tolerance } : {}) });

describe('judge', () => {
  it('says by how much a figure passed an upper limit', () => {
    expect(judge(1200, ms(1500))).toEqual({ met: true, measured: true });
    expect(judge(1800, ms(1500))).toEqual({ met: false, measured: true, by: '300 ms over 1500 ms (1.20× the limit)' });
  });

  it('allows the tolerance without counting it in the gap', () => {
    expect(judge(17.1, ms(16.7, 0.5)).met).toBe(true);
    expect(judge(33.3, ms(16.7, 0.5)).by).toBe('16.6 ms over 16.7 ms (1.99× the limit)');
  });

  it('says how far short a figure fell of a lower limit', () => {
    const times = { value: 10, sense: 'min' as const, format: (x: number) => `${x.toFixed(2)}×` };
    expect(judge(12, times).met).toBe(true);
    expect(judge(5, times)).toEqual({ met: false, measured: true, by: '5.00× under 10.00× (2.00× short)' });
  });

  it('gives no factor against a zero limit, and misses a figure not measured', () => {
    expect(judge(3, { value: 0, sense: 'max', format: String }).by).toBe('3 over 0');
    expect(judge(NaN, ms(300))).toEqual({ met: false, measured: false });
  });
});

function run(over: Partial<TimelineRun> = {}): TimelineRun {
  const frames = frameStats([0, 16.7, 33.4]);
  return {
    drawnMs: 0, paintedMs: 0, readyMs: 0, dataMs: 0, chromeMs: 0, heapBytes: 0, heapAfterBytes: 0,
    gesture: { all: frames, zoom: frames, pan: frames, zoomMs: 2000, panMs: 2000, wheelEvents: 125, notchesDue: 125, notchesSent: 125, truncated: false },
    errors: [], quiet: { idle: 1, waitedMs: 0, quiet: true },
    ...over,
  };
}

const click = (ms: number, ok = 3): InpSummary => ({ ms, maxMs: ms, ok, runs: 3, notes: ok ? [] : ['no mark on screen'] });

function summary(over: Partial<TimelineSummary> = {}): TimelineSummary {
  return {
    status: 'ok', runs: [run()], drawnMs: 500, paintedMs: 510, readyMs: 480, dataMs: 100, chromeMs: 600, heapMB: 20,
    frames: { frames: 240, p50: 16.7, p95: 16.8, max: 33, over50: 0 }, zoomP95: 16.8, panP95: 16.7, worstMax: 33, worstOver50: 0,
    wheelEvents: 125, notchesDue: 125,
    inp: { mark: click(40), menu: click(20), chip: click(60) },
    ...over,
  };
}

const assets = (gzip: number) => ({ files: [], raw: gzip * 3, gzip });
const loads: DefaultResult = {
  mainMs: 200, embedMs: 180, throttledMs: 900, crossOriginMs: 420, mainRuns: [], embedRuns: [], throttledRuns: [], crossOriginRuns: [],
  mainAssets: assets(90 * 1024), embedAssets: assets(70 * 1024), mainBeforeRuns: [], embedBeforeRuns: [], mainNeeded: assets(60 * 1024), embedNeeded: assets(60 * 1024),
  mainTotal: assets(130 * 1024), embedTotal: assets(125 * 1024), noisyRuns: 0, contentEncoding: 'gzip',
};

const find = (targets: TargetResult[], start: string) => {
  const found = targets.find((t) => t.name.startsWith(start));
  if (!found) throw new Error(`no target starting "${start}"`);
  return found;
};

describe('judgeTargets', () => {
  const sizes: SizeResult[] = [
    { n: 40, fileBytes: 1, ours: summary({ drawnMs: 250 }), vis: summary() },
    { n: 10_000, fileBytes: 1, ours: summary({ drawnMs: 400, frames: { frames: 100, p50: 16.7, p95: 30, max: 60, over50: 1 }, worstOver50: 2 }), vis: summary({ drawnMs: 2400, frames: { frames: 100, p50: 20, p95: 120, max: 300, over50: 9 } }) },
    { n: 100_000, fileBytes: 1, ours: summary({ drawnMs: 1800, heapMB: 90, inp: { mark: click(NaN, 0), menu: click(20), chip: click(140) } }), vis: summary({ status: 'timeout', capMs: 90_000, runs: [] }) },
  ];
  const targets = judgeTargets(sizes, loads);

  it('judges the issue’s targets on the figures given', () => {
    expect(find(targets, '100,000 events drawn')).toMatchObject({ met: false, by: '300 ms over 1500 ms (1.20× the limit)' });
    expect(find(targets, '100,000 events: frame p95').met).toBe(true);
    expect(find(targets, '10,000 events: frame p95 ≤ 16.7').met).toBe(false);
    expect(find(targets, '10,000 events: no frame over 50 ms')).toMatchObject({ met: false, by: '2 frames over 0 frames' });
    expect(find(targets, '10,000 events drawn ≥ 10×').actual).toContain('6.00×');
    expect(find(targets, '10,000 events: frame p95 ≤ ⅓').met).toBe(true);
    expect(find(targets, '100,000 events: JS heap').met).toBe(true);
    expect(find(targets, '100,000 events: a click on a filter chip')).toMatchObject({ met: false, by: '40.0 ms over 100 ms (1.40× the limit)' });
    expect(find(targets, '40 events drawn').met).toBe(true);
    expect(find(targets, '40 events from another origin').met).toBe(false);
    expect(find(targets, 'embed').met).toBe(true);
    expect(find(targets, 'page').by).toBe('10.0 KB over 80.0 KB (1.13× the limit)');
  });

  it('counts a click that never worked as not measured, saying why', () => {
    expect(find(targets, '100,000 events: a click on a mark')).toMatchObject({ met: false, measured: false });
    expect(find(targets, '100,000 events: a click on a mark').actual).toContain('no mark on screen');
  });

  it('marks what was not measured as such, never as met', () => {
    const reduced = judgeTargets([sizes[0]], loads);
    expect(find(reduced, '100,000 events drawn')).toMatchObject({ met: false, measured: false });
    expect(find(reduced, '10,000 events: frame p95 ≤ ⅓')).toMatchObject({ met: false, measured: false });
  });
});

describe('drawnRatio', () => {
  it('is a lower bound when vis-timeline hit its cap, and unknown when it was skipped', () => {
    expect(drawnRatio({ n: 1, fileBytes: 1, ours: summary({ drawnMs: 1000 }), vis: summary({ status: 'timeout', capMs: 90_000, runs: [] }) })).toEqual({ value: 90, atLeast: true });
    expect(drawnRatio({ n: 1, fileBytes: 1, ours: summary(), vis: summary({ status: 'skipped', runs: [] }) })).toBeNull();
  });
});
