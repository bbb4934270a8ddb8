/**
 * The SVG marks layer: one <g role="button"> per mark (focusable, named, pressed when
 * selected) and per badge, joined by key so a zoom frame moves what is there. Best for the
 * hundreds of marks most timelines have, and what print and export use.
 */
import type { Selection } from 'd3';
import { drawClusters, drawMarks } from './drawScene';
import { hitTest } from '../layout/hitTest';
import type { Scene } from '../layout/sceneTypes';
import type { MarksLayer } from './marksLayer';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Creates the layer in two groups the chart gives it (marks above lanes, badges above marks). */
export function createSvgMarksLayer(marks: G, clusters: G): MarksLayer {
  let scene: Scene | null = null;
  let measure: (text: string) => number = () => 0;
  const markNode = (id: string) => marks.select<SVGGElement>(`g.tl-mark[data-id="${CSS.escape(id)}"]`).node();
  return {
    draw(next, context) {
      scene = next;
      measure = context.measure;
      drawMarks(marks, next, context);
      drawClusters(clusters, next, context);
    },
    hitTest: (x, y) => (scene ? hitTest(scene, x, y, measure) : null),
    focus(id) {
      const node = markNode(id);
      node?.focus({ preventScroll: true });
      return !!node;
    },
    focusedId() {
      const active = document.activeElement;
      return active && marks.node()!.contains(active) ? active.getAttribute('data-id') : null;
    },
    destroy() {
      marks.selectAll('*').remove();
      clusters.selectAll('*').remove();
    },
  };
}
