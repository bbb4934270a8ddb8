/**
 * The canvas marks layer, for when many marks are on screen: marks, labels and badges are
 * painted on one <canvas> over the lanes (crisp at any device pixel ratio), so a zoom frame
 * costs a repaint, not a DOM join of a thousand groups. Accessibility does not depend on the
 * paint: a small layer of proxies (an SVG <g role="button"> with an invisible hit area per mark
 * on screen, named as the SVG layer names its marks) carries focus, names and the selection,
 * and is brought up to date when the view settles (and for the focused mark, every frame).
 */
import { select, type Selection } from 'd3';
import { hitTest } from '../layout/hitTest';
import { markHitSpan, clusterBox, HIT_SIZE } from '../layout/hitTest';
import { type ClusterLayout, type MarkLayout, type Scene } from '../layout/sceneTypes';
import { LABEL_FONT } from './measureText';
import { BAR_HEIGHT, markKey, shapePath } from './drawScene';
import { readThemeColors, type ThemeColors } from './themeColors';
import type { LayerContext, MarksLayer } from './marksLayer';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Where the layer goes: the chart's container (for the canvas) and a group of its SVG (for proxies). */
export interface CanvasLayerHost {
  /** The chart's container; the canvas is absolutely positioned in it. */
  container: HTMLElement;
  /** Pixels from the container's top to the lanes' top. */
  top: number;
  /** The SVG group the proxies go in. */
  proxies: G;
  /** Time runs right to left. */
  rtl: () => boolean;
}

const shapes = new Map<number, Path2D>();
const shapeOf = (category: number) => {
  let path = shapes.get(category);
  if (!path) shapes.set(category, (path = new Path2D(shapePath(category))));
  return path;
};

/** Creates the layer. */
export function createCanvasMarksLayer(host: CanvasLayerHost): MarksLayer {
  const canvas = select(host.container).append('canvas').attr('class', 'tl-canvas').attr('aria-hidden', 'true').node()!;
  const context = canvas.getContext('2d');
  let colors: ThemeColors | null = null;
  let scene: Scene | null = null;
  let last: LayerContext | null = null;
  let proxiesFresh = false; // the proxies match the last scene drawn
  let built = false; // the proxies were made at least once

  function paint(next: Scene, ctx: LayerContext) {
    if (!context) return;
    const dpr = window.devicePixelRatio || 1;
    const width = Math.max(1, next.width);
    const height = Math.max(1, next.height);
    // Only what changed is written: a style write each frame would cost a style pass each frame.
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      canvas.style.top = `${host.top}px`;
    }
    colors ??= readThemeColors(host.container);
    context.setTransform(dpr, 0, 0, dpr, 0, 0);
    context.clearRect(0, 0, width, height);
    context.font = LABEL_FONT;
    context.textBaseline = 'middle';
    context.direction = host.rtl() ? 'rtl' : 'ltr';
    const focused = document.activeElement?.closest?.('.tl-proxies [data-id]')?.getAttribute('data-id') ?? null;
    for (const mark of next.marks) paintMark(context, mark, colors, ctx, mark.event.id === focused);
    for (const cluster of next.clusters) paintCluster(context, cluster, colors);
  }

  function updateProxies(next: Scene, ctx: LayerContext) {
    const proxies = host.proxies
      .selectAll<SVGGElement, MarkLayout>('g.tl-mark')
      .data(next.marks, markKey)
      .join(
        (enter) => {
          const g = enter
            .append('g')
            .attr('class', (m) => `tl-mark ${m.event.isPoint ? 'point' : 'span'}`)
            .attr('role', 'button')
            .attr('data-id', (m) => m.event.id)
            .attr('aria-label', ctx.nameOf);
          g.append('rect').attr('class', 'tl-hit').attr('y', -HIT_SIZE / 2).attr('height', HIT_SIZE);
          return g;
        },
        (update) => update,
        (exit) => exit.remove(),
      );
    proxies.each(function (m) {
      const [lo, hi] = markHitSpan(m, ctx.measure);
      this.setAttribute('transform', `translate(${lo},${m.y})`);
      const hit = this.firstElementChild!;
      hit.setAttribute('width', String(hi - lo));
      const tabStop = ctx.tabStop !== null && m.event.id === ctx.tabStop.id && m.laneId === ctx.tabStop.laneId;
      this.setAttribute('tabindex', tabStop ? '0' : '-1');
      this.setAttribute('aria-pressed', m.event.id === ctx.selectedId ? 'true' : 'false');
    });
    host.proxies
      .selectAll<SVGGElement, ClusterLayout>('g.tl-cluster')
      .data(next.clusters, (c, i) => `${c.laneId}|${i}`)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'tl-cluster').attr('role', 'button').attr('tabindex', -1);
        g.append('rect').attr('class', 'tl-hit').attr('y', -HIT_SIZE / 2).attr('height', HIT_SIZE);
        return g;
      })
      .attr('data-key', (c) => `${c.laneId}|${next.clusters.filter((d) => d.laneId === c.laneId).indexOf(c)}`)
      .attr('aria-label', ctx.clusterName)
      .attr('transform', (c) => `translate(${clusterBox(c)[0]},${c.y})`)
      .select('rect')
      .attr('width', (c) => clusterBox(c)[1] - clusterBox(c)[0]);
    proxiesFresh = true;
    built = true;
  }

  const layer: MarksLayer = {
    draw(next, ctx) {
      scene = next;
      last = ctx;
      paint(next, ctx);
      if (ctx.settled || !built) return updateProxies(next, ctx);
      // While the view moves, only the focused proxy follows its mark (no join over the others).
      proxiesFresh = false;
      const focused = layer.focusedId();
      const mark = focused === null ? undefined : next.marks.find((m) => m.event.id === focused);
      const node = focused === null ? null : host.proxies.select<SVGGElement>(`g.tl-mark[data-id="${CSS.escape(focused)}"]`).node();
      if (mark && node) node.setAttribute('transform', `translate(${markHitSpan(mark, ctx.measure)[0]},${mark.y})`);
    },
    hitTest: (x, y) => (scene && last ? hitTest(scene, x, y, last.measure) : null),
    focus(id) {
      if (scene && last && !proxiesFresh) updateProxies(scene, last);
      const node = host.proxies.select<SVGGElement>(`g.tl-mark[data-id="${CSS.escape(id)}"]`).node();
      node?.focus({ preventScroll: true });
      if (node && scene && last) paint(scene, last);
      return !!node;
    },
    focusedId() {
      const active = document.activeElement;
      return active && host.proxies.node()!.contains(active) ? active.getAttribute('data-id') : null;
    },
    restyle() {
      colors = null;
      if (scene && last) paint(scene, last);
    },
    destroy() {
      canvas.remove();
      host.proxies.selectAll('*').remove();
      colors = null;
      built = false;
    },
  };
  return layer;
}

