// @vitest-environment jsdom
/**
 * Committed SVG snapshots of the timeline as the renderer draws it at a fixed width of 1000 px,
 * with TZ pinned to UTC by the vitest config. jsdom has no layout and no canvas, so label widths
 * come from the measurer's fallback estimate; the snapshots fix what the renderer emits for the
 * shipped data, not how a browser paints it. Regenerate with `vitest run -u` after a deliberate
 * change to the drawing, and look at the diff.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTimelineRenderer, type TimelineRenderer } from '../../src/render/createTimelineRenderer';
import { NO_FILTERS } from '../../src/model/filters';
import type { AppState, Store } from '../../src/state/store';
import { readyStore, realTimeline, stubLayoutApis, tEn } from './helpers/timeline';

const WIDTH = 1000;
const timeline = realTimeline();
let renderer: TimelineRenderer | null = null;
let container: HTMLDivElement | null = null;

beforeAll(() => {
  stubLayoutApis();
  // jsdom has no canvas: make getContext answer null quietly so the measurer falls back.
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
  // Draws happen synchronously on store changes; a frame is only asked for by zoom gestures.
  globalThis.requestAnimationFrame = (callback: FrameRequestCallback) => (callback(0), 1);
  globalThis.cancelAnimationFrame = () => {};
  const g = globalThis as { CSS?: { escape?: (s: string) => string } };
  g.CSS ??= {};
  g.CSS.escape ??= (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`);
});

afterEach(() => {
  renderer?.destroy();
  renderer = null;
  container?.remove();
  container = null;
});

/** Draws the store's state into a 1000 px wide container and returns the container. */
function draw(store: Store): HTMLDivElement {
  container = document.createElement('div');
  Object.defineProperty(container, 'clientWidth', { configurable: true, value: WIDTH });
  document.body.append(container);
  renderer = createTimelineRenderer(container, store, {
    t: tEn,
    locale: 'en-GB',
    rtl: false,
    wheelNeedsModifier: false,
    reducedMotion: () => true,
  });
  return container;
}

/** The container's markup with one element per line, so a snapshot diff reads. */
const pretty = (node: Element) => `${node.innerHTML.replace(/></g, '>\n<')}\n`;

const VIEWS: [string, Partial<AppState>][] = [
  ['default-1000', {}],
  ['lanes-by-actor-1000', { laneMode: 'actor' }],
  ['arms-only-1000', { filters: { ...NO_FILTERS, categories: new Set(['arms']) } }],
];

describe('timeline SVG', () => {
  it.each(VIEWS)('%s matches its committed snapshot', async (name, state) => {
    const svg = pretty(draw(readyStore(timeline, state)));
    await expect(svg).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
  });

  it('draws one svg at the container’s width with marks for the events', () => {
    const node = draw(readyStore(timeline));
    const svgs = node.querySelectorAll('svg.tl-svg');
    expect(svgs).toHaveLength(1);
    expect(svgs[0].getAttribute('width')).toBe(String(WIDTH));
    const marks = node.querySelectorAll('g.tl-mark');
    const clusters = node.querySelectorAll('g.tl-cluster');
    expect(marks.length + clusters.length).toBeGreaterThan(0);
    for (const mark of marks) expect(timeline.byId.has(mark.getAttribute('data-id') ?? '')).toBe(true);
  });

  it('draws only arms events when filtered to arms', () => {
    const node = draw(readyStore(timeline, { filters: { ...NO_FILTERS, categories: new Set(['arms']) } }));
    const ids = [...node.querySelectorAll('g.tl-mark')].map((m) => m.getAttribute('data-id')!);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(timeline.byId.get(id)?.category).toBe('arms');
  });

  it('redraws in actor lanes when the lane mode changes after the first draw', () => {
    const store = readyStore(timeline);
    const node = draw(store);
    const byCategory = node.querySelectorAll('.tl-lane-label').length;
    store.set({ laneMode: 'actor' });
    const byActor = node.querySelectorAll('.tl-lane-label').length;
    expect(byCategory).toBe(timeline.categories.length);
    expect(byActor).toBeGreaterThan(byCategory);
  });

  it('marks the selected event', () => {
    const node = draw(readyStore(timeline, { selectedId: 'arms-deal-2012' }));
    const selected = [...node.querySelectorAll('g.tl-mark.selected, g.tl-mark[aria-pressed="true"]')].map((m) => m.getAttribute('data-id'));
    expect(selected).toContain('arms-deal-2012');
  });

  it('shows a requested window and reports it to the store', () => {
    const store = readyStore(timeline);
    const node = draw(store);
    const [t0, t1] = [Date.UTC(2010, 0, 1), Date.UTC(2015, 0, 1)];
    store.requestView({ kind: 'window', t0, t1 });
    const window = store.get().window;
    expect(window).not.toBeNull();
    expect(Math.abs(window![0] - t0)).toBeLessThan(86_400_000);
    expect(Math.abs(window![1] - t1)).toBeLessThan(86_400_000);
    const ticks = [...node.querySelectorAll('.tl-tick-label')].map((t) => t.textContent);
    expect(ticks).toContain('Jan 2012'); // quarterly ticks, the year written in January
    expect(ticks).not.toContain('1995');
  });

  it('removes its svg when destroyed', () => {
    const node = draw(readyStore(timeline));
    renderer!.destroy();
    renderer = null;
    expect(node.querySelector('svg')).toBeNull();
  });
});
