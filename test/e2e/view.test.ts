/**
 * The visible window in a real Chromium: every way in lands on what it asked for, the chart
 * holds still under the reader's hand, and the page puts the chart first. Each test here pins a
 * defect that was seen on the page (see issue 9).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { openReady, params, waitForParams } from './helpers';

const session = useBrowser();
const EVENTS: { id: string; start: string }[] = JSON.parse(readFileSync('data/events.json', 'utf8')).events;

/** Whether an event's own mark is drawn inside the chart: its symbol's centre within the svg. */
function markInside(page: Page, id: string) {
  return page.evaluate((id) => {
    const svg = document.querySelector('svg.tl-svg')!.getBoundingClientRect();
    const symbol = document.querySelector(`g.tl-mark[data-id="${CSS.escape(id)}"] .tl-symbol`);
    if (!symbol) return 'no mark';
    const box = symbol.getBoundingClientRect();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    return x >= svg.left && x <= svg.right && y >= svg.top && y <= svg.bottom ? 'inside' : `outside at ${x},${y} of ${svg.left}–${svg.right}`;
  }, id);
}

/** The window the URL names, as years with fractions, or null. */
const urlYears = (page: Page) => {
  const p = params(page);
  return p.get('from') ? [p.get('from')!, p.get('to')!] : null;
};

describe('deep links land on the event', () => {
  for (const [where, path, width] of [
    ['page', '/', 390],
    ['page', '/', 1280],
    ['embed', '/embed.html', 390],
    ['embed', '/embed.html', 1280],
  ] as const) {
    it(`${where} at ${width} px: every event of the shipped data is drawn inside the chart, and the URL keeps it`, async () => {
      const page = (await session.reopen({ viewport: { width, height: 800 } })).page;
      const failures: string[] = [];
      for (const { id, start } of EVENTS) {
        await openReady(page, `${path}?event=${id}`);
        const at = await markInside(page, id);
        if (at !== 'inside') failures.push(`${id}: ${at}`);
        // A window written to the URL was shown, and holds the event's year.
        await page.waitForTimeout(350);
        const window = urlYears(page);
        if (params(page).get('event') !== id) failures.push(`${id}: the URL lost the event`);
        if (window && (window[0].slice(0, 4) > start.slice(0, 4) || window[1].slice(0, 4) < start.slice(0, 4))) failures.push(`${id}: URL window ${window} leaves out ${start}`);
      }
      expect(failures).toEqual([]);
    }, 240_000);
  }
});

