/**
 * Clusters: the marks of a lane that fitted in no row, merged into count badges.
 *
 * Overflowing marks arrive in reading order. For clustering, each counts by its start: its
 * extent cut to at most CLUSTER_MIN_PX, so that one long span cannot stretch a badge across the
 * lane, and moved to the viewport's edge when it starts before it, so that the badge of spans
 * running in from off-screen is seen (every cluster therefore lies within the culling margin).
 * A mark joins the current cluster when it starts within CLUSTER_MERGE_PX of the
 * cluster's end and the cluster stays at most CLUSTER_MAX_PX wide, else it opens a new one.
 * The cap matters when zoomed far out: without it all overflow in a lane chains into one badge,
 * and clicking that would zoom nowhere.
 *
 * A cluster's time window is the time under its pixels, within its events' extent, so zooming
 * to it magnifies at least width / CLUSTER_MAX_PX times and always spreads the marks apart.
 * Its pixel extent is where the badge goes: over its marks, at least CLUSTER_MIN_PX wide, and
 * nudged along the reading direction when needed so that badges keep CLUSTER_SPACING_PX apart.
 */
import { haloOf, OVERFLOW, type LanePacking, type PackContext } from './packRows';
import { CLUSTER_MAX_PX, CLUSTER_MERGE_PX, CLUSTER_MIN_PX, CLUSTER_SPACING_PX, type ClusterLayout } from './sceneTypes';

/** How packing coordinates map back to pixels. */
export interface PixelFrame {
  /** Viewport width. */
  width: number;
  /** True when u = width - px (right to left). */
  mirrored: boolean;
}

/** A cluster being gathered, in packing coordinates. */
interface OpenCluster {
  u0: number;
  u1: number;
  t0: number;
  t1: number;
  count: number;
}

/**
 * Appends one ClusterLayout per run of overflowing entries of a lane to `out`, all at height
 * y (the lane's cluster row). O(m) for m entries, reading columns only; allocates only the
 * clusters.
 */
export function collectClusters(
  entries: Int32Array,
  packing: LanePacking,
  ctx: PackContext,
  laneId: string,
  y: number,
  frame: PixelFrame,
  out: ClusterLayout[],
): void {
  const { u0: U0, u1: U1, t0: T0, t1: T1, point } = ctx.columns;
  const rows = packing.row;
  const c: OpenCluster = { u0: 0, u1: 0, t0: 0, t1: 0, count: 0 };
  let previousEnd = -Infinity; // where the last badge ended, in u
  for (let j = 0; j < entries.length; j++) {
    if (rows[j] !== OVERFLOW) continue;
    const i = entries[j];
    const halo = haloOf(point[i]);
    const start = Math.max(U0[i] - halo, 0);
    const end = Math.max(start, Math.min(U1[i] + halo, start + CLUSTER_MIN_PX));
    if (c.count > 0 && start <= c.u1 + CLUSTER_MERGE_PX && Math.max(c.u1, end) - Math.min(c.u0, start) <= CLUSTER_MAX_PX) {
      if (start < c.u0) c.u0 = start;
      if (end > c.u1) c.u1 = end;
      if (T0[i] < c.t0) c.t0 = T0[i];
      if (T1[i] > c.t1) c.t1 = T1[i];
      c.count++;
      continue;
    }
    if (c.count > 0) previousEnd = emit(c, previousEnd, ctx, laneId, y, frame, out);
    c.u0 = start;
    c.u1 = end;
    c.t0 = T0[i];
    c.t1 = T1[i];
    c.count = 1;
  }
  if (c.count > 0) emit(c, previousEnd, ctx, laneId, y, frame, out);
}

/** Pushes the finished cluster and returns where its badge ends, in u. O(1). */
function emit(
  c: OpenCluster,
  previousEnd: number,
  ctx: PackContext,
  laneId: string,
  y: number,
  frame: PixelFrame,
  out: ClusterLayout[],
): number {
  const { offset, slope } = ctx.columns;
  // The time under the cluster's pixels, kept within its events' own extent.
  let t0 = c.t0;
  let t1 = c.t1;
  if (slope !== 0) {
    const ta = (c.u0 - offset) / slope;
    const tb = (c.u1 - offset) / slope;
    t0 = Math.max(c.t0, Math.min(ta, tb));
    t1 = Math.min(c.t1, Math.max(ta, tb));
    if (!(t1 > t0)) [t0, t1] = [c.t0, c.t1];
  }
  const grow = Math.max(0, CLUSTER_MIN_PX - (c.u1 - c.u0)) / 2;
  const a = Math.max(c.u0 - grow, previousEnd + CLUSTER_SPACING_PX);
  const b = Math.max(c.u1 + grow, a + CLUSTER_MIN_PX);
  out.push({
    laneId,
    x0: frame.mirrored ? frame.width - b : a,
    x1: frame.mirrored ? frame.width - a : b,
    y,
    count: c.count,
    t0,
    t1,
  });
  return b;
}
