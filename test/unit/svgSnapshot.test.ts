// @vitest-environment jsdom
/**
 * The chart as it draws into a container, in jsdom: committed SVG snapshots of a two-event
 * fixture at 600 px (coordinates rounded to a tenth of a pixel, TZ pinned to UTC by the vitest
 * config), and behaviour on the shipped dataset checked by assertion, not by snapshot, so that
 * the dataset can gain events. jsdom has no layout and no canvas: label widths come from the
 * measurer's fallback estimate, and the chart takes its natural height.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createChart, type Chart } from '../../src/render/createChart';
import { NO_FILTERS } from '../../src/model/filters';
import type { AppState, Store } from '../../src/state/store';
import { appOf, fixtureTimeline, readyStore, realTimeline, stubChartApis, type TestApp } from './helpers/timeline';
import type { Timeline } from '../../src/model/types';

const timeline = realTimeline();
let chart: Chart | null = null;
let container: HTMLDivElement | null = null;
let app: TestApp;

beforeAll(stubChartApis);

afterEach(() => {
  chart?.destroy();
  chart = null;
  container?.remove();
  container = null;
});

/** Draws the store's state into a container of the given width and returns the container. */
function draw(store: Store, width = 1000): HTMLDivElement {
  container = document.createElement('div');
  Object.defineProperty(container, 'clientWidth', { configurable: true, value: width });
  document.body.append(container);
  app = appOf(store);
  chart = createChart(container, store, app.view, app.actions, { wheelNeedsModifier: false, reducedMotion: () => true, overview: false, fill: false });
  return container;
}

/** The container's markup with one element per line and numbers to a tenth, so a snapshot diff reads. */
const pretty = (node: Element) => `${node.innerHTML.replace(/></g, '>\n<').replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))}\n`;

const small: Timeline = fixtureTimeline();
const SNAPSHOTS: [string, Partial<AppState>][] = [
  ['minimal-600', {}],
  ['minimal-selected-by-actor-600', { laneMode: 'actor', selectedId: 'arms-deal-2012' }],
];

describe('chart SVG', () => {
  it.each(SNAPSHOTS)('%s matches its committed snapshot', async (name, state) => {
    const svg = pretty(draw(readyStore(small, state), 600));
    await expect(svg).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
  });

  it('draws one svg at the container’s width with a mark or a badge for every event', () => {
    const node = draw(readyStore(timeline));
    const svgs = node.querySelectorAll('svg.tl-svg');
    expect(svgs).toHaveLength(1);
    expect(svgs[0].getAttribute('width')).toBe('1000');
    const marks = [...node.querySelectorAll('g.tl-mark')].map((m) => m.getAttribute('data-id') ?? '');
    const inBadges = [...node.querySelectorAll('g.tl-cluster')].reduce((n, c) => n + Number(c.textContent), 0);
    for (const id of marks) expect(timeline.byId.has(id)).toBe(true);
    expect(new Set(marks).size + inBadges).toBe(timeline.events.length);
  });

  it('draws only arms events, in the arms lane alone, when filtered to arms', () => {
    const node = draw(readyStore(timeline, { filters: { ...NO_FILTERS, categories: new Set(['arms']) } }));
    const ids = [...node.querySelectorAll('g.tl-mark')].map((m) => m.getAttribute('data-id')!);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(timeline.byId.get(id)?.category).toBe('arms');
    // Lanes of hidden categories go away.
    expect([...node.querySelectorAll('.tl-lane-label')].map((l) => l.textContent)).toEqual([timeline.categories.find((c) => c.id === 'arms')!.label]);
  });

  it('redraws in actor lanes when the lane mode changes, and the lanes follow the actor filter', () => {
    const store = readyStore(timeline);
    const node = draw(store);
    const byCategory = node.querySelectorAll('.tl-lane-label').length;
    store.set({ laneMode: 'actor' });
    const byActor = node.querySelectorAll('.tl-lane-label').length;
    expect(byCategory).toBe(timeline.categories.length);
    expect(byActor).toBeGreaterThan(byCategory);
    store.set({ filters: { ...NO_FILTERS, actors: new Set(['ARM']) } });
    expect([...node.querySelectorAll('.tl-lane-label')].map((l) => l.textContent)).toEqual(['Armenia']);
    for (const mark of node.querySelectorAll('g.tl-mark')) expect(timeline.byId.get(mark.getAttribute('data-id')!)!.actors).toContain('ARM');
  });

  it('marks the selected event, and it is the chart’s one tab stop', () => {
    const node = draw(readyStore(timeline, { selectedId: 'arms-deal-2012' }));
    const selected = [...node.querySelectorAll('g.tl-mark[aria-pressed="true"]')].map((m) => m.getAttribute('data-id'));
    expect(selected).toEqual(['arms-deal-2012']);
    expect([...node.querySelectorAll('[tabindex="0"]')].map((m) => m.getAttribute('data-id'))).toEqual(['arms-deal-2012']);
    expect(node.querySelector('svg')!.hasAttribute('tabindex')).toBe(false);
  });

  it('draws the window the view shows, and the same window again when the chart is made anew', () => {
    const store = readyStore(timeline);
    let node = draw(store);
    const [t0, t1] = [Date.UTC(2010, 0, 1), Date.UTC(2015, 0, 1)];
    app.actions.setView({ kind: 'window', t0, t1 }, { animate: false });
    const ticks = () => [...node.querySelectorAll('.tl-tick-label')].map((t) => t.textContent);
    expect(ticks()).toContain('Jan 2012'); // quarterly ticks, the year written in January
    expect(ticks()).not.toContain('1995');
    const before = ticks();
    chart!.destroy();
    container!.remove();
    node = document.createElement('div');
    Object.defineProperty(node, 'clientWidth', { configurable: true, value: 1000 });
    document.body.append(node);
    container = node as HTMLDivElement;
    chart = createChart(node, store, app.view, app.actions, { wheelNeedsModifier: false, reducedMotion: () => true, overview: false, fill: false });
    expect(ticks()).toEqual(before);
  });

  it('keeps its height whatever the zoom', () => {
    const node = draw(readyStore(timeline));
    const height = () => node.querySelector('svg')!.getAttribute('height');
    const first = height();
    for (const [a, b] of [[2012, 2013], [1992, 1993], [2020, 2021]]) {
      app.actions.setView({ kind: 'window', t0: Date.UTC(a, 8, 1), t1: Date.UTC(b, 0, 1) }, { animate: false });
      expect(height()).toBe(first);
    }
  });

  it('removes its svg when destroyed', () => {
    const node = draw(readyStore(timeline));
    chart!.destroy();
    chart = null;
    expect(node.querySelector('svg')).toBeNull();
  });
});
