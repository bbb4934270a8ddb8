/**
 * A picture of the view as plain values: boxes, shapes, lines and text in CSS pixels, with
 * their colours already resolved. One pure builder makes it from the chart's scene; two
 * writers draw it, as SVG text (toSvg.ts, pure) and onto a canvas for the PNG
 * (render/pictureCanvas.ts), so that both files show the same thing.
 */

/** The colours a picture is painted with, resolved from the theme (any CSS colour). */
export interface Palette {
  /** Page background. */
  bg: string;
  /** Raised surfaces (count badges, lane band edges). */
  surface: string;
  /** Body text. */
  text: string;
  /** Secondary text (axis, lane names, the source line). */
  muted: string;
  /** Axis lines and badge edges. */
  border: string;
  /** The selected event's label. */
  accent: string;
  /** Era bands. */
  era: string;
  /** Era titles. */
  eraText: string;
  /** Every other lane's band. */
  band: string;
  /** Category colours by index (eight; category i takes i % 8). */
  categories: string[];
}

/** A filled or stroked rectangle. */
export interface RectItem {
  kind: 'rect';
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width. */
  width: number;
  /** Height. */
  height: number;
  /** Corner radius. */
  rx?: number;
  /** How it is painted. */
  paint: Paint;
}

/** An SVG path (a category shape), drawn at a point and scale. */
export interface PathItem {
  kind: 'path';
  /** Path data around 0,0. */
  d: string;
  /** Where 0,0 goes. */
  x: number;
  /** Where 0,0 goes. */
  y: number;
  /** Scale around 0,0 (1 when absent). */
  scale?: number;
  /** How it is painted. */
  paint: Paint;
}

/** A straight line. */
export interface LineItem {
  kind: 'line';
  /** Start. */
  x1: number;
  /** Start. */
  y1: number;
  /** End. */
  x2: number;
  /** End. */
  y2: number;
  /** Colour. */
  stroke: string;
  /** Width. */
  strokeWidth: number;
}

/** One line of text. */
export interface TextItem {
  kind: 'text';
  /** The anchor point's x (see align). */
  x: number;
  /** The baseline. */
  y: number;
  /** The words. */
  text: string;
  /** Font size in px. */
  size: number;
  /** Font weight. */
  weight: 400 | 600 | 700;
  /** Colour. */
  fill: string;
  /** Which side of the text x is, on the page (not in reading order). */
  align: 'left' | 'center' | 'right';
  /** Right-to-left base direction (Hebrew interface text). */
  rtl: boolean;
  /** A halo of this colour behind the text, so that it reads over marks and bands. */
  halo?: string;
}

/** Fill and stroke of a rectangle or shape. */
export interface Paint {
  /** Fill colour; none when absent. */
  fill?: string;
  /** Fill opacity, 1 when absent. */
  fillOpacity?: number;
  /** Stroke colour; none when absent. */
  stroke?: string;
  /** Stroke width, 1 when absent. */
  strokeWidth?: number;
  /** Dash pattern. */
  dash?: readonly number[];
}

/** Anything a picture holds. */
export type PictureItem = RectItem | PathItem | LineItem | TextItem;

/** A group of items, optionally clipped to a box (the chart clips what runs past its edges). */
export interface PictureLayer {
  /** What the layer is, as a class name in the SVG (chart, title, legend, source). */
  name: string;
  /** Items outside this box are cut off. */
  clip?: { x: number; y: number; width: number; height: number };
  /** The items, painted in order. */
  items: PictureItem[];
}

/** A whole picture. */
export interface Picture {
  /** Width in CSS px. */
  width: number;
  /** Height in CSS px. */
  height: number;
  /** The font family every text uses. */
  fontFamily: string;
  /** Background colour. */
  background: string;
  /** A one-line description for screen readers (the SVG's <title>). */
  title: string;
  /** Layers, painted in order. */
  layers: PictureLayer[];
}

/** How the chart draws marks (render/drawScene.ts), given to the picture so that it draws them alike. */
export interface MarkShapes {
  /** The shape of a category by its index, as SVG path data around 0,0. */
  symbol: (categoryIndex: number) => string;
  /** Height of a span's bar. */
  barHeight: number;
}

/** Text widths in px for a font size and weight, supplied by whoever can measure. */
export type MeasureText = (text: string, size: number, weight?: 400 | 600 | 700) => number;
