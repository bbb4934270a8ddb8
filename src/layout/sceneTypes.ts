/**
 * The scene: everything the renderer draws for one viewport, in pixels, plus the fixed sizes
 * layout assumes about marks. Both renderers (SVG and canvas) read only these values.
 */
import type { ScaleTime } from 'd3';
import type { TimelineEvent } from '../model/types';
import type { EventIndex } from './eventIndex';
import type { Lane, LaneMode } from './lanes';
import type { MeasureLabel } from './labels';

/** Radius of a point event's symbol, in pixels. */
export const POINT_RADIUS = 5;
/** Narrowest drawn span: shorter spans are widened around their centre to this. */
export const MIN_SPAN_PX = 6;
/** Space between a mark and its label (and between a span's start and its label's start). */
export const LABEL_GAP = 4;
/** Least blank space between two things in the same row. */
export const MARK_GAP = 6;
/** Marks and clusters this far outside [0, width] are still laid out; further ones are dropped. */
export const CULL_MARGIN = 100;
/** Overflowing marks whose extents are closer than this merge into one cluster. */
export const CLUSTER_MERGE_PX = 24;
/** Widest a cluster grows by merging, so that zoomed far out a badge still stands for a stretch. */
export const CLUSTER_MAX_PX = 80;
/** Narrowest cluster extent, so that a badge has room. */
export const CLUSTER_MIN_PX = 20;
/** Least gap between two clusters' extents in a lane. */
export const CLUSTER_SPACING_PX = 4;
/** Default height of one row. */
export const DEFAULT_ROW_HEIGHT = 22;
/** Default number of rows a lane may use, the cluster row included. */
export const DEFAULT_MAX_ROWS_PER_LANE = 4;
/** Default blank space above and below a lane's rows. */
export const DEFAULT_LANE_PADDING = 8;

/**
 * One drawn event mark in one lane. x0 <= x1 always (pixels, after rtl). A point event has
 * x0 === x1 and is drawn as a symbol of radius POINT_RADIUS; a span has x1 - x0 >= MIN_SPAN_PX.
 */
export interface MarkLayout {
  /** The event drawn. */
  event: TimelineEvent;
  /** The lane this copy of the event is drawn in. */
  laneId: string;
  /** Row within the lane, 0 at the top. */
  row: number;
  /** Left pixel edge. */
  x0: number;
  /** Right pixel edge (equal to x0 for a point). */
  x1: number;
  /** Vertical centre of the row, in pixels from the top of the scene. */
  y: number;
  /** Text to draw: the title, a shortened title ending in '…', or null for none. */
  label: string | null;
  /** Text anchor x: the left end of the text for 'start', the right end for 'end'. */
  labelX: number;
  /** 'start' in left-to-right layouts (text runs right from labelX), 'end' in right-to-left. */
  labelAnchor: 'start' | 'end';
}

/** Several marks too dense to show: drawn as one badge with its count; clicking zooms to [t0, t1). */
export interface ClusterLayout {
  /** The lane the hidden marks belong to. */
  laneId: string;
  /** Left pixel edge of the badge: over the hidden marks, at least CLUSTER_MIN_PX wide, apart from other badges. */
  x0: number;
  /** Right pixel edge of the badge. */
  x1: number;
  /** Vertical centre of the lane's cluster row (its last row). */
  y: number;
  /** How many marks it stands for. */
  count: number;
  /** Earliest start of the hidden events, UTC ms. */
  t0: number;
  /** Latest end of the hidden events, UTC ms. */
  t1: number;
}

/** One lane's band. */
export interface LaneLayout {
  /** The lane. */
  lane: Lane;
  /** Top edge in pixels. */
  y: number;
  /** padding * 2 + rows * rowHeight. */
  height: number;
  /** Rows in use, at least 1, the cluster row included. */
  rows: number;
}

/** An era band. */
export interface EraLayout {
  /** Era id. */
  id: string;
  /** Display title. */
  title: string;
  /** Left pixel edge, clamped to [-1, width + 1]. */
  x0: number;
  /** Right pixel edge, clamped to [-1, width + 1]. */
  x1: number;
}

/** Everything the renderer draws for one viewport. */
export interface Scene {
  /** Viewport width in pixels. */
  width: number;
  /** Sum of the lane heights. */
  height: number;
  /** Lanes top to bottom. */
  lanes: LaneLayout[];
  /** Marks, lane by lane, each lane's in reading order. */
  marks: MarkLayout[];
  /** Cluster badges, lane by lane. */
  clusters: ClusterLayout[];
  /** Eras that touch the viewport, in input order. */
  eras: EraLayout[];
}

/** What buildScene needs for one viewport. */
export interface SceneInput {
  /** The visible slice (already filtered), sorted by t0; or index.events, see `index`. */
  events: readonly TimelineEvent[];
  /**
   * Optional fast path for large datasets. Pass the EventIndex together with
   * `events: index.events` (the whole indexed list, not a slice): buildScene then finds the
   * visible events itself by bisection and reads their times and lanes from the index's typed
   * arrays instead of the event objects. Same result as passing the slice; ignored when
   * `events` is not `index.events`.
   */
  index?: EventIndex;
  /** Lanes top to bottom; events in other lanes are not drawn. */
  lanes: readonly Lane[];
  /** What the lanes stand for. */
  mode: LaneMode;
  /** The current (zoomed) scale. */
  x: ScaleTime<number, number>;
  /** Viewport width in pixels. */
  width: number;
  /** Era bands, UTC ms. */
  eras: readonly { id: string; title: string; t0: number; t1: number }[];
  /** Pixel width of a label. Pass the same function every frame: widths are cached per function. */
  measureLabel: MeasureLabel;
  /** Right-to-left: labels sit on the left of their marks, anchored at their end. */
  rtl: boolean;
  /** Height of one row; default 22. */
  rowHeight?: number;
  /** Rows per lane, cluster row included; default 4. Marks that don't fit become clusters. */
  maxRowsPerLane?: number;
  /** A mark's label text; default its title. Called for placed marks only; keep it cheap or cached. */
  labelOf?: (event: TimelineEvent) => string;
  /** Space above a lane's first row for its label; default 0. */
  laneHeader?: number;
  /** Blank space above and below a lane's rows; default 8. */
  lanePadding?: number;
  /**
   * Fixed rows per lane, in lane order (overrides maxRowsPerLane). Each lane is then exactly
   * that tall whatever the zoom, so the chart holds still while zooming (see chartGeometry).
   */
  rowsPerLane?: readonly number[];
  /** Height added to every lane beyond its rows (the rows stay centred); default 0. */
  laneExtra?: number;
  /**
   * An event whose mark must be drawn when it is in view, even where it would otherwise be
   * hidden in a cluster (the selected event): its lane is packed again with it placed first.
   */
  pinnedId?: string | null;
}
