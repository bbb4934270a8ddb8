// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { AXIS_HEIGHT, chartGeometry, ERA_STRIP, LANE_SIZES, OVERVIEW_SIZES } from './chartGeometry';

const laneHeight = (rows: number) => LANE_SIZES.laneHeader + 2 * LANE_SIZES.lanePadding + rows * LANE_SIZES.rowHeight;

describe('chartGeometry', () => {
  it('at its natural height gives every lane its default rows, or fewer when it holds fewer events', () => {
    const g = chartGeometry({ laneCounts: [30, 2, 1], total: 33, height: null, overview: false });
    expect(g.mode).toBe('lanes');
    expect(g.rowsPerLane).toEqual([LANE_SIZES.naturalRows, 2, 1]);
    expect(g.laneExtra).toBe(0);
    expect(g.height).toBe(ERA_STRIP + AXIS_HEIGHT + laneHeight(4) + laneHeight(2) + laneHeight(1));
  });

  // Table: the height given, and what must come out of it.
  it.each([
    [800, 'lanes', 5],
    [560, 'lanes', 3],
    [400, 'lanes', 2],
    [300, 'overview', 10],
    [200, 'overview', 8],
    [120, 'overview', 3],
  ] as const)('given %i px for five busy lanes: %s with %i rows', (height, mode, rows) => {
    const g = chartGeometry({ laneCounts: [40, 40, 40, 40, 40], total: 200, height, overview: false });
    expect(g.mode).toBe(mode);
    expect(Math.max(...g.rowsPerLane)).toBe(rows);
    // It fills the height given exactly: nothing cut, nothing left below the axis.
    expect(g.height).toBeCloseTo(height, 6);
  });

  it('overflows rather than squeezing below two overview rows (marks and badges) when the height is tiny', () => {
    const g = chartGeometry({ laneCounts: [40], total: 40, height: 40, overview: false });
    expect(g.mode).toBe('overview');
    expect(g.rowsPerLane).toEqual([2]);
    expect(g.height).toBe(ERA_STRIP + AXIS_HEIGHT + 2 * OVERVIEW_SIZES.lanePadding + 2 * OVERVIEW_SIZES.rowHeight);
  });

  it('uses the overview band whenever asked to (phones), whatever the height', () => {
    expect(chartGeometry({ laneCounts: [3, 3], total: 6, height: 900, overview: true }).mode).toBe('overview');
    expect(chartGeometry({ laneCounts: [3, 3], total: 6, height: null, overview: true }).rowsPerLane).toEqual([OVERVIEW_SIZES.naturalRows]);
  });

  it('shares the height left over between the lanes', () => {
    const g = chartGeometry({ laneCounts: [1, 1], total: 2, height: 300, overview: false });
    expect(g.rowsPerLane).toEqual([1, 1]);
    expect(g.laneExtra).toBeCloseTo((300 - ERA_STRIP - AXIS_HEIGHT - 2 * laneHeight(1)) / 2, 6);
  });

  it('with no events at all still has one band to draw the axis under', () => {
    const g = chartGeometry({ laneCounts: [], total: 0, height: null, overview: false });
    expect(g.mode).toBe('overview');
    expect(g.rowsPerLane).toEqual([1]);
  });
});
