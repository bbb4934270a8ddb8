/**
 * Embeds that fit their frame, from 300×300 to 1600×900: the axis always in view without
 * scrolling inside the frame, the chart using the height it has, the details readable inside
 * the frame; and the page's height left alone while the reader zooms an auto-height embed.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { app, host, openReady } from './helpers';

const session = useBrowser();

/** Where things are in the frame (the embed opened as its own page at the frame's size). */
const layout = (page: Page) =>
  page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect() ?? null;
    return {
      viewport: { width: innerWidth, height: innerHeight },
      scrolls: document.scrollingElement!.scrollHeight > innerHeight + 1 || document.scrollingElement!.scrollWidth > innerWidth + 1,
      axis: box('.tl-axis'),
      svg: box('svg.tl-svg'),
      details: box('.details'),
      title: box('.details h2'),
      footer: box('.embed-footer'),
    };
  });

describe('embeds fit their frame', () => {
  for (const [width, height] of [[300, 300], [400, 600], [800, 500], [1280, 720], [1600, 900]]) {
    it(`${width}×${height}: the axis is in view, nothing scrolls inside the frame, the chart fills the height it has`, async () => {
      const page = (await session.reopen({ viewport: { width, height } })).page;
      await openReady(page, '/embed.html');
      const l = await layout(page);
      expect(l.scrolls).toBe(false);
      expect(l.axis!.bottom).toBeLessThanOrEqual(height);
      expect(l.axis!.top).toBeGreaterThan(0);
      // The chart takes what the chrome leaves: no blank strip below it.
      expect(l.footer!.top - l.svg!.bottom).toBeLessThan(12);
      // Details open inside the frame: the title and the top of the panel are in view, focus too.
      await page.click('g.tl-mark');
      await page.waitForSelector('.details h2');
      const d = await layout(page);
      expect(d.scrolls).toBe(false);
      expect(d.details!.top).toBeGreaterThanOrEqual(0);
      expect(d.details!.bottom).toBeLessThanOrEqual(height + 1);
      expect(d.title!.bottom).toBeLessThanOrEqual(height);
      const focus = await page.evaluate(() => document.activeElement!.getBoundingClientRect().bottom);
      expect(focus).toBeLessThanOrEqual(height);
    });
  }

  it('with controls=none&title=hide at 800×500 the axis is in view', async () => {
    const page = (await session.reopen({ viewport: { width: 800, height: 500 } })).page;
    await openReady(page, '/embed.html?controls=none&title=hide');
    const l = await layout(page);
    expect(l.axis!.bottom).toBeLessThanOrEqual(500);
    expect(l.scrolls).toBe(false);
  });

  it('a filtered embed has no empty lanes for the categories it hides', async () => {
    await openReady(session.w.page, '/embed.html?categories=arms');
    expect(await session.w.page.$$eval('.tl-lane-label', (n) => n.length)).toBe(1);
  });

  it('says a timeline with no events has none (not that no event matches the filters)', async () => {
    await session.w.page.goto(app(`/?data=${encodeURIComponent(host('/fixtures/valid-empty.json'))}`));
    await session.w.page.waitForSelector('[data-status="ready"][data-chrome]');
    await expect(session.w.page.textContent('.list-empty')).resolves.toBe('This timeline has no events yet.');
    expect(session.w.errors).toEqual([]);
  });
});

describe('an auto-height embed holds still while the reader zooms', () => {
  it('the frame keeps its height during and after Ctrl+wheel, and the article below does not move', async () => {
    const page = session.w.page;
    await page.goto(host('/index.html'));
    await page.$eval('#frame', (f) => f.scrollIntoView({ block: 'start' }));
    const messages = () => page.evaluate(() => (window as unknown as { messages: { type: string }[] }).messages);
    await expect.poll(async () => (await messages()).some((m) => m.type === 'bilateral-timeline:ready'), { timeout: 15_000 }).toBe(true);
    const frameBox = () => page.$eval('#frame', (f) => f.getBoundingClientRect().height);
    await expect.poll(frameBox).not.toBe(400);
    await page.waitForTimeout(300);
    const before = await frameBox();
    const below = () => page.$eval('.filler:last-of-type', (p) => p.getBoundingClientRect().top - document.getElementById('frame')!.getBoundingClientRect().top);
    const gap = await below();
    const box = (await page.locator('#frame').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 120);
    await page.keyboard.down('Control');
    const seen = new Set<number>();
    for (let i = 0; i < 10; i++) {
      await page.mouse.wheel(0, i < 5 ? -100 : 100);
      await page.waitForTimeout(40);
      seen.add(Math.round(await frameBox()));
    }
    await page.keyboard.up('Control');
    await page.waitForTimeout(400);
    seen.add(Math.round(await frameBox()));
    expect([...seen]).toEqual([Math.round(before)]);
    expect(await below()).toBe(gap);
  });
});
