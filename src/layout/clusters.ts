/**
 * Clusters: the marks of a lane that fitted in no row, merged into count badges.
 *
 * Overflowing marks arrive in reading order; each joins the current cluster when it starts
 * within CLUSTER_MERGE_PX of that cluster's end, else it opens a new one. Clusters are then
 * widened to CLUSTER_MIN_PX around their centre; because the merge distance is larger than
 * that widening, neighbouring clusters in a lane stay at least 4 px apart, so a badge drawn
 * within [x0, x1] never overlaps another.
 */
import { haloOf, OVERFLOW, type LanePacking, type PackContext } from './packRows';
import { CLUSTER_MERGE_PX, CLUSTER_MIN_PX, type ClusterLayout } from './sceneTypes';

/** How packing coordinates map back to pixels. */
export interface PixelFrame {
  /** Viewport width. */
  width: number;
  /** True when u = width - px (right to left). */
  mirrored: boolean;
}

/**
 * Appends one ClusterLayout per run of overflowing entries of a lane to `out`, all at height
 * y (the lane's cluster row). O(m) for m entries, reading columns only; allocates only the clusters.
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
  let open = false;
  let u0 = 0;
  let u1 = 0;
  let t0 = 0;
  let t1 = 0;
  let count = 0;
  const flush = () => {
    if (!open) return;
    const grow = Math.max(0, CLUSTER_MIN_PX - (u1 - u0)) / 2;
    const a = u0 - grow;
    const b = u1 + grow;
    out.push({
      laneId,
      x0: frame.mirrored ? frame.width - b : a,
      x1: frame.mirrored ? frame.width - a : b,
      y,
      count,
      t0,
      t1,
    });
  };
  const columns = ctx.columns;
  for (let j = 0; j < entries.length; j++) {
    if (packing.row[j] !== OVERFLOW) continue;
    const i = entries[j];
    const halo = haloOf(columns.point[i]);
    const start = columns.u0[i] - halo;
    const end = columns.u1[i] + halo;
    if (open && start <= u1 + CLUSTER_MERGE_PX) {
      u0 = Math.min(u0, start);
      u1 = Math.max(u1, end);
      t0 = Math.min(t0, columns.t0[i]);
      t1 = Math.max(t1, columns.t1[i]);
      count++;
    } else {
      flush();
      open = true;
      u0 = start;
      u1 = end;
      t0 = columns.t0[i];
      t1 = columns.t1[i];
      count = 1;
    }
  }
  flush();
}
