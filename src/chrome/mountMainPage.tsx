/**
 * The main page's React chrome: its own chunk, so the embed never loads it.
 */
import type { App } from '../boot';
import type { Chart } from '../render/createChart';
import { MainPage } from '../components/MainPage';
import { mountChrome } from './mountChrome';

/** Renders the main page's chrome into its slots. */
export function mountMainPage(app: App, chart: () => Chart | null): void {
  mountChrome(app, chart, MainPage);
}
