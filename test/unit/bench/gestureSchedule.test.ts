import { describe, expect, it } from 'vitest';
import { TOTAL_NOTCHES, aimPoint, coalescedDelta, dragOffset, notchDelta, notchesDue } from '../../../bench/gestureSchedule';

describe('the wheel schedule', () => {
  it('is due one notch every 16 ms from 0 ms, 125 in 2 s', () => {
    expect(TOTAL_NOTCHES).toBe(125);
    expect([-1, 0, 15.9, 16, 31, 32, 1984, 1999, 2000, 60_000].map(notchesDue)).toEqual([0, 1, 1, 2, 2, 3, 125, 125, 125, 125]);
  });

  it('zooms in for 8 notches, then out for 8, and again', () => {
    expect([0, 7, 8, 15, 16, 24].map(notchDelta)).toEqual([-100, -100, 100, 100, -100, 100]);
  });

  it('sums the notches a busy page missed into one wheel event, as Chromium coalesces them', () => {
    expect(coalescedDelta(3, 4)).toBe(-100);
    expect(coalescedDelta(0, 8)).toBe(-800);
    expect(coalescedDelta(4, 12)).toBe(0);
    expect(coalescedDelta(6, 11)).toBe(100);
    expect(coalescedDelta(5, 5)).toBe(0);
    // 7 whole bursts in and out, then 8 in and 5 out: 3 notches in at the end.
    expect(coalescedDelta(0, TOTAL_NOTCHES)).toBe(-300);
  });
});

describe('the drag schedule', () => {
  it('goes 300 px left in the first second and back in the second', () => {
    expect([-5, 0, 500, 1000, 1500, 2000, 9000].map((t) => Math.round(dragOffset(t)))).toEqual([0, 0, -150, -300, -150, 0, 0]);
  });
});

describe('aimPoint', () => {
  const viewport = { width: 1280, height: 720 };

  it('aims at the centre of a box wholly on screen', () => {
    expect(aimPoint({ x: 100, y: 100, width: 1000, height: 400 }, viewport)).toEqual({ x: 600, y: 300 });
  });

  it('aims at the centre of the part on screen when the box runs below the viewport', () => {
    expect(aimPoint({ x: 0, y: 320, width: 1280, height: 2000 }, viewport)).toEqual({ x: 640, y: 520 });
  });

  it('keeps the drag’s 300 px to the left on a narrow box', () => {
    expect(aimPoint({ x: 0, y: 0, width: 500, height: 100 }, viewport)).toEqual({ x: 301, y: 50 });
  });

  it('is null for a box off screen', () => {
    expect(aimPoint({ x: 0, y: 800, width: 1280, height: 300 }, viewport)).toBeNull();
    expect(aimPoint({ x: 0, y: 0, width: 0, height: 300 }, viewport)).toBeNull();
  });
});
