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
  /** Entry position of its first member. */
  first: number;
  u0: number;
  u1: number;
  t0: number;
  t1: number;
  count: number;
  /** Where its one member's mark really ends (a long span reaches past u1); for a run of one. */
  reach: number;
  /** Its pixels were cut to CLUSTER_MAX_PX, so zooming must cover its events' whole time. */
  capped: boolean;
}

/**
 * Appends one ClusterLayout per run of two or more overflowing entries of a lane to `out`, all
 * at height y (the lane's cluster row); a run of one is not a badge: its entry position goes to
 * `singles`, for the caller to draw as a mark. O(m) for m entries, reading columns only;
 * allocates only the clusters.
 */
export function collectClusters(
  entries: Int32Array,
  packing: LanePacking,
  ctx: PackContext,
  laneId: string,
  y: number,
  frame: PixelFrame,
  out: ClusterLayout[],
  singles: number[],
): void {
  const { u0: U0, u1: U1, t0: T0, t1: T1, point } = ctx.columns;
  const rows = packing.row;
  const c: OpenCluster = { first: -1, u0: 0, u1: 0, t0: 0, t1: 0, count: 0, reach: 0, capped: false };
  const firstOfLane = out.length;
  let previousEnd = -Infinity; // where the last badge (or lone mark) ended, in u
  const close = () => {
    if (c.count > 1) return void (previousEnd = emit(c, previousEnd, ctx, laneId, y, frame, out));
    if (c.count === 0) return;
    const i = entries[c.first];
    const halo = haloOf(point[i]);
    // A lone mark that would touch the badge before it joins that badge instead.
    if (out.length > firstOfLane && U0[i] - halo < previousEnd + CLUSTER_SPACING_PX) return absorb(out[out.length - 1], c);
    singles.push(c.first);
    previousEnd = U1[i] + halo;
  };
  for (let j = 0; j < entries.length; j++) {
    if (rows[j] !== OVERFLOW) continue;
    const i = entries[j];
    const halo = haloOf(point[i]);
    const start = Math.max(U0[i] - halo, 0);
    const end = Math.max(start, Math.min(U1[i] + halo, start + CLUSTER_MIN_PX));
    const near = c.count > 0 && start <= c.u1 + CLUSTER_MERGE_PX && Math.max(c.u1, end) - Math.min(c.u0, start) <= CLUSTER_MAX_PX;
    // A mark starting under a lone long span joins it: drawn as itself, it would overlap it.
    const under = c.count === 1 && start < c.reach + CLUSTER_SPACING_PX;
    if (near || under) {
      if (start < c.u0) c.u0 = start;
      if (end > c.u1) c.u1 = end;
      if (c.u1 - c.u0 > CLUSTER_MAX_PX) {
        c.u1 = c.u0 + CLUSTER_MAX_PX;
        c.capped = true;
      }
      if (T0[i] < c.t0) c.t0 = T0[i];
      if (T1[i] > c.t1) c.t1 = T1[i];
      c.count++;
      continue;
    }
    close();
    c.first = j;
    c.u0 = start;
    c.u1 = end;
    c.t0 = T0[i];
    c.t1 = T1[i];
    c.count = 1;
    c.reach = U1[i] + halo;
    c.capped = false;
  }
  close();
}

/**
 * Adds a run of one to the badge before it: one more event, and its time, so that zooming to
 * the badge shows it too. The badge keeps its pixels (and its width limit). O(1).
 */
function absorb(badge: ClusterLayout, c: OpenCluster): void {
  badge.count += c.count;
  badge.t0 = Math.min(badge.t0, c.t0);
  badge.t1 = Math.max(badge.t1, c.t1);
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
  if (slope !== 0 && !c.capped) {
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
