/**
 * Greedy row packing for one lane, after vis-timeline's Stack.js: marks are taken in reading
 * order and each goes in the lowest row whose contents end before it starts.
 *
 * Everything here is in packing coordinates u, which grow in the reading direction (u = px
 * left to right, u = width - px right to left), so a label always follows its mark and one
 * code path serves both directions. A mark occupies [u0 - halo, max(u1 + halo, label end)]
 * plus MARK_GAP, where halo is the point radius (0 for spans).
 *
 * Marks outrank labels: when no row is free for a mark but one would be if the last label in
 * it were shortened, that label is cut back to the room left before the new mark. Only a mark
 * that fits in no row even then overflows into a cluster.
 */
import type { TimelineEvent } from '../model/types';
import { labelWidth, type MeasureLabel } from './labels';
import type { SceneColumns } from './sceneColumns';
import { LABEL_GAP, MARK_GAP, POINT_RADIUS } from './sceneTypes';

/** Row value of an entry that fitted in no row. */
export const OVERFLOW = -1;

/** What packing reads: the frame's columns, the events (for titles only) and the measure. */
export interface PackContext {
  /** The visible events; only placed marks' titles are read. */
  events: readonly TimelineEvent[];
  /** The frame's columns, which packing also writes its answers into. */
  columns: SceneColumns;
  /** Label widths, cached per function. */
  measure: MeasureLabel;
  /** The viewport's width: labels are cut at its far edge rather than run off it. */
  width: number;
  /** A mark's label text. */
  labelOf: (event: TimelineEvent) => string;
}

/** Where one lane's answers go: views of columns.row / labelStart / labelRoom over its entries. */
export type LanePacking = Pick<SceneColumns, 'row' | 'labelStart' | 'labelRoom'>;

/** Pixels a mark reaches beyond [u0, u1]: the symbol's radius for a point, 0 for a span. */
export function haloOf(isPoint: number | boolean): number {
  return isPoint ? POINT_RADIUS : 0;
}

/**
 * Where the label of a mark over [u0, u1] starts: after a point's symbol, or just inside a
 * span's start, moved to the viewport's edge when the span starts off-screen so that a long
 * span's label stays readable. O(1).
 */
export function labelStartOf(isPoint: number | boolean, u0: number, u1: number): number {
  if (isPoint) return u1 + POINT_RADIUS + LABEL_GAP;
  return (u0 < 0 && u1 > 0 ? 0 : u0) + LABEL_GAP;
}

/**
 * Packs one lane's entries (indices into ctx.events, in reading order) into at most `rows`
 * rows, writing into `out`. Returns how many entries overflowed; with stopAtFirstOverflow it
 * returns 1 as soon as one does and leaves `out` incomplete (the caller repacks with fewer
 * rows to make room for a cluster row). Cost O(m · rows) for m entries, plus one cached width
 * lookup per placed mark; no allocation beyond three row-sized arrays.
 */
export function packLane(
  entries: Int32Array,
  ctx: PackContext,
  rows: number,
  out: LanePacking,
  stopAtFirstOverflow: boolean,
): number {
  const rowEnd = new Float64Array(rows).fill(-Infinity); // end of everything in the row
  const rowBareEnd = new Float64Array(rows).fill(-Infinity); // same, had its last label no text
  const rowLast = new Int32Array(rows).fill(-1); // entry slot of the row's last mark
  let overflow = 0;
  const { u0, u1, point } = ctx.columns;
  for (let j = 0; j < entries.length; j++) {
    const i = entries[j];
    const halo = haloOf(point[i]);
    const start = u0[i] - halo;
    let row = lowestRowEndingBy(rowEnd, start);
    if (row < 0) {
      row = rowWithMostRoomAfterCut(rowBareEnd, rowLast, out.labelStart, start);
      if (row >= 0) {
        // The label in the way yields to the mark, keeping what fits before it.
        out.labelRoom[rowLast[row]] = start - MARK_GAP - out.labelStart[rowLast[row]];
      }
    }
    if (row < 0) {
      out.row[j] = OVERFLOW;
      overflow++;
      if (stopAtFirstOverflow) return overflow;
      continue;
    }
    // The one place packing reads an event object, and only for marks that are placed.
    const markEnd = u1[i] + halo;
    const textStart = labelStartOf(point[i], u0[i], u1[i]);
    const textEnd = textStart + labelWidth(ctx.measure, ctx.labelOf(ctx.events[i]));
    out.row[j] = row;
    out.labelStart[j] = textStart;
    // A label that would start before the viewport or run past its far edge is cut to what
    // shows (fitLabel drops it when too little is left), so no label is half off-screen.
    out.labelRoom[j] = textStart < 0 ? 0 : textEnd > ctx.width ? ctx.width - textStart : Infinity;
    rowEnd[row] = Math.max(markEnd, textEnd) + MARK_GAP;
    rowBareEnd[row] = markEnd + MARK_GAP;
    rowLast[row] = j;
  }
  return overflow;
}

/** The lowest row whose contents end at or before u, or -1. O(rows). */
function lowestRowEndingBy(rowEnd: Float64Array, u: number): number {
  for (let row = 0; row < rowEnd.length; row++) if (rowEnd[row] <= u) return row;
  return -1;
}

/**
 * Among rows whose last mark (without its label) ends by u, the one that leaves that label
 * the most room; the lowest such row on ties; -1 if none. O(rows).
 */
function rowWithMostRoomAfterCut(rowBareEnd: Float64Array, rowLast: Int32Array, labelStart: Float64Array, u: number): number {
  let best = -1;
  let bestRoom = -Infinity;
  for (let row = 0; row < rowBareEnd.length; row++) {
    if (rowBareEnd[row] > u || rowLast[row] < 0) continue;
    const room = u - labelStart[rowLast[row]];
    if (room > bestRoom) {
      best = row;
      bestRoom = room;
    }
  }
  return best;
}
