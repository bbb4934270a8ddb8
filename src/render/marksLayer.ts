/**
 * A layer that draws a scene's marks and count badges. Two implement it: SVG (an element per
 * mark, for small sets, print and export) and canvas (many marks, with a few focusable
 * proxies). The chart talks to either through these three verbs only, so they share the
 * scene, the view controller, the axis and the labels.
 */
import type { Scene, MarkLayout, ClusterLayout } from '../layout/sceneTypes';
import type { Hit } from '../layout/hitTest';

/** What a layer needs besides the scene. */
export interface LayerContext {
  /** Category index by id, for colour and shape. */
  categoryIndex: Map<string, number>;
  /** Selected event id. */
  selectedId: string | null;
  /** The one mark in the tab order (roving focus), if any. */
  tabStop: { id: string; laneId: string } | null;
  /** The accessible name of a mark. */
  nameOf: (mark: MarkLayout) => string;
  /** The accessible name of a badge. */
  clusterName: (cluster: ClusterLayout) => string;
  /** Label width in pixels. */
  measure: (text: string) => number;
  /** False while the view is moving: a layer may leave what only settles matter for (proxies) until then. */
  settled: boolean;
}

/** A drawing layer for marks and badges. */
export interface MarksLayer {
  /** Draws the scene (y measured from the top of the lanes). */
  draw(scene: Scene, context: LayerContext): void;
  /** The mark or badge at a point of the lanes, from the last scene drawn. */
  hitTest(x: number, y: number): Hit | null;
  /** Gives keyboard focus to an event's mark; false when it is not drawn. */
  focus(id: string): boolean;
  /** The id of the mark that has keyboard focus, or null. */
  focusedId(): string | null;
  /** The theme changed: colours are read again (a canvas cannot follow CSS by itself). */
  restyle?(): void;
  /** Removes what the layer added. */
  destroy(): void;
}
