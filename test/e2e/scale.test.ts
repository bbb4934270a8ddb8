/**
 * Ten thousand events: zoom, pan, clusters, selection, keyboard, filters, search and the list
 * still behave. Functional checks only: speed is measured by `npm run bench`, never here.
 */
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { useBrowser } from './browser';
import { chartCentre, markIds, openReady, params, waitForParams } from './helpers';
import { windowOf } from '../../src/state/urlConfig';

const DATA = '/?data=e2e-data/synthetic-10000.json';
const session = useBrowser();

const width = (p: URLSearchParams) => {
  const win = windowOf(p.get('from')!, p.get('to')!)!;
  return win[1] - win[0];
};

describe('10,000 events', () => {
  it('draws a bounded number of marks with clusters, and a virtualized list', async () => {
    await openReady(session.w.page, DATA);
    await expect(session.w.page.textContent('.menu-button')).resolves.toBe('Filters · 10,000 of 10,000 events');
    const marks = (await markIds(session.w.page)).length;
    expect(marks).toBeGreaterThan(20);
    expect(marks).toBeLessThan(2000);
    // Badges are painted on the canvas; their proxies say how many events each stands for.
    const clustered = await session.w.page.$$eval('g.tl-cluster', (n) => n.reduce((sum, c) => sum + Number(c.getAttribute('aria-label')!.match(/^[\d,]+/)![0].replace(/,/g, '')), 0));
    expect(clustered).toBeGreaterThan(5000);
    // Many events: marks are painted on a canvas, crisp at the screen's pixel density.
    const canvas = await session.w.page.$eval('#chart canvas', (c) => ({ width: (c as HTMLCanvasElement).width, css: c.getBoundingClientRect().width, dpr: devicePixelRatio }));
    expect(canvas.width).toBe(Math.round(canvas.css * canvas.dpr));
    const rows = await session.w.page.$$eval('.event-list li', (n) => n.length);
    expect(rows).toBeGreaterThan(5);
    expect(rows).toBeLessThan(200);
    expect(session.w.errors).toEqual([]);
  });

  it('zooms with the wheel and pans by dragging', async () => {
    await openReady(session.w.page, DATA);
    const { x, y } = await chartCentre(session.w.page);
    await session.w.page.mouse.move(x, y);
    for (let i = 0; i < 6; i++) await session.w.page.mouse.wheel(0, -250);
    const zoomed = await waitForParams(session.w.page, (q) => q.has('from'));
    expect(width(zoomed)).toBeLessThan(10 * 365 * 86_400_000);
    const before = windowOf(zoomed.get('from')!, zoomed.get('to')!)!;
    await session.w.page.mouse.move(x, y);
    await session.w.page.mouse.down();
    await session.w.page.mouse.move(x - 250, y, { steps: 6 });
    await session.w.page.mouse.up();
    const panned = await waitForParams(session.w.page, (q) => q.get('from') !== zoomed.get('from'));
    expect(windowOf(panned.get('from')!, panned.get('to')!)![0]).toBeGreaterThan(before[0]);
  });

  it('a cluster zooms in when clicked', async () => {
    await openReady(session.w.page, DATA);
    await session.w.page.click('g.tl-cluster >> nth=0');
    const p = await waitForParams(session.w.page, (q) => q.has('from'));
    expect(width(p)).toBeLessThan(20 * 365 * 86_400_000);
  });

  it('selecting a mark opens its details and brings its list row into view; the keyboard walks on', async () => {
    await openReady(session.w.page, `${DATA}&from=2015&to=2015`);
    // A point mark well inside the view (long spans may start far off-screen).
    const id = await session.w.page.$$eval('g.tl-mark.point', (nodes) =>
      nodes.find((n) => {
        const box = n.getBoundingClientRect();
        return box.left > 50 && box.right < innerWidth - 50;
      })?.getAttribute('data-id'),
    );
    expect(id).toBeTruthy();
    // The proxy's hit area starts 12 px before a point's centre (the 24 px target).
    const box = (await session.w.page.locator(`g.tl-mark[data-id="${id}"] .tl-hit`).boundingBox())!;
    await session.w.page.mouse.click(box.x + 12, box.y + box.height / 2);
    await waitForParams(session.w.page, (q) => q.get('event') === id);
    await expect(session.w.page.locator('.details h2').textContent()).resolves.toBeTruthy();
    await expect.poll(() => session.w.page.getAttribute(`.event-list li[data-id="${id}"] button`, 'aria-pressed')).toBe('true');
    // The chart marks the selection right after the details' paint.
    await expect.poll(() => session.w.page.getAttribute(`g.tl-mark[data-id="${id}"]`, 'aria-pressed')).toBe('true');

    await session.w.page.focus(`g.tl-mark[data-id="${id}"]`);
    await session.w.page.keyboard.press('ArrowRight');
    const next = await session.w.page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(next).toMatch(/^event-\d+$/);
    expect(next).not.toBe(id);
    await session.w.page.keyboard.press('Enter');
    await waitForParams(session.w.page, (q) => q.get('event') === next);
  });

  it('filters and search change the count, the marks and the list', async () => {
    await openReady(session.w.page, DATA);
    await session.w.page.click('.menu-button');
    await session.w.page.getByRole('button', { name: 'Conflict', exact: true }).click();
    await expect.poll(() => session.w.page.textContent('.menu-button')).not.toContain('10,000 of');
    const count = await session.w.page.textContent('.menu-button');
    const shown = Number(count!.replace('Filters · ', '').split(' of ')[0].replace(/,/g, ''));
    expect(shown).toBeLessThan(10_000);
    expect(shown).toBeGreaterThan(6_000);
    expect(params(session.w.page).get('categories')).not.toContain('conflict');
    // The chart follows the chip right after the chip's own paint (see createChart's onState).
    const conflictMarks = () => session.w.page.$$eval('g.tl-mark', (n) => n.filter((m) => m.getAttribute('class')?.includes('cat-4')).length);
    await expect.poll(conflictMarks).toBe(0);
    expect(await session.w.page.locator('g.tl-mark').count()).toBeGreaterThan(0);

    await session.w.page.getByRole('button', { name: 'Reset all' }).click();
    await session.w.page.getByLabel('Search').fill('"Synthetic event 4242:"');
    await expect.poll(() => session.w.page.textContent('.menu-button')).toBe('Filters · 1 of 10,000 events');
    expect(await session.w.page.$$eval('.event-list li', (n) => n.map((li) => li.getAttribute('data-id')))).toEqual(['event-4242']);
    await expect.poll(() => markIds(session.w.page)).toEqual(['event-4242']);
  });
});

