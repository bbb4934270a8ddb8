/**
 * The time axis: draws the ticks layout/axisTicks.ts works out (spacing, Intl labels, labels
 * kept inside the chart) with d3-axis into a group the renderer owns.
 */
import { axisBottom, type ScaleTime, type Selection } from 'd3';
import { axisTicks } from '../layout/axisTicks';

/** Draws the axis for the zoomed scale x at the given y, about one tick per 90 px. */
export function drawAxis(
  group: Selection<SVGGElement, unknown, null, undefined>,
  x: ScaleTime<number, number>,
  width: number,
  y: number,
  locale: string,
  measure: (text: string) => number,
): void {
  const ticks = axisTicks(x, width, locale, measure);
  const labels = new Map(ticks.map((t) => [t.date.getTime(), t]));
  group
    .attr('transform', `translate(0,${y})`)
    .call(axisBottom(x).tickValues(ticks.map((t) => t.date)).tickFormat((d) => labels.get((d as Date).getTime())?.label ?? '').tickSizeOuter(0));
  group.selectAll<SVGTextElement, Date>('.tick text').each(function (d) {
    const tick = labels.get(d.getTime());
    if (!tick) return;
    this.setAttribute('class', 'tl-tick-label');
    this.setAttribute('text-anchor', tick.anchor);
    this.setAttribute('x', String(tick.labelX));
  });
}
