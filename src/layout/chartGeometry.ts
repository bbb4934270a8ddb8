/**
 * How tall the chart is and how its height is shared out: the era strip, the lanes and their
 * rows, and the axis. Worked out from the height the chart is given and from how many events
 * each lane holds after filtering, never from the zoom level, so that the chart holds still
 * while the reader zooms and pans. Filters may change it; a wheel notch may not. Pure, O(L).
 *
 * Given a height (the page's chart box, an embed's frame), lanes get as many rows as fit, at
 * least two each (one for a lane of one event); when not even one row per lane fits, the lanes fold into one overview band
 * (as on phones), which always fits. Without a height (an auto-height embed asking its host
 * for room), every lane gets its default rows: the chart's natural height.
 */

/** Height of the era strip above the lanes. */
export const ERA_STRIP = 18;
/** Height of the time axis below the lanes. */
export const AXIS_HEIGHT = 28;

/** Sizes of one kind of band. */
interface BandSizes {
  /** Height of one row. */
  rowHeight: number;
  /** Room above the rows for the lane's name. */
  laneHeader: number;
  /** Blank space above and below the rows. */
  lanePadding: number;
  /** Rows a lane gets at its natural height. */
  naturalRows: number;
  /** Most rows a lane gets however much height there is. */
  maxRows: number;
}

/** Lanes by category or actor. */
export const LANE_SIZES: BandSizes = { rowHeight: 22, laneHeader: 14, lanePadding: 4, naturalRows: 4, maxRows: 8 };
/** The one band of the overview (phones, short frames). */
export const OVERVIEW_SIZES: BandSizes = { rowHeight: 18, laneHeader: 0, lanePadding: 4, naturalRows: 4, maxRows: 10 };

/** What the geometry depends on. */
export interface GeometryInput {
  /** Events per lane after filtering, in lane order (lanes mode). */
  laneCounts: readonly number[];
  /** Events after filtering, all lanes together (the overview's one band). */
  total: number;
  /** The height the chart is given, or null for its natural height. */
  height: number | null;
  /** Use the overview band whatever the height (narrow screens). */
  overview: boolean;
}

/** The chart's vertical plan. */
export interface ChartGeometry {
  /** Lanes as the reader chose them, or the overview band. */
  mode: 'lanes' | 'overview';
  /** Band sizes in use. */
  sizes: BandSizes;
  /** Rows per lane, in lane order (one entry in overview mode). */
  rowsPerLane: number[];
  /** Height each lane gets beyond its rows, to fill the height given (0 at natural height). */
  laneExtra: number;
  /** Height of the lanes together. */
  lanesHeight: number;
  /** Height of the whole chart: era strip, lanes and axis. */
  height: number;
}

const laneHeight = (sizes: BandSizes, rows: number) => sizes.laneHeader + 2 * sizes.lanePadding + rows * sizes.rowHeight;

/**
 * Rows for a lane of `count` events when lanes get `rows` at most: never more rows than events;
 * one for a lane of one event; else at least two, because a lane whose marks overflow gives its
 * last row to the count badges and must keep a row for marks.
 */
const rowsFor = (count: number, rows: number) => (count <= 1 ? 1 : Math.max(2, Math.min(rows, count)));

function plan(mode: ChartGeometry['mode'], sizes: BandSizes, counts: readonly number[], rows: number, height: number | null): ChartGeometry {
  const rowsPerLane = counts.map((c) => rowsFor(c, rows));
  const used = rowsPerLane.reduce((sum, r) => sum + laneHeight(sizes, r), 0);
  const room = height === null ? used : Math.max(used, height - ERA_STRIP - AXIS_HEIGHT);
  const laneExtra = counts.length > 0 ? (room - used) / counts.length : 0;
  return { mode, sizes, rowsPerLane, laneExtra, lanesHeight: room, height: ERA_STRIP + room + AXIS_HEIGHT };
}

/** Whether lanes of these counts fit in `height` with their fewest rows. */
export function lanesFit(laneCounts: readonly number[], height: number): boolean {
  return laneCounts.reduce((sum, c) => sum + laneHeight(LANE_SIZES, rowsFor(c, 2)), 0) <= height - ERA_STRIP - AXIS_HEIGHT;
}

/** The chart's geometry for the given lanes and height. */
export function chartGeometry(input: GeometryInput): ChartGeometry {
  const { laneCounts, total, height } = input;
  const overviewCounts = [total];
  if (height === null) {
    return input.overview || laneCounts.length === 0
      ? plan('overview', OVERVIEW_SIZES, overviewCounts, OVERVIEW_SIZES.naturalRows, null)
      : plan('lanes', LANE_SIZES, laneCounts, LANE_SIZES.naturalRows, null);
  }
  const room = height - ERA_STRIP - AXIS_HEIGHT;
  const fits = (sizes: BandSizes, counts: readonly number[], rows: number) =>
    counts.reduce((sum, c) => sum + laneHeight(sizes, rowsFor(c, rows)), 0) <= room;
  if (!input.overview && laneCounts.length > 0 && fits(LANE_SIZES, laneCounts, 2)) {
    let rows = 2;
    while (rows < LANE_SIZES.maxRows && fits(LANE_SIZES, laneCounts, rows + 1)) rows++;
    return plan('lanes', LANE_SIZES, laneCounts, rows, height);
  }
  let rows = 2;
  while (rows < OVERVIEW_SIZES.maxRows && fits(OVERVIEW_SIZES, overviewCounts, rows + 1)) rows++;
  return plan('overview', OVERVIEW_SIZES, overviewCounts, rows, height);
}
