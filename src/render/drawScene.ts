/**
 * Draws one Scene into the SVG layers the renderer owns, with keyed data joins so that a zoom
 * frame only moves what is already there. Cost per frame: O(marks + clusters) DOM updates;
 * the scene builder has already culled to the visible slice and packed the rows.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, symbolCross, type Selection } from 'd3';
import type { ClusterLayout, MarkLayout, Scene } from '../layout/scene';
import { fitLabel } from '../layout/labels';
import type { LayerContext } from './marksLayer';
import { HIT_SIZE as HIT, markHitSpan } from '../layout/hitTest';

/** Shapes per category index, so categories differ by more than colour. */
const SHAPES = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolWye, symbolCross];
/** Marker area in px² (a circle of about 12 px across). */
const SYMBOL_SIZE = 110;
/** Height of a span bar. */
export const BAR_HEIGHT = 12;

/** The shape path for a category index, centred on 0,0. */
export function shapePath(categoryIndex: number): string {
  return symbol(SHAPES[categoryIndex % SHAPES.length], SYMBOL_SIZE)() ?? '';
}

/** What drawScene needs besides the scene: the marks layers' shared context. */
export type DrawContext = LayerContext;

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Writes an attribute only when its value differs: a DOM write costs more than a read. */
function setIfChanged(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** The key of a mark: an event may sit in several lanes when laned by actor. */
export const markKey = (m: MarkLayout) => `${m.event.id}|${m.laneId}`;

/**
 * Draws the marks layer. What depends only on the event (its name, shape, category and
 * certainty classes, tooltip) is written once when its mark enters; a zoom frame writes only
 * what moves, and text only where it changed, so it does not re-lay out hundreds of labels.
 */
export function drawMarks(layer: G, scene: Scene, ctx: DrawContext): void {
  const marks = layer
    .selectAll<SVGGElement, MarkLayout>('g.tl-mark')
    .data(scene.marks, markKey)
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('role', 'button')
        .attr('data-id', (m) => m.event.id)
        .attr('class', (m) => {
          const c = ctx.categoryIndex.get(m.event.category) ?? 0;
          const kind = m.event.isPoint ? 'point' : 'span';
          return `tl-mark ${kind} cat-${c % 8} cert-${m.event.certainty}${m.event.approximate ? ' approx' : ''}`;
        })
        .attr('aria-label', ctx.nameOf);
      g.append('rect').attr('class', 'tl-hit').attr('y', -HIT / 2).attr('height', HIT);
      // Only spans get a bar: most marks are points, and every element costs style and layout.
      g.filter((m) => !m.event.isPoint).append('rect').attr('class', 'tl-bar').attr('y', -BAR_HEIGHT / 2).attr('height', BAR_HEIGHT).attr('rx', 3);
      // Spans carry their category's shape at their start, so shape tells categories apart there too.
      g.append('path').attr('class', 'tl-symbol').attr('d', (m) => shapePath(ctx.categoryIndex.get(m.event.category) ?? 0));
      g.append('text').attr('class', 'tl-label').attr('dy', '0.35em');
      // The full name as a tooltip: labels are often shortened to fit.
      g.append('title').text(ctx.nameOf);
      return g;
    });

  // Attributes that rarely change are compared before writing: rewriting tabindex on the
  // focused element alone forces a style and layout pass in Chromium.
  marks.each(function (m) {
    this.setAttribute('transform', `translate(${m.x0},${m.y})`);
    const selected = m.event.id === ctx.selectedId;
    const isTabStop = ctx.tabStop !== null && m.event.id === ctx.tabStop.id && m.laneId === ctx.tabStop.laneId;
    setIfChanged(this, 'tabindex', isTabStop ? '0' : '-1');
    setIfChanged(this, 'aria-pressed', selected ? 'true' : 'false');
    if (this.classList.contains('selected') !== selected) this.classList.toggle('selected', selected);
  });

  // The hit area spans the mark (at least 24 × 24 px) and its label, in mark-local pixels:
  // the same span the scene's hitTest answers clicks from.
  const hitSpan = (m: MarkLayout): [number, number] => {
    const [lo, hi] = markHitSpan(m, ctx.measure);
    return [lo - m.x0, hi - m.x0];
  };
  marks.select<SVGRectElement>('rect.tl-hit').each(function (m) {
    const [lo, hi] = hitSpan(m);
    setIfChanged(this, 'x', String(lo));
    setIfChanged(this, 'width', String(hi - lo));
  });
  marks.select<SVGRectElement>('rect.tl-bar').each(function (m) {
    this.setAttribute('width', String(Math.max(0, m.x1 - m.x0)));
  });
  marks.select<SVGTextElement>('text.tl-label').each(function (m) {
    const label = m.label ?? '';
    if (this.textContent !== label) this.textContent = label;
    if (!label) return setIfChanged(this, 'display', 'none');
    if (this.hasAttribute('display')) this.removeAttribute('display');
    setIfChanged(this, 'x', String(m.labelX - m.x0));
    setIfChanged(this, 'text-anchor', m.labelAnchor);
  });
}

