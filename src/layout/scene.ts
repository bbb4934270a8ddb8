/**
 * buildScene: the visible slice of events, in lanes, as pixels for one viewport. Called once
 * per zoom frame, so it runs in O(v · rows) for v visible events and reuses its working
 * buffers between calls instead of allocating per frame; only the returned objects are new.
 *
 * Stages: (1) sceneColumns.ts puts the frame into typed arrays, from the slice's event objects
 * (each read once) or from an EventIndex's own arrays (none read): each mark in packing
 * coordinates (u grows in the reading direction), culling marks far off-screen, and its lanes,
 * grouped by a stable counting sort that keeps reading order; (2) each lane packed
 * into rows (packRows.ts), repacked with one row fewer when something overflows so that the
 * lane's last row holds the clusters (clusters.ts); (3) marks turned back into pixels, lanes
 * stacked from y = 0; (4) eras clamped to the viewport.
 */
import { fitLabel } from './labels';
import { collectClusters, type PixelFrame } from './clusters';
import { OVERFLOW, packLane, type LanePacking, type PackContext } from './packRows';
import { readColumns } from './sceneColumns';
import * as S from './sceneTypes';
import type { ClusterLayout, EraLayout, LaneLayout, MarkLayout, Scene, SceneInput } from './sceneTypes';

export * from './sceneTypes';

/**
 * Builds the scene for one viewport. Deterministic: the same input gives the same output.
 * Events whose lane is not in input.lanes are not drawn. Marks (with their halo) lying wholly
 * more than CULL_MARGIN px outside [0, width] are dropped before packing, so they neither take
 * rows nor count in clusters; every other event of a lane is either a mark or counted in
 * exactly one of its clusters. Clusters sit in the lane's last row, which then holds no marks.
 * x is expected to be a (zoomed) UTC scale: it is read as the straight line through its ends.
 * Cost O(v · rows + L) for v visible events and L lanes, reading each event object at most
 * once (not at all through input.index, except the titles of placed marks), plus label
 * measuring (cached per title; a shortened label costs O(log title length) calls).
 */
export function buildScene(input: SceneInput): Scene {
  const width = Math.max(0, input.width);
  const rowHeight = input.rowHeight ?? S.DEFAULT_ROW_HEIGHT;
  const maxRows = Math.max(1, Math.floor(input.maxRowsPerLane ?? S.DEFAULT_MAX_ROWS_PER_LANE));
  const padding = input.lanePadding ?? S.DEFAULT_LANE_PADDING;
  const header = Math.max(0, input.laneHeader ?? 0);
  const frame: PixelFrame = { width, mirrored: input.rtl };
  const columns = readColumns(input, width);
  const ctx: PackContext = { events: columns.events, columns, measure: input.measureLabel, width, labelOf: input.labelOf ?? titleOf };

  const lanes: LaneLayout[] = [];
  const marks: MarkLayout[] = [];
  const clusters: ClusterLayout[] = [];
  let top = 0;
  input.lanes.forEach((lane, k) => {
    const from = columns.laneStart[k];
    const to = columns.laneStart[k + 1];
    const entries = columns.entries.subarray(from, to);
    const packing: LanePacking = {
      row: columns.row.subarray(from, to),
      labelStart: columns.labelStart.subarray(from, to),
      labelRoom: columns.labelRoom.subarray(from, to),
    };
    // First try every row for marks; if something overflows, give up the last row to clusters.
    let markRows = maxRows;
    let overflow = packLane(entries, ctx, markRows, packing, true);
    if (overflow > 0) {
      markRows = Math.max(1, maxRows - 1);
      overflow = packLane(entries, ctx, markRows, packing, false);
    }
    let usedRows = 1;
    for (let j = 0; j < entries.length; j++) usedRows = Math.max(usedRows, packing.row[j] + 1);
    const rows = overflow > 0 ? markRows + 1 : usedRows;
    const rowY = (row: number) => top + header + padding + row * rowHeight + rowHeight / 2;
    for (let j = 0; j < entries.length; j++) {
      const row = packing.row[j];
      if (row === OVERFLOW) continue;
      marks.push(markLayout(ctx, entries[j], lane.id, row, rowY(row), packing.labelStart[j], packing.labelRoom[j], frame));
    }
    if (overflow > 0) collectClusters(entries, packing, ctx, lane.id, rowY(markRows), frame, clusters);
    const height = header + padding * 2 + rows * rowHeight;
    lanes.push({ lane, y: top, height, rows });
    top += height;
  });
  return { width, height: top, lanes, marks, clusters, eras: layoutEras(input, width) };
}

const titleOf = (event: { title: string }) => event.title;

/** One placed mark, back in pixels. O(1), or O(log title length) measure calls when its label is cut. */
function markLayout(
  ctx: PackContext,
  i: number,
  laneId: string,
  row: number,
  y: number,
  labelStart: number,
  labelRoom: number,
  frame: PixelFrame,
): MarkLayout {
  const event = ctx.events[i];
  const { width, mirrored } = frame;
  const { u0, u1 } = ctx.columns;
  return {
    event,
    laneId,
    row,
    x0: mirrored ? width - u1[i] : u0[i],
    x1: mirrored ? width - u0[i] : u1[i],
    y,
    label: fitLabel(ctx.measure, ctx.labelOf(event), labelRoom),
    labelX: mirrored ? width - labelStart : labelStart,
    labelAnchor: mirrored ? 'end' : 'start',
  };
}

/** Eras that touch the viewport, in pixels clamped to [-1, width + 1]. O(eras). */
function layoutEras(input: SceneInput, width: number): EraLayout[] {
  const out: EraLayout[] = [];
  for (const era of input.eras) {
    const a = input.x(era.t0);
    const b = input.x(era.t1);
    const x0 = Math.min(a, b);
    const x1 = Math.max(a, b);
    if (x1 <= 0 || x0 >= width) continue;
    out.push({ id: era.id, title: era.title, x0: Math.max(x0, -1), x1: Math.min(x1, width + 1) });
  }
  return out;
}
