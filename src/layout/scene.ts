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
import { OVERFLOW, haloOf, labelStartOf, packLane, type LanePacking, type PackContext } from './packRows';
import { MARK_GAP } from './sceneTypes';
import type { TimelineEvent } from '../model/types';
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
  const defaultRows = Math.max(1, Math.floor(input.maxRowsPerLane ?? S.DEFAULT_MAX_ROWS_PER_LANE));
  const padding = input.lanePadding ?? S.DEFAULT_LANE_PADDING;
  const header = Math.max(0, input.laneHeader ?? 0);
  const extra = Math.max(0, input.laneExtra ?? 0);
  const frame: PixelFrame = { width, mirrored: input.rtl };
  const columns = readColumns(input, width);
  const ctx: PackContext = { events: columns.events, columns, measure: input.measureLabel, width, labelOf: input.labelOf ?? titleOf };
  const pinned = pinnedSlot(input, columns.events);

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
    const fixedRows = input.rowsPerLane?.[k];
    const maxRows = fixedRows === undefined ? defaultRows : Math.max(1, Math.floor(fixedRows));
    // First try every row for marks; if something overflows, give up the last row to clusters.
    let markRows = maxRows;
    let overflow = packLane(entries, ctx, markRows, packing, true);
    if (overflow > 0) {
      markRows = Math.max(1, maxRows - 1);
      overflow = packLane(entries, ctx, markRows, packing, false);
    }
    if (pinned >= 0 && overflow > 0 && pinFirst(entries, packing, pinned)) overflow = packLane(entries, ctx, markRows, packing, false);
    let usedRows = 1;
    for (let j = 0; j < entries.length; j++) usedRows = Math.max(usedRows, packing.row[j] + 1);
    const rows = fixedRows !== undefined ? maxRows : overflow > 0 ? markRows + 1 : usedRows;
    const height = header + padding * 2 + rows * rowHeight + extra;
    // Rows sit in the middle of whatever height the lane has beyond its header.
    const body = top + header + (height - header - rows * rowHeight) / 2;
    const rowY = (row: number) => body + row * rowHeight + rowHeight / 2;
    for (let j = 0; j < entries.length; j++) {
      const row = packing.row[j];
      if (row === OVERFLOW) continue;
      marks.push(markLayout(ctx, entries[j], lane.id, row, rowY(row), packing.labelStart[j], packing.labelRoom[j], frame));
    }
    if (overflow > 0) {
      const singles: number[] = [];
      const first = clusters.length;
      collectClusters(entries, packing, ctx, lane.id, rowY(markRows), frame, clusters, singles);
      marks.push(...loneMarks(ctx, entries, singles, clusters.slice(first), lane.id, markRows, rowY(markRows), frame));
    }
    lanes.push({ lane, y: top, height, rows });
    top += height;
  });
  return { width, height: top, lanes, marks, clusters, eras: layoutEras(input, width) };
}

/** The last pinned slot found, by the event list's identity: a zoom frame reuses the index's list. */
let lastPin: { events: readonly TimelineEvent[]; id: string; slot: number } | null = null;

/**
 * The slot of the pinned event among the frame's events, or -1. O(n) when the pin or the list
 * changed (a selection, a filter), O(1) on every other frame.
 */
function pinnedSlot(input: SceneInput, events: readonly TimelineEvent[]): number {
  const id = input.pinnedId;
  if (!id) return -1;
  if (lastPin && lastPin.events === events && lastPin.id === id) return lastPin.slot;
  let slot = -1;
  for (let s = 0; s < events.length && slot < 0; s++) if (events[s].id === id) slot = s;
  lastPin = { events, id, slot };
  return slot;
}

/**
 * Moves the pinned entry to the front of its lane when packing left it in a cluster, so that
 * packing places it first; says whether it did. Only that lane pays, and only then. O(m).
 */
function pinFirst(entries: Int32Array, packing: LanePacking, slot: number): boolean {
  const j = entries.indexOf(slot);
  if (j < 0 || packing.row[j] !== OVERFLOW) return false;
  entries.copyWithin(1, 0, j);
  entries[0] = slot;
  return true;
}

/**
 * Marks for overflowing entries that would have been a badge of one: a badge must stand for
 * two or more events, so the one event is drawn as itself in the cluster row, its label cut
 * short of the next badge. O(s · c) for s singles and c badges of the lane.
 */
function loneMarks(
  ctx: PackContext,
  entries: Int32Array,
  singles: readonly number[],
  badges: readonly ClusterLayout[],
  laneId: string,
  row: number,
  y: number,
  frame: PixelFrame,
): MarkLayout[] {
  const { u0, u1, point } = ctx.columns;
  // Where each badge and lone mark begins in reading order, in packing coordinates.
  const starts = [
    ...badges.map((b) => (frame.mirrored ? frame.width - b.x1 : b.x0)),
    ...singles.map((j) => u0[entries[j]] - haloOf(point[entries[j]])),
  ];
  return singles.map((j) => {
    const i = entries[j];
    const start = labelStartOf(point[i], u0[i], u1[i]);
    // Room up to the nearest thing ahead in the row.
    let room = start < 0 ? 0 : ctx.width - start;
    for (const next of starts) if (next > start) room = Math.min(room, next - start - MARK_GAP);
    return markLayout(ctx, i, laneId, row, y, start, Math.max(0, room), frame);
  });
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
