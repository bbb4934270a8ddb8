// @vitest-environment jsdom
/**
 * The picture of the view against the chart it pictures, in jsdom: the chart is drawn into a
 * container as on the page, then pictured from its scene and its view controller's scale, and
 * the picture must show what the chart shows (its size, lanes, labels, badges, axis), with the
 * title, legend and source line around it. One committed SVG snapshot of the two-event fixture
 * at 600 px; the rest is asserted by rule on the shipped dataset. jsdom has no canvas: every
 * text is measured by the measurers' fallback estimate.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createChart, type Chart } from '../../src/render/createChart';
import { viewPicture } from '../../src/render/viewPicture';
import { pictureToSvg } from '../../src/picture/toSvg';
import type { Palette, Picture, PictureLayer, TextItem } from '../../src/picture/types';
import { NO_FILTERS } from '../../src/model/filters';
import { he } from '../../src/i18n/catalogs/he';
import type { AppState, Store } from '../../src/state/store';
import { appOf, fixtureTimeline, readyStore, realTimeline, stubChartApis, type TestApp } from './helpers/timeline';

const PALETTE: Palette = {
  bg: '#ffffff', surface: '#f4f5f7', text: '#1a1a1a', muted: '#4f5661', border: '#8a929c', accent: '#0b57d0',
  era: 'rgba(186, 26, 26, 0.08)', eraText: '#8a1c1c', band: '#f7f8fa',
  categories: ['#1f5fa8', '#b2420e', '#17723a', '#b3261e', '#6d3fc0', '#0e6b80', '#8a5a00', '#a8175a'],
};
const NOW = new Date(Date.UTC(2026, 2, 1));
const URL_HERE = 'https://example.org/timeline/?from=2010&to=2014';

const timeline = realTimeline();
let chart: Chart | null = null;
let container: HTMLDivElement | null = null;

beforeAll(stubChartApis);

afterEach(() => {
  chart?.destroy();
  chart = null;
  container?.remove();
  container = null;
});

/** Draws the store's state at a width, optionally shows a window, and pictures it. */
function drawAndPicture(store: Store, width = 1000, window?: [number, number]): { node: HTMLDivElement; picture: Picture; app: TestApp } {
  container = document.createElement('div');
  Object.defineProperty(container, 'clientWidth', { configurable: true, value: width });
  document.body.append(container);
  const app = appOf(store);
  chart = createChart(container, store, app.view, app.actions, { wheelNeedsModifier: false, reducedMotion: () => true, overview: false, fill: false });
  if (window) app.actions.setView({ kind: 'window', t0: window[0], t1: window[1] }, { animate: false });
  const picture = viewPicture({ state: store.get(), chart, view: app.view, pageUrl: URL_HERE, now: NOW, palette: PALETTE });
  if (!picture) throw new Error('no picture');
  return { node: container, picture, app };
}

const layer = (picture: Picture, name: string): PictureLayer => picture.layers.find((l) => l.name === name)!;
const texts = (l: PictureLayer) => l.items.filter((i): i is TextItem => i.kind === 'text');
const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');
const liveTexts = (node: Element, selector: string) => [...node.querySelectorAll(selector)].map((n) => n.textContent ?? '').filter(Boolean);