/** Paints one mark: bar (spans), symbol, label, and the selection and focus rings. */
function paintMark(c: CanvasRenderingContext2D, mark: MarkLayout, colors: ThemeColors, ctx: LayerContext, focused: boolean) {
  const { event } = mark;
  const category = ctx.categoryIndex.get(event.category) ?? 0;
  const colour = colors.categories[category % 8];
  const hollow = event.certainty === 'alleged' || event.certainty === 'disputed';
  const selected = event.id === ctx.selectedId;
  c.save();
  c.lineWidth = selected ? 2.5 : 1.5;
  c.strokeStyle = selected ? colors.text : colour;
  if (!event.isPoint) {
    c.setLineDash(event.approximate ? [2, 3] : event.certainty === 'disputed' ? [3, 2] : []);
    c.fillStyle = colour;
    c.globalAlpha = hollow ? 0.08 : event.approximate ? 0.18 : 0.35;
    roundRect(c, mark.x0, mark.y - BAR_HEIGHT / 2, Math.max(0, mark.x1 - mark.x0), BAR_HEIGHT, 3);
    c.fill();
    c.globalAlpha = 1;
    c.stroke();
  }
  c.translate(mark.x0, mark.y);
  if (!event.isPoint) c.scale(0.8, 0.8);
  const shape = shapeOf(category);
  c.setLineDash(event.approximate ? [2, 2] : event.certainty === 'disputed' ? [3, 2] : []);
  c.fillStyle = hollow ? colors.bg : colour;
  c.globalAlpha = event.certainty === 'reported' ? 0.55 : 1;
  c.fill(shape);
  c.globalAlpha = 1;
  c.stroke(shape);
  c.restore();
  if (mark.label) {
    c.textAlign = mark.labelAnchor === 'end' ? 'right' : 'left';
    c.lineWidth = 3;
    c.lineJoin = 'round';
    c.strokeStyle = colors.bg;
    c.strokeText(mark.label, mark.labelX, mark.y);
    c.fillStyle = colors.text;
    c.fillText(mark.label, mark.labelX, mark.y);
  }
  if (focused) {
    c.save();
    c.strokeStyle = colors.focus;
    c.lineWidth = 3;
    const [lo, hi] = markHitSpan(mark, (text) => c.measureText(text).width);
    roundRect(c, lo, mark.y - HIT_SIZE / 2, hi - lo, HIT_SIZE, 4);
    c.stroke();
    c.restore();
  }
}

/** Paints a count badge. */
function paintCluster(c: CanvasRenderingContext2D, cluster: ClusterLayout, colors: ThemeColors) {
  const [lo, hi] = clusterBox(cluster);
  c.save();
  c.fillStyle = colors.surface;
  c.strokeStyle = colors.border;
  c.lineWidth = 1;
  roundRect(c, lo, cluster.y - HIT_SIZE / 2, hi - lo, HIT_SIZE, HIT_SIZE / 2);
  c.fill();
  c.stroke();
  c.fillStyle = colors.text;
  c.font = `700 11px ${LABEL_FONT.replace(/^\d+px /, '')}`;
  c.textAlign = 'center';
  c.direction = 'ltr';
  c.fillText(String(cluster.count), (lo + hi) / 2, cluster.y);
  c.restore();
}

function roundRect(c: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number) {
  c.beginPath();
  c.roundRect(x, y, w, h, Math.min(r, w / 2, h / 2));
}
