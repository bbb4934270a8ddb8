/**
 * What lies under a point of the chart: a mark (its symbol or bar, at least 24 × 24 px, and its
 * label) or a count badge. Works from the scene alone, so the SVG and the canvas layers answer
 * clicks the same way and neither needs a DOM element per mark. O(marks + badges).
 */
import type { ClusterLayout, MarkLayout, Scene } from './sceneTypes';
import type { MeasureLabel } from './labels';
import { labelWidth } from './labels';

/** Smallest hit target, WCAG 2.2 target size. */
export const HIT_SIZE = 24;

/** What a point hits. */
export type Hit = { kind: 'mark'; mark: MarkLayout } | { kind: 'cluster'; cluster: ClusterLayout };

/** [left, right] of a mark's hit area in chart pixels: its extent widened to HIT_SIZE, and its label. */
export function markHitSpan(mark: MarkLayout, measure: MeasureLabel): [number, number] {
  const middle = (mark.x0 + mark.x1) / 2;
  let lo = Math.min(mark.x0, middle - HIT_SIZE / 2);
  let hi = Math.max(mark.x1, middle + HIT_SIZE / 2);
  if (mark.label) {
    const size = labelWidth(measure, mark.label);
    lo = Math.min(lo, mark.labelAnchor === 'end' ? mark.labelX - size : mark.labelX);
    hi = Math.max(hi, mark.labelAnchor === 'end' ? mark.labelX : mark.labelX + size);
  }
  return [lo, hi];
}

/** [left, right] of a badge as drawn: at least HIT_SIZE wide, 8 px wider than its extent. */
export function clusterBox(cluster: ClusterLayout): [number, number] {
  const width = Math.max(HIT_SIZE, cluster.x1 - cluster.x0 + 8);
  const middle = (cluster.x0 + cluster.x1) / 2;
  return [middle - width / 2, middle + width / 2];
}

/**
 * The mark or badge at (x, y) in scene pixels (y from the top of the lanes). Badges first (they
 * sit in their own row); among marks, the one whose symbol is nearest wins where hit areas meet.
 */
export function hitTest(scene: Scene, x: number, y: number, measure: MeasureLabel): Hit | null {
  for (const cluster of scene.clusters) {
    const [lo, hi] = clusterBox(cluster);
    if (x >= lo && x <= hi && Math.abs(y - cluster.y) <= HIT_SIZE / 2) return { kind: 'cluster', cluster };
  }
  let best: MarkLayout | null = null;
  let bestDistance = Infinity;
  for (const mark of scene.marks) {
    if (Math.abs(y - mark.y) > HIT_SIZE / 2) continue;
    const [lo, hi] = markHitSpan(mark, measure);
    if (x < lo || x > hi) continue;
    const distance = x < mark.x0 ? mark.x0 - x : x > mark.x1 ? x - mark.x1 : 0;
    if (distance < bestDistance) {
      best = mark;
      bestDistance = distance;
    }
  }
  return best ? { kind: 'mark', mark: best } : null;
}