describe('the picture of the view', () => {
  it('matches its committed snapshot (the two-event fixture at 600 px)', async () => {
    const { picture } = drawAndPicture(readyStore(fixtureTimeline(), { selectedId: 'arms-deal-2012' }), 600);
    const svg = pictureToSvg(picture);
    await expect(svg).toMatchFileSnapshot('__snapshots__/picture-minimal-600.svg');
  });

  it('is the chart’s width, and its chart part is the chart’s height, with the bands above and below', () => {
    const { node, picture } = drawAndPicture(readyStore(timeline));
    const svg = node.querySelector('svg')!;
    const chartPart = layer(picture, 'chart').clip!;
    expect(picture.width).toBe(Number(svg.getAttribute('width')));
    expect(chartPart.width).toBe(picture.width);
    expect(chartPart.height).toBe(Number(svg.getAttribute('height')));
    expect(chartPart.y).toBeGreaterThan(30); // the title above
    expect(picture.height - chartPart.y - chartPart.height).toBeGreaterThan(50); // legend and source below
  });

  it.each([
    ['all of it', undefined, '2000'],
    ['2010 to 2014', [Date.UTC(2010, 0, 1), Date.UTC(2015, 0, 1)] as [number, number], 'Jan 2012'],
  ])('shows every label, lane name, era title, badge count and axis label the chart draws (%s)', (_, window, tick) => {
    const { node, picture } = drawAndPicture(readyStore(timeline), 1000, window);
    const drawn = texts(layer(picture, 'chart')).map((t) => t.text);
    const live = [
      ...liveTexts(node, 'text.tl-label'),
      ...liveTexts(node, '.tl-lane-label'),
      ...liveTexts(node, '.tl-era-title'),
      ...liveTexts(node, '.tl-cluster-count'),
      ...liveTexts(node, '.tl-axis .tick text'),
    ];
    expect(live.length).toBeGreaterThan(10);
    expect([...drawn].sort()).toEqual([...live].sort());
    expect(drawn).toContain(tick);
  });

  it('outlines the selected mark as the page does', () => {
    const { picture } = drawAndPicture(readyStore(timeline, { selectedId: 'arms-deal-2012' }));
    const outlined = layer(picture, 'chart').items.filter((i) => i.kind === 'path' && i.paint.stroke === PALETTE.text && i.paint.strokeWidth === 2.5);
    expect(outlined).toHaveLength(1);
  });

  it('names the title, the window and the count, the categories shown with the certainty glyphs, and the source', () => {
    const filters: AppState['filters'] = { ...NO_FILTERS, categories: new Set(['arms', 'diplomacy']) };
    const window: [number, number] = [Date.UTC(2010, 0, 1), Date.UTC(2015, 0, 1)];
    const { picture } = drawAndPicture(readyStore(timeline, { filters }), 1000, window);
    const shown = timeline.events.filter((e) => filters.categories!.has(e.category)).length;
    const heading = texts(layer(picture, 'title')).map((t) => strip(t.text));
    expect(heading).toEqual(['Israel and Azerbaijan', `2010 – 2014 · ${shown} of ${timeline.events.length} events`]);
    const legend = texts(layer(picture, 'legend')).map((t) => strip(t.text));
    const label = (id: string) => timeline.categories.find((c) => c.id === id)!.label;
    expect(legend).toEqual([label('diplomacy'), label('arms'), 'Confirmed', 'Reported', 'Alleged', 'Disputed', 'Approximate date'].filter((l) => legend.includes(l)));
    expect(legend).toEqual(expect.arrayContaining([label('diplomacy'), label('arms'), 'Confirmed', 'Reported', 'Alleged', 'Disputed', 'Approximate date']));
    expect(legend).toHaveLength(7);
    expect(texts(layer(picture, 'source')).map((t) => strip(t.text)).join(' ')).toBe(`Source: Israel and Azerbaijan · ${URL_HERE} · 1 March 2026`);
  });

  it('reads from the right in a right-to-left language, lanes named at the right', () => {
    const { picture } = drawAndPicture(readyStore(timeline, { locale: { lang: 'he', catalog: he } }));
    for (const name of ['title', 'legend', 'source']) {
      for (const t of texts(layer(picture, name))) expect([t.align, t.rtl]).toEqual(['right', true]);
    }
    const laneNames = new Set(timeline.categories.map((c) => c.label));
    const lanes = texts(layer(picture, 'chart')).filter((t) => laneNames.has(t.text));
    expect(lanes.length).toBe(timeline.categories.length);
    for (const t of lanes) expect([t.align, t.x]).toEqual(['right', picture.width - 6]);
  });
});
