/**
 * Shared steps for the end-to-end tests.
 */
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/** The app's base URL (the preview server started by globalSetup). */
export const app = (path = '/') => `${inject('baseUrl')}${path}`;
/** The other origin: a host page server that also serves test fixtures with CORS. */
export const host = (path = '/') => `${inject('hostUrl')}${path}`;

/**
 * Opens a page and waits until the timeline says ready (or error) and the React chrome, which
 * arrives after the chart, has rendered (its notices region is always there).
 */
export async function openReady(page: Page, path = '/', status: 'ready' | 'error' = 'ready'): Promise<void> {
  await page.goto(app(path));
  await page.waitForSelector(`[data-status="${status}"][data-chrome="ready"]`, { timeout: 15_000 });
  if (status === 'ready') await page.waitForSelector('g.tl-mark');
  await page.waitForSelector('.notices', { state: 'attached' });
}

/** The URL's query parameters now. */
export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Waits until the URL's query satisfies a predicate (the URL follows the view within ~300 ms). */
export async function waitForParams(page: Page, test: (p: URLSearchParams) => boolean, timeout = 5_000): Promise<URLSearchParams> {
  const until = Date.now() + timeout;
  for (;;) {
    const p = params(page);
    if (test(p)) return p;
    if (Date.now() > until) throw new Error(`URL never matched; last: ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

/** Ids of the marks drawn now. */
export function markIds(page: Page): Promise<string[]> {
  return page.$$eval('g.tl-mark', (nodes) => nodes.map((n) => n.getAttribute('data-id') ?? ''));
}

/** Ids of the list's rows now. */
export function listIds(page: Page): Promise<string[]> {
  return page.$$eval('.event-list li[data-id]', (nodes) => nodes.map((n) => n.getAttribute('data-id') ?? ''));
}

/** The centre of the chart in page coordinates. */
export async function chartCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.tl-svg').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Years of the first and last axis tick labels, as numbers when they are plain years. */
export async function axisLabels(page: Page): Promise<string[]> {
  return page.$$eval('.tl-axis .tick text', (nodes) => nodes.map((n) => n.textContent ?? ''));
}
