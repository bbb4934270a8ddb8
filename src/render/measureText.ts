/**
 * Label widths for layout, measured once per distinct text with a canvas 2D context in the
 * labels' own font. Falls back to an estimate where canvas text metrics are missing (jsdom).
 */
import type { MeasureLabel } from '../layout/labels';

/** The font marks' labels are drawn in (must match .tl-label in the CSS). */
export const LABEL_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';

/** The font of the axis's tick labels (must match .tl-tick-label in the CSS). */
export const AXIS_FONT = LABEL_FONT.replace('12px', '11px');

/** A cached measurer for one font. */
export function createLabelMeasurer(font = LABEL_FONT): MeasureLabel {
  const cache = new Map<string, number>();
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = document.createElement('canvas').getContext('2d');
    if (context) context.font = font;
  } catch {
    context = null;
  }
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context?.measureText(text).width ?? text.length * 6.5;
      cache.set(text, width);
    }
    return width;
  };
}
