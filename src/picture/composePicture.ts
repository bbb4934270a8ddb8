/**
 * The whole picture of the view, top to bottom: the timeline's title and what the view shows,
 * the chart exactly as wide as on the page, a legend (categories by shape and colour, the
 * certainty glyphs, approximate dates) and a source line (the dataset, the page's address, the
 * day). Every band's height follows from its text, so the picture is the chart's size plus
 * the bands. In a right-to-left interface the bands read from the right. Pure.
 */
import { chartPicture, chartPictureHeight, type ChartPictureInput } from './chartPicture';
import { legendLayer, type LegendInput } from './legend';
import { wrapText } from './wrapText';
import type { MarkShapes, MeasureText, Palette, Picture, PictureLayer, TextItem } from './types';

/** Side margin of the bands. */
const PAD = 12;
/** Title, subtitle and source sizes and their line heights. */
const TITLE = { size: 20, line: 26 };
const SUBTITLE = { size: 13, line: 18 };
const SOURCE = { size: 11, line: 15 };

/**
 * The picture's fonts: faces found on most machines that share Arial's metrics (Arial and
 * Helvetica on Windows and macOS, Liberation Sans and Arimo on Linux and ChromeOS), so text
 * keeps the widths it was laid out with; then broad fallbacks. Nothing is embedded: a machine
 * without any of them draws the SVG's text in another face (the PNG is pixels, the same everywhere).
 */
export const PICTURE_FONT_FAMILY = 'Arial, Helvetica, "Liberation Sans", Arimo, "Noto Sans", "DejaVu Sans", sans-serif';

/** The first-strong isolate around data text, so a title in one direction reads right inside the other. */
export const isolateText = (text: string) => `\u2068${text}\u2069`;

/** What a picture is made of. */
export interface PictureInput {
  /** The timeline's title. */
  title: string;
  /** What the view shows: its dates and how many events. */
  subtitle: string;
  /** The source line: the dataset, the page's address and the day. */
  source: string;
  /** The legend's entries. */
  legend: LegendInput;
  /** The chart part (placed by this module). */
  chart: Omit<ChartPictureInput, 'top' | 'palette' | 'measure' | 'rtl' | 'shapes'>;
  /** Right-to-left interface. */
  rtl: boolean;
  /** Colours. */
  palette: Palette;
  /** The chart's mark shapes. */
  shapes: MarkShapes;
  /** Text widths in `fontFamily`. */
  measure: MeasureText;
  /** The font family of every text. */
  fontFamily: string;
}

/** Lays out the picture. */
export function composePicture(input: PictureInput): Picture {
  const { palette, measure, rtl, shapes } = input;
  const width = input.chart.scene.width;
  const room = Math.max(40, width - 2 * PAD);
  const line = (text: string, y: number, size: number, weight: TextItem['weight'], fill: string): TextItem => ({
    kind: 'text', x: rtl ? width - PAD : PAD, y, text, size, weight, fill, align: rtl ? 'right' : 'left', rtl,
  });
  const lines = (text: string, size: number, weight: TextItem['weight'], maxLines: number) =>
    wrapText(text, room, (s) => measure(s, size, weight), maxLines);

  let y = PAD;
  const heading: PictureLayer = { name: 'title', items: [] };
  for (const text of lines(input.title, TITLE.size, 700, 2)) {
    heading.items.push(line(isolateText(text), y + TITLE.size, TITLE.size, 700, palette.text));
    y += TITLE.line;
  }
  for (const text of lines(input.subtitle, SUBTITLE.size, 400, 2)) {
    heading.items.push(line(text, y + SUBTITLE.size, SUBTITLE.size, 400, palette.muted));
    y += SUBTITLE.line;
  }
  y += 6;

  const chart = chartPicture({ ...input.chart, top: y, palette, shapes, measure, rtl });
  y += chartPictureHeight(input.chart.scene) + 10;

  const legend = legendLayer(input.legend, { top: y, width, pad: PAD, rtl, palette, shapes, measure });
  y = legend.bottom + 8;

  const source: PictureLayer = { name: 'source', items: [] };
  for (const text of lines(input.source, SOURCE.size, 400, 3)) {
    source.items.push(line(text, y + SOURCE.size, SOURCE.size, 400, palette.muted));
    y += SOURCE.line;
  }
  y += PAD - 4;

  return {
    width,
    height: Math.ceil(y),
    fontFamily: input.fontFamily,
    background: palette.bg,
    title: `${input.title} — ${input.subtitle}`,
    layers: [heading, chart, legend.layer, source],
  };
}
