import { describe, expect, it } from 'vitest';
import { frameStats, median, percentile } from '../../../bench/stats';
import { interactionLatency } from '../../../bench/latency';
import type { EventEntry } from '../../../bench/measure';

describe('median and percentile', () => {
  it('takes the middle value, or the mean of the two middle ones, ignoring missing values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, null, 1, NaN, 2, 3])).toBe(2.5);
    expect(median([null, undefined])).toBeNaN();
  });

  it('interpolates between closest ranks', () => {
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
    expect(percentile([5], 95)).toBe(5);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('frameStats', () => {
  it('measures the intervals between frame timestamps', () => {
    const stats = frameStats([0, 16.7, 33.4, 100, 116.7]);
    expect(stats).toMatchObject({ frames: 4, max: 100 - 33.4, over50: 1 });
    expect(stats.p50).toBeCloseTo(16.7);
  });

  it('has no intervals for one frame', () => {
    expect(frameStats([5])).toMatchObject({ frames: 0, over50: 0 });
  });
});

describe('interactionLatency', () => {
  const entry = (name: string, startTime: number, duration: number, interactionId: number): EventEntry => ({
    name, startTime, duration, interactionId, processingStart: startTime + 1, processingEnd: startTime + 2,
  });

  it('takes the longest Event Timing entry of the click and the longest next paint of its inputs', () => {
    const events = [entry('pointerdown', 50, 200, 7), entry('pointerdown', 1000, 40, 9), entry('click', 1001, 64, 9), entry('pointerover', 1001, 96, 0)];
    const inputs = [{ type: 'click', start: 60, paint: 400 }, { type: 'pointerdown', start: 1000, paint: 1030 }, { type: 'click', start: 1001, paint: 1052 }];
    expect(interactionLatency(events, inputs, 1000)).toEqual({ ms: 64, eventTimingMs: 64, nextPaintMs: 51 });
  });

  it('falls back to the next-paint figure when Event Timing reported nothing (under 16 ms)', () => {
    expect(interactionLatency([], [{ type: 'click', start: 10, paint: 22 }], 10)).toEqual({ ms: 12, eventTimingMs: null, nextPaintMs: 12 });
  });

  it('is NaN when nothing of the click was seen', () => {
    expect(interactionLatency([], [{ type: 'click', start: 10 }], 10).ms).toBeNaN();
  });
});
