/**
 * The height an embed asks its host for: its chrome (title, toolbar, footer) plus the chart at
 * its natural height, or more while the details are open so they can be read whole. Worked out
 * from the data and the chrome's fixed rows, never from the chart's current height, so that it
 * does not change while the reader zooms (the article below stays where it is).
 */
import type { Chart } from '../render/createChart';

/** The preferred height in CSS px (0 while nothing is drawn). */
export function embedPreferredHeight(root: HTMLElement, chart: Chart | null): number {
  const stage = root.querySelector<HTMLElement>('.embed-stage');
  if (!stage) return 0;
  const chrome = root.scrollHeight - stage.offsetHeight;
  const details = stage.querySelector<HTMLElement>('.details.overlay');
  const natural = chart ? chart.naturalHeight() : stage.offsetHeight;
  return chrome + Math.max(natural, details ? details.scrollHeight : 0);
}