/**
 * Draws the clusters layer: a badge with the count for marks too dense to show. Badges are
 * keyed by lane and position, not by time span (which shifts every zoom frame), so a frame
 * moves the badges it has instead of replacing them.
 */
export function drawClusters(layer: G, scene: Scene, ctx: Pick<DrawContext, 'clusterName'>): void {
  const ordinal = new Map<string, number>();
  const keyOf = (c: ClusterLayout) => {
    const n = ordinal.get(c.laneId) ?? 0;
    ordinal.set(c.laneId, n + 1);
    return `${c.laneId}|${n}`;
  };
  const keys = scene.clusters.map(keyOf);
  const clusters = layer
    .selectAll<SVGGElement, ClusterLayout>('g.tl-cluster')
    .data(scene.clusters, function (_c, i) {
      // Existing nodes keep the key they were drawn with; new data take this frame's keys.
      return this instanceof Element ? (this.getAttribute('data-key') ?? '') : keys[i];
    })
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tl-cluster').attr('role', 'button').attr('tabindex', -1);
      g.append('rect').attr('class', 'tl-cluster-box').attr('y', -HIT / 2).attr('height', HIT).attr('rx', HIT / 2);
      g.append('text').attr('class', 'tl-cluster-count').attr('dy', '0.35em').attr('text-anchor', 'middle');
      return g;
    })
    .attr('data-key', (_, i) => keys[i])
    .attr('transform', (c) => `translate(${(c.x0 + c.x1) / 2},${c.y})`);
  clusters.each(function (c) {
    const name = ctx.clusterName(c);
    if (this.getAttribute('aria-label') !== name) this.setAttribute('aria-label', name);
    const count = this.querySelector('text')!;
    if (count.textContent !== String(c.count)) count.textContent = String(c.count);
  });
  clusters
    .select('rect.tl-cluster-box')
    .attr('x', (c) => -Math.max(HIT, c.x1 - c.x0 + 8) / 2)
    .attr('width', (c) => Math.max(HIT, c.x1 - c.x0 + 8));
}

/** How bands are placed: the era strip above the lanes, the reading direction, label widths. */
export interface BandOptions {
  /** Height of the era strip above the first lane. */
  top: number;
  /** Lane labels sit at the right in right-to-left layouts. */
  rtl: boolean;
  /** Label widths, to shorten era titles to the room they have. */
  measure: (text: string) => number;
}

/** Draws lane bands with their labels, and era bands with their titles. */
export function drawBands(lanesLayer: G, erasLayer: G, scene: Scene, { top, rtl, measure }: BandOptions): void {
  lanesLayer
    .selectAll<SVGGElement, Scene['lanes'][number]>('g.tl-lane')
    .data(scene.lanes, (l) => l.lane.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tl-lane');
      g.append('rect').attr('class', 'tl-lane-band');
      g.append('text').attr('class', 'tl-lane-label');
      return g;
    })
    .attr('transform', (l) => `translate(0,${l.y})`)
    .call((g) => g.select('rect').attr('width', scene.width).attr('height', (l) => l.height))
    .call((g) =>
      g.select<SVGTextElement>('text').text((l) => l.lane.label).attr('y', 12).attr('x', rtl ? scene.width - 6 : 6).attr('text-anchor', rtl ? 'end' : 'start'),
    );

  // Each era title gets the room up to the next era (or the edge), shortened or hidden to fit.
  const sorted = [...scene.eras].sort((a, b) => a.x0 - b.x0);
  const room = new Map(sorted.map((e, i) => [e.id, (sorted[i + 1]?.x0 ?? scene.width) - Math.max(e.x0, 0) - 8]));
  erasLayer
    .selectAll<SVGGElement, Scene['eras'][number]>('g.tl-era')
    .data(scene.eras, (e) => e.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tl-era');
      g.append('rect').attr('class', 'tl-era-band');
      g.append('text').attr('class', 'tl-era-title').attr('dy', '1em');
      return g;
    })
    .call((g) => g.select('rect').attr('x', (e) => e.x0).attr('width', (e) => Math.max(1, e.x1 - e.x0)).attr('y', -top).attr('height', scene.height + top))
    .call((g) =>
      g.select<SVGTextElement>('text').text((e) => fitLabel(measure, e.title, room.get(e.id) ?? 0) ?? '').attr('x', (e) => Math.max(e.x0, 0) + 3).attr('y', -top + 1),
    );
}
