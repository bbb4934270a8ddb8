/**
 * The picture's legend: one entry per category shown (its shape in its colour, as on the
 * chart), then, on a row of their own, the certainty glyphs as the filter chips draw them and
 * the dashed edge of an approximate date. Entries flow along rows and wrap; in a
 * right-to-left interface they flow from the right. Pure.
 */
import type { Certainty } from '../model/types';
import type { MarkShapes, MeasureText, Paint, Palette, PictureItem, PictureLayer } from './types';

const SIZE = 12;
const ROW = 20;
const GLYPH = 14;
const GLYPH_GAP = 5;
const ENTRY_GAP = 16;

/** The legend's entries, already in the reader's language. */
export interface LegendInput {
  /** Categories shown: label and index (colour and shape). */
  categories: { label: string; index: number }[];
  /** Certainty levels with their names. */
  certainties: { certainty: Certainty; label: string }[];
  /** The name of the approximate-date glyph. */
  approximate: string;
}

/** Where the legend goes. */
export interface LegendPlace {
  /** Top edge. */
  top: number;
  /** Picture width. */
  width: number;
  /** Side margin. */
  pad: number;
  /** Flow from the right. */
  rtl: boolean;
  /** Colours. */
  palette: Palette;
  /** The chart's category shapes. */
  shapes: MarkShapes;
  /** Text widths. */
  measure: MeasureText;
}

/** One entry: how to draw its glyph centred at (cx, cy), and its words. */
interface Entry {
  glyph: (cx: number, cy: number) => PictureItem[];
  label: string;
}

/** The legend's layer and its bottom edge. */
export function legendLayer(input: LegendInput, place: LegendPlace): { layer: PictureLayer; bottom: number } {
  const { palette } = place;
  const shape = (index: number, paint: Paint) => (cx: number, cy: number): PictureItem[] => [{ kind: 'path', d: place.shapes.symbol(index), x: cx, y: cy, paint }];
  const colour = (index: number) => palette.categories[index % palette.categories.length];
  const categories: Entry[] = input.categories.map((c) => ({
    label: `\u2068${c.label}\u2069`,
    glyph: shape(c.index, { fill: colour(c.index), stroke: colour(c.index), strokeWidth: 1.5 }),
  }));
  const glyphs: Entry[] = input.certainties.map(({ certainty, label }) => {
    const paint: Paint = { fill: palette.text, stroke: palette.text, strokeWidth: 1.5 };
    if (certainty === 'reported') paint.fillOpacity = 0.55;
    if (certainty === 'alleged' || certainty === 'disputed') delete paint.fill;
    if (certainty === 'disputed') paint.dash = [3, 2];
    return { label, glyph: shape(0, paint) };
  });
  glyphs.push({
    label: input.approximate,
    glyph: (cx, cy) => [{ kind: 'rect', x: cx - GLYPH / 2, y: cy - 4, width: GLYPH, height: 8, rx: 2, paint: { fill: palette.text, fillOpacity: 0.18, stroke: palette.text, strokeWidth: 1.5, dash: [2, 3] } }],
  });

  const items: PictureItem[] = [];
  let y = place.top;
  for (const row of [categories, glyphs]) {
    if (!row.length) continue;
    let x = 0;
    for (const entry of row) {
      const w = GLYPH + GLYPH_GAP + place.measure(entry.label, SIZE);
      if (x > 0 && x + w > place.width - 2 * place.pad) {
        x = 0;
        y += ROW;
      }
      // Positions are worked out left to right and mirrored for right-to-left.
      const left = place.rtl ? place.width - place.pad - x - GLYPH : place.pad + x;
      const cy = y + ROW / 2;
      items.push(...entry.glyph(left + GLYPH / 2, cy));
      items.push({
        kind: 'text', x: place.rtl ? left - GLYPH_GAP : left + GLYPH + GLYPH_GAP, y: cy + 0.35 * SIZE, text: entry.label, size: SIZE, weight: 400,
        fill: palette.text, align: place.rtl ? 'right' : 'left', rtl: place.rtl,
      });
      x += w + ENTRY_GAP;
    }
    y += ROW;
  }
  return { layer: { name: 'legend', items }, bottom: y };
}
