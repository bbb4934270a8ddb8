/**
 * Puts the chart on the page as soon as the data is in, without waiting for React: the reader
 * sees the timeline while the chrome's code is still arriving. Says where loading stands on the
 * page root (`data-status="loading" | "ready" | "error"`, which tests and tools read), and makes
 * the chart again when the phone layout starts or ends (the view controller keeps the window).
 */
import type { App } from './boot';
import { createChart, type Chart } from './render/createChart';
import { NARROW_QUERY, matchesMedia, prefersReducedMotion } from './render/media';
import { nextTask } from './data/pause';

/** Where and how the chart goes. */
export interface ChartMount {
  /** The element that carries data-status. */
  root: HTMLElement;
  /** The chart's container (nothing else renders into it). */
  container: HTMLElement;
  /** Plain wheel scrolls the host page unless Ctrl/⌘ or a click first (embeds). */
  wheelNeedsModifier: boolean;
}

/** Mounts the chart once the app has started; returns the running chart's getter. */
export function mountChart(app: App, { root, container, wheelNeedsModifier }: ChartMount): () => Chart | null {
  let chart: Chart | null = null;
  const make = () => {
    chart?.destroy();
    container.replaceChildren();
    chart = createChart(container, app.store, app.view, app.actions, {
      wheelNeedsModifier,
      reducedMotion: prefersReducedMotion,
      overview: matchesMedia(NARROW_QUERY),
      fill: true,
    });
  };
  const status = () => {
    const load = app.store.get().load;
    if (load.status === 'ready' && !chart) {
      make();
      // Ready means drawn: after the frame that paints it.
      requestAnimationFrame(() => (root.dataset.status = 'ready'));
    } else if (load.status !== 'ready') {
      chart?.destroy();
      chart = null;
      root.dataset.status = load.status;
    }
  };
  void app.started.then(() => {
    status();
    app.store.subscribe((state, previous) => state.load !== previous.load && status());
  });
  if (typeof matchMedia === 'function') matchMedia(NARROW_QUERY).addEventListener('change', () => chart && make());
  return () => chart;
}

/**
 * Settles when the chrome may load: once the chart is painted (or the data failed), so that
 * React's code never competes with the first draw for the network or the main thread; or after
 * `patienceMs` while a large file is still arriving, so the reader sees its progress.
 */
export function chromeTime(root: HTMLElement, patienceMs = 800): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    // Status is set from the animation frame that paints the chart: a task posted now runs after that paint.
    const observer = new MutationObserver(() => root.dataset.status !== 'loading' && nextTask(done));
    observer.observe(root, { attributes: true, attributeFilter: ['data-status'] });
    const timer = setTimeout(done, patienceMs);
    if (root.dataset.status !== 'loading') done();
  });
}