describe('every way in goes through one view', () => {
  it.each([
    ['?from=2012-02-26&to=2012-02-26', 2012],
    ['?from=2012-02-20&to=2012-02-25', 2012],
  ])('%s shows those days, not a window years away', async (search, year) => {
    await openReady(session.w.page, `/${search}`);
    const p = await waitForParams(session.w.page, (q) => q.has('from'));
    expect(Number(p.get('from')!.slice(0, 4))).toBe(year);
    expect(Number(p.get('to')!.slice(0, 4))).toBe(year);
  });

  it('+ clicked past the zoom limit stays where it was zooming', async () => {
    // Without animations: each click jumps, so the test does not wait on tweens.
    await session.reopen({ reducedMotion: 'reduce' });
    await openReady(session.w.page, '/?from=2012&to=2012');
    // A year at 852 px reaches the deepest zoom (a day at 100 px) in six doublings; ten go past it.
    for (let i = 0; i < 10; i++) await session.w.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await session.w.page.waitForTimeout(500);
    const p = params(session.w.page);
    expect(p.get('from')!.slice(0, 4)).toBe('2012');
    expect(p.get('to')!.slice(0, 4)).toBe('2012');
  });

  it('+ pressed on a focused mark zooms around it and keeps focus on it, past the limit', async () => {
    await openReady(session.w.page, '/?event=israel-recognises-azerbaijan');
    await session.w.page.focus('g.tl-mark[data-id="israel-recognises-azerbaijan"]');
    for (let i = 0; i < 16; i++) await session.w.page.keyboard.press('+');
    await session.w.page.waitForTimeout(500);
    expect(await session.w.page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('israel-recognises-azerbaijan');
    expect(await markInside(session.w.page, 'israel-recognises-azerbaijan')).toBe('inside');
  });

  it('a window outside the data is refused with a notice, and everything is shown', async () => {
    await openReady(session.w.page, '/?from=2030&to=2040');
    await expect(session.w.page.textContent('.notices')).resolves.toContain('2030');
    await session.w.page.waitForTimeout(400);
    expect(params(session.w.page).has('from')).toBe(false);
  });

  it('changing the language keeps the window the reader zoomed to', async () => {
    await openReady(session.w.page, '/?from=2011-12&to=2013-02');
    const before = await waitForParams(session.w.page, (q) => q.has('from'));
    await session.w.page.getByLabel('Language').selectOption('ru');
    await expect.poll(() => session.w.page.getAttribute('html', 'lang')).toBe('ru');
    await session.w.page.waitForTimeout(500);
    const after = params(session.w.page);
    expect([after.get('from'), after.get('to')]).toEqual([before.get('from'), before.get('to')]);
  });
});

describe('a chart that holds still', () => {
  it('keeps its height before, during and after a wheel gesture, and the page does not scroll', async () => {
    const page = session.w.page;
    await openReady(page);
    const svg = page.locator('svg.tl-svg');
    const box = (await svg.boundingBox())!;
    const heights = new Set<number>([box.height]);
    const scrolls = new Set<number>([await page.evaluate(() => scrollY)]);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // Trackpad-rate notches, in then out past the limits both ways.
    for (const delta of [...Array(12).fill(-100), ...Array(24).fill(100)]) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(16);
      heights.add((await svg.boundingBox())!.height);
      scrolls.add(await page.evaluate(() => scrollY));
    }
    await page.waitForTimeout(300);
    heights.add((await svg.boundingBox())!.height);
    expect([...heights]).toEqual([box.height]);
    expect([...scrolls]).toEqual([0]);
  });

  it('at 1280×800 the title, the chart and its axis are in view on arrival', async () => {
    await openReady(session.w.page);
    const axis = (await session.w.page.locator('.tl-axis').boundingBox())!;
    const title = (await session.w.page.locator('h1').boundingBox())!;
    expect(title.y).toBeGreaterThanOrEqual(0);
    expect(axis.y + axis.height).toBeLessThanOrEqual(800);
  });

  it('draws the axis’s first and last labels whole, inside the chart', async () => {
    await openReady(session.w.page);
    const outside = await session.w.page.evaluate(() => {
      const svg = document.querySelector('svg.tl-svg')!.getBoundingClientRect();
      return [...document.querySelectorAll('.tl-tick-label')].map((t) => t.getBoundingClientRect()).filter((b) => b.left < svg.left - 0.5 || b.right > svg.right + 0.5).length;
    });
    expect(outside).toBe(0);
  });

  it('the chart is one tab stop', async () => {
    await openReady(session.w.page);
    const page = session.w.page;
    for (let i = 0; i < 40 && !(await page.evaluate(() => !!document.activeElement?.closest('.tl-viewport'))); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('tl-mark'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.tl-viewport'))).toBe(false);
  });
});

describe('filters and selection agree', () => {
  it('selecting an event the filters hide shows it, says so, and Previous / Next walk what is shown', async () => {
    // The README's example host embeds arms only, then a reader asks for an event of another category.
    await openReady(session.w.page, '/?categories=arms&event=armenia-recalls-ambassador-2020');
    await expect(session.w.page.textContent('.notices')).resolves.toContain('Armenia recalls its ambassador');
    // The URL is written once the view it names has been drawn (a frame later).
    await expect.poll(() => params(session.w.page).get('categories')).toBe('arms,diplomacy');
    expect(await markInside(session.w.page, 'armenia-recalls-ambassador-2020')).toBe('inside');
    const shown = await session.w.page.$$eval('.event-list li[data-id]', (n) => n.map((li) => li.getAttribute('data-id')));
    expect(shown).toContain('armenia-recalls-ambassador-2020');
    const position = await session.w.page.textContent('.details-position');
    expect(position).toBe(`${shown.indexOf('armenia-recalls-ambassador-2020') + 1} of ${shown.length}`);
    expect(await session.w.page.isEnabled('button:has-text("Previous event")')).toBe(true);
  });
});

describe('phones', () => {
  it('the details are a modal sheet: focus stays inside, Escape closes it and focus returns to the mark', async () => {
    const page = (await session.reopen({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })).page;
    await openReady(page);
    await page.focus('g.tl-mark');
    const id = await page.evaluate(() => document.activeElement!.getAttribute('data-id'));
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.details[open]');
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => document.activeElement === document.body || !!document.activeElement?.closest('dialog'));
      expect(inside).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.$('dialog.details')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(id);
  });
});

describe('languages', () => {
  it('Azerbaijani dates and money read in Azerbaijani even where Intl has no Azerbaijani words', async () => {
    await openReady(session.w.page, '/?lang=az&event=arms-deal-2012');
    await expect(session.w.page.textContent('.details-date')).resolves.toBe('26 fevral 2012');
    await expect(session.w.page.textContent('.details-facts')).resolves.toContain('1,6 mlrd $');
    // Lane names are the data's own, not upper-cased by the stylesheet in a foreign locale.
    const lanes = await session.w.page.$$eval('.tl-lane-label', (n) => n.map((l) => [l.textContent, getComputedStyle(l).textTransform]));
    expect(lanes[0]).toEqual(['Diplomacy', 'none']);
  });

  it('Hebrew mark labels isolate the money from the title', async () => {
    await openReady(session.w.page, '/?lang=he&from=2011&to=2013');
    const label = await session.w.page.textContent('g.tl-mark[data-id="arms-deal-2012"] .tl-label');
    expect(label).toMatch(/^\u2068.+\u2069 · \u2068/);
  });
});

describe('the chart first, the chrome beside it', () => {
  it('the chrome that ships is React 19 (no compatibility layer), and neither page loads it before the chart', () => {
    const assets = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
    const version: string = JSON.parse(readFileSync('node_modules/react-dom/package.json', 'utf8')).version;
    expect(version).toMatch(/^19\./);
    // React DOM checks its version against React's at start-up: the string is in the bundle that ships.
    const marker = new RegExp(`version=[\`"']${version.replace(/\./g, '\\.')}[\`"']`);
    const withReact = assets.filter((f) => marker.test(readFileSync(`dist/assets/${f}`, 'utf8')));
    expect(withReact).toHaveLength(1);
    for (const f of assets) expect(readFileSync(`dist/assets/${f}`, 'utf8')).not.toMatch(/preact/i);
    // What a page loads before it draws: its entry and the modules the entry imports statically.
    const staticGraph = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen;
      seen.add(file);
      for (const [, dep] of readFileSync(`dist/assets/${file}`, 'utf8').matchAll(/(?:^|;|\})import\s*(?:\{[^}]*\}\s*from\s*|[\w$]+\s*from\s*)?["']\.\/([^"']+)["']/g)) staticGraph(dep, seen);
      return seen;
    };
    for (const page of ['index.html', 'embed.html']) {
      const entry = /<script type="module"[^>]*src="\/assets\/([^"]+)"/.exec(readFileSync(`dist/${page}`, 'utf8'))![1];
      const graph = staticGraph(entry);
      expect(graph.size).toBeGreaterThan(1);
      expect([...graph].filter((f) => withReact.includes(f)), page).toEqual([]);
    }
  });

  for (const [path, width] of [['/', 1280], ['/', 390], ['/embed.html', 800], ['/embed.html?event=arms-deal-2012', 400]] as const) {
    it(`${path} at ${width} px: the chart is drawn before React arrives, and does not move when it does`, async () => {
      const page = (await session.reopen({ viewport: { width, height: 800 } })).page;
      // Where the chart is at the moment it is drawn, and whether the chrome was there yet.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const root = document.getElementById('timeline-root');
          if (root?.dataset.status !== 'ready') return;
          observer.disconnect();
          const box = document.getElementById('chart')!.getBoundingClientRect();
          (window as unknown as { atDraw: unknown }).atDraw = { top: box.top, height: box.height, chrome: root.dataset.chrome ?? null };
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-status'] });
      });
      await openReady(page, path);
      await page.waitForTimeout(300);
      const atDraw = await page.evaluate(() => (window as unknown as { atDraw: { top: number; height: number; chrome: string | null } }).atDraw);
      expect(atDraw.chrome).toBeNull();
      const now = (await page.locator('#chart').boundingBox())!;
      expect(now.y).toBe(atDraw.top);
      expect(now.height).toBe(atDraw.height);
    });
  }
});
