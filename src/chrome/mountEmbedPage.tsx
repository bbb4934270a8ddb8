/**
 * The embed's React chrome: its own chunk, so the main page never loads it.
 */
import type { App } from '../boot';
import type { Chart } from '../render/createChart';
import { EmbedPage } from '../components/EmbedPage';
import { mountChrome } from './mountChrome';

/** Renders the embed's chrome into its slots. */
export function mountEmbedPage(app: App, chart: () => Chart | null): void {
  mountChrome(app, chart, EmbedPage);
}
