/**
 * The chart part of a picture, from the scene the chart drew last and the axis ticks of the
 * same scale: era bands and titles, lane bands and names, marks with their labels, count
 * badges and the axis, where the chart puts them. How each thing is painted follows
 * styles/timeline.css (category colour and shape; certainty as solid, half-filled, hollow or
 * hollow and dashed; approximate dates dashed; the selected mark outlined); keep the two in
 * step. Pure: O(marks + clusters + lanes + eras + ticks).
 */
import type { ClusterLayout, MarkLayout, Scene } from '../layout/sceneTypes';
import type { AxisTick } from '../layout/axisTicks';
import { AXIS_HEIGHT, ERA_STRIP } from '../layout/chartGeometry';
import { HIT_SIZE } from '../layout/hitTest';
import { fitLabel } from '../layout/labels';
import type { MarkShapes, MeasureText, Paint, Palette, PictureItem, PictureLayer, TextItem } from './types';

/** Label and axis text sizes, as in timeline.css. */
const LABEL_SIZE = 12;
const SMALL_SIZE = 11;
/** The baseline sits this far below a row's centre, as the chart's `dy="0.35em"`. */
const CENTRE_DROP = 0.35;

/** What the chart part is made from. */
export interface ChartPictureInput {
  /** The scene the chart drew. */
  scene: Scene;
  /** The axis ticks of the scale it drew with. */
  ticks: readonly AxisTick[];
  /** Category index by id (colour and shape), as the chart numbers them. */
  categoryIndex: ReadonlyMap<string, number>;
  /** The selected event, outlined as on the page. */
  selectedId: string | null;
  /** Right-to-left interface: lane names sit at the right. */
  rtl: boolean;
  /** Colours. */
  palette: Palette;
  /** The chart's mark shapes. */
  shapes: MarkShapes;
  /** Text widths in the picture's font. */
  measure: MeasureText;
  /**
   * The room the chart gave each mark label (its width in the chart's own font): a label
   * wider than that in the picture's font is shortened to it, so it cannot run into the next mark.
   */
  labelRoom?: (label: string) => number;
  /** Where the chart's top edge goes in the picture. */
  top: number;
}

/** The height of the chart part: era strip, lanes and axis, as the live chart. */
export const chartPictureHeight = (scene: Scene) => ERA_STRIP + scene.height + AXIS_HEIGHT;

/** The chart part as a layer clipped to the chart's box. */
export function chartPicture(input: ChartPictureInput): PictureLayer {
  const { scene, palette, top } = input;
  const lanesTop = top + ERA_STRIP;
  const items: PictureItem[] = [];
  const text = (x: number, y: number, words: string, extra: Partial<TextItem> = {}): TextItem => ({
    kind: 'text', x, y, text: words, size: SMALL_SIZE, weight: 400, fill: palette.text, align: 'left', rtl: false, ...extra,
  });

  // Lane bands, alternating as `.tl-lane:nth-child(even)`; their names over them.
  scene.lanes.forEach((l, i) => {
    items.push({ kind: 'rect', x: 0, y: lanesTop + l.y, width: scene.width, height: l.height, paint: { fill: i % 2 ? palette.bg : palette.band, stroke: palette.surface } });
  });
  // Eras over the lanes, from the top of the era strip; titles shortened to the room up to the next era.
  const eras = [...scene.eras].sort((a, b) => a.x0 - b.x0);
  eras.forEach((e, i) => {
    items.push({ kind: 'rect', x: e.x0, y: top, width: Math.max(1, e.x1 - e.x0), height: scene.height + ERA_STRIP, paint: { fill: palette.era } });
    const room = (eras[i + 1]?.x0 ?? scene.width) - Math.max(e.x0, 0) - 8;
    const title = fitLabel((s) => input.measure(s, SMALL_SIZE, 600), e.title, room);
    if (title) items.push(text(Math.max(e.x0, 0) + 3, top + 1 + SMALL_SIZE, title, { weight: 600, fill: palette.eraText }));
  });
  for (const l of scene.lanes) {
    items.push(text(input.rtl ? scene.width - 6 : 6, lanesTop + l.y + 12, l.lane.label, { weight: 600, fill: palette.muted, halo: palette.bg, align: input.rtl ? 'right' : 'left' }));
  }

  for (const m of scene.marks) items.push(...markItems(m, input, lanesTop));
  for (const c of scene.clusters) items.push(...clusterItems(c, palette, lanesTop));

  // The axis under the lanes: a line, a short tick per date, labels kept inside the chart.
  const axisY = lanesTop + scene.height;
  items.push({ kind: 'line', x1: 0, y1: axisY, x2: scene.width, y2: axisY, stroke: palette.border, strokeWidth: 1 });
  for (const t of input.ticks) {
    items.push({ kind: 'line', x1: t.x, y1: axisY, x2: t.x, y2: axisY + 6, stroke: palette.border, strokeWidth: 1 });
    const align = t.anchor === 'start' ? 'left' : t.anchor === 'end' ? 'right' : 'center';
    items.push(text(t.x + t.labelX, axisY + 9 + 0.71 * SMALL_SIZE, t.label, { fill: palette.muted, align }));
  }
  return { name: 'chart', clip: { x: 0, y: top, width: scene.width, height: chartPictureHeight(scene) }, items };
}