describe('10,000 events on the canvas layer, accessibly', () => {
  // The chart, where the canvas layer and its proxies are (the rest of the page is checked on the shipped data).
  it.each(['light', 'dark'])('axe finds nothing in the chart (%s)', async (theme) => {
    await openReady(session.w.page, `${DATA}&theme=${theme}`);
    const result = await new AxeBuilder({ page: session.w.page }).include('#chart').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
  }, 90_000);

  it('the keyboard reaches one mark, walks in time and opens the details; names are announced', async () => {
    await openReady(session.w.page, `${DATA}&from=2015&to=2015`);
    const page = session.w.page;
    for (let i = 0; i < 40 && !(await page.evaluate(() => !!document.activeElement?.closest('#chart'))); i++) await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ id: document.activeElement!.getAttribute('data-id'), name: document.activeElement!.getAttribute('aria-label') }));
    expect(first.id).toMatch(/^event-\d+$/);
    expect(first.name).toMatch(/\d{4}/);
    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => document.activeElement!.getAttribute('data-id'));
    expect(next).not.toBe(first.id);
    await page.keyboard.press('Enter');
    await waitForParams(page, (q) => q.get('event') === next);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement!.getAttribute('data-id'))).toBe(next);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#chart'))).toBe(false);
  });

  it('in Hebrew, time runs right to left on the canvas too: each mark mirrors its English place', async () => {
    const centres = async (lang: string) => {
      await openReady(session.w.page, `${DATA}&lang=${lang}&from=2015&to=2015`);
      return session.w.page.$$eval('g.tl-mark.point', (nodes) => {
        const svg = document.querySelector('svg.tl-svg')!.getBoundingClientRect();
        return Object.fromEntries(nodes.map((n) => {
          const box = n.getBoundingClientRect();
          return [n.getAttribute('data-id'), { left: box.left - svg.x, right: box.right - svg.x, width: svg.width }];
        }));
      });
    };
    const en = await centres('en');
    const he = await centres('he');
    const both = Object.keys(en).filter((id) => he[id]);
    expect(both.length).toBeGreaterThan(5);
    for (const id of both) {
      // A point's proxy begins 12 px before its centre in reading order (its label follows).
      const ltr = en[id].left + 12;
      const rtl = he[id].right - 12;
      expect(Math.abs(rtl - (en[id].width - ltr))).toBeLessThan(2);
    }
  });
});
