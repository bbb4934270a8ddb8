/**
 * Our TimelineJS3 export in TimelineJS3 itself: its own build (@knight-lab/timelinejs, a dev
 * dependency) in a real Chromium, with every request blocked, reads and draws the export of
 * the shipped dataset, and shows hostile text as text.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useBrowser } from './browser';
import { validateDataset } from '../../src/data/validate';
import type { Dataset } from '../../src/data/schema';
import { exportStore } from '../../src/interchange/exportStore';

const session = useBrowser({ viewport: { width: 1200, height: 800 } });
const TIMELINEJS = 'node_modules/@knight-lab/timelinejs/dist';

function read(path: string): Dataset {
  const validation = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!validation.ok) throw new Error(`${path} is invalid`);
  return validation.data;
}

/** Opens TimelineJS3 on a blank page with our export, nothing allowed over the network. */
async function render(store: Dataset) {
  const { page, context } = session.w;
  const blocked: string[] = [];
  await context.route('**/*', (route) => (blocked.push(route.request().url()), route.abort()));
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="timeline-embed" style="width:1200px;height:700px"></div></body></html>');
  await page.addStyleTag({ content: readFileSync(`${TIMELINEJS}/css/timeline.css`, 'utf8') });
  await page.addScriptTag({ content: readFileSync(`${TIMELINEJS}/js/timeline.js`, 'utf8') });
  const data = JSON.parse(exportStore(store, 'timelinejs'));
  // font: null keeps TimelineJS3 from fetching its web-font stylesheet; our data asks for nothing.
  await page.evaluate((data) => {
    const w = window as unknown as { TL: { Timeline: new (id: string, data: unknown, options: unknown) => unknown }; tl: unknown };
    w.tl = new w.TL.Timeline('timeline-embed', data, { hash_bookmark: false, font: null });
  }, data);
  await page.waitForSelector('.tl-timemarker', { state: 'attached' });
  return { page, blocked };
}

type Tl = { config: { messages: { errors: unknown[]; warnings: unknown[] } }; current_id: string; goToId(id: string): void };

describe('TimelineJS3 renders our export', () => {
  it('draws the shipped dataset: a slide per event and the title, the groups, the eras, with no error', async () => {
    const store = read('data/events.json');
    const { page, blocked } = await render(store);
    const messages = await page.evaluate(() => (window as unknown as { tl: Tl }).tl.config.messages);
    expect(messages).toEqual({ errors: [], warnings: [] });
    expect(await page.$$eval('.tl-slide', (n) => n.length)).toBe(store.events.length + 1);
    expect(await page.$$eval('.tl-timemarker', (n) => n.length)).toBe(store.events.length);
    expect(new Set(await page.$$eval('.tl-timegroup-message', (n) => n.map((g) => g.textContent)))).toEqual(new Set(store.categories.map((c) => c.label)));
    expect(await page.$$eval('.tl-timeera', (n) => n.length)).toBe(store.eras.length);
    const headlines = await page.$$eval('.tl-slide .tl-headline', (n) => n.map((h) => h.textContent));
    expect(headlines[0]).toBe(store.title);
    expect(new Set(headlines.slice(1))).toEqual(new Set(store.events.map((e) => e.title)));
    expect(session.w.errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('keeps our ids, so links to an event still find it', async () => {
    const store = read('data/events.json');
    const { page } = await render(store);
    const target = store.events[Math.floor(store.events.length / 2)];
    await page.evaluate((id) => (window as unknown as { tl: Tl }).tl.goToId(id), target.id);
    await expect.poll(() => page.evaluate(() => (window as unknown as { tl: Tl }).tl.current_id)).toBe(target.id);
    const date = await page.$$eval(`[id="${target.id}"] .tl-headline-date`, (n) => n.map((d) => d.textContent));
    expect(date[0]).toContain(target.start.slice(0, 4));
  });

  it('shows hostile text as text: no element, no script, no handler', async () => {
    const store = read('test/fixtures/valid-minimal.json');
    store.events[0].title = '<img src=x onerror="window.pwned=1">Bold claim';
    store.events[0].summary = '<script>window.pwned=2</script><b>not bold</b> & more';
    store.categories[0].label = '<img src=x onerror="window.pwned=3"><i>R&D</i>';
    const { page } = await render(store);
    const slide = `[id="${store.events[0].id}"]`;
    expect(await page.$eval(`${slide} .tl-headline`, (h) => h.textContent)).toBe(store.events[0].title);
    expect(await page.$eval(`${slide} .tl-text-content p`, (p) => p.textContent)).toBe(store.events[0].summary);
    expect(await page.$$eval('.tl-timegroup-message', (n) => n.map((g) => g.textContent))).toContain(store.categories[0].label);
    expect(await page.$$eval(`${slide} img, ${slide} script, ${slide} b, .tl-timegroup-message *`, (n) => n.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });
});