/** A mark: a span's bar, the category's shape, and the label. */
function markItems(m: MarkLayout, input: ChartPictureInput, lanesTop: number): PictureItem[] {
  const { palette } = input;
  const e = m.event;
  const colour = palette.categories[(input.categoryIndex.get(e.category) ?? 0) % palette.categories.length];
  const selected = e.id === input.selectedId;
  const hollow = e.certainty === 'alleged' || e.certainty === 'disputed';
  const outline = selected ? { stroke: palette.text, strokeWidth: 2.5 } : { stroke: colour, strokeWidth: 1.5 };
  const y = lanesTop + m.y;
  const items: PictureItem[] = [];
  if (!e.isPoint) {
    const bar: Paint = { fill: colour, fillOpacity: e.approximate ? 0.18 : hollow ? 0.08 : 0.35, ...outline };
    if (e.approximate) bar.dash = [2, 3];
    else if (e.certainty === 'disputed') bar.dash = [3, 2];
    const { barHeight } = input.shapes;
    items.push({ kind: 'rect', x: m.x0, y: y - barHeight / 2, width: Math.max(0, m.x1 - m.x0), height: barHeight, rx: 3, paint: bar });
  }
  const shape: Paint = { fill: hollow ? palette.bg : colour, ...outline };
  if (e.certainty === 'reported') shape.fillOpacity = 0.55;
  if (e.approximate) shape.dash = [2, 2];
  else if (e.certainty === 'disputed') shape.dash = [3, 2];
  items.push({ kind: 'path', d: input.shapes.symbol(input.categoryIndex.get(e.category) ?? 0), x: m.x0, y, scale: e.isPoint ? undefined : 0.8, paint: shape });
  const label = m.label && (input.labelRoom ? fitLabel((s) => input.measure(s, LABEL_SIZE), m.label, Math.ceil(input.labelRoom(m.label))) : m.label);
  if (label) {
    items.push({
      kind: 'text', x: m.labelX, y: y + CENTRE_DROP * LABEL_SIZE, text: label, size: LABEL_SIZE, weight: 400,
      fill: selected ? palette.accent : palette.text, align: m.labelAnchor === 'start' ? 'left' : 'right', rtl: false, halo: palette.bg,
    });
  }
  return items;
}

/** A count badge: a rounded box over the hidden marks with their number. */
function clusterItems(c: ClusterLayout, palette: Palette, lanesTop: number): PictureItem[] {
  const centre = (c.x0 + c.x1) / 2;
  const width = Math.max(HIT_SIZE, c.x1 - c.x0 + 8);
  const y = lanesTop + c.y;
  return [
    { kind: 'rect', x: centre - width / 2, y: y - HIT_SIZE / 2, width, height: HIT_SIZE, rx: HIT_SIZE / 2, paint: { fill: palette.surface, stroke: palette.border } },
    { kind: 'text', x: centre, y: y + CENTRE_DROP * SMALL_SIZE, text: String(c.count), size: SMALL_SIZE, weight: 700, fill: palette.text, align: 'center', rtl: false },
  ];
}
