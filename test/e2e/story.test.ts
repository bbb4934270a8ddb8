/**
 * Story mode in a real Chromium: the shipped story walked by mouse, by keyboard and by URL on
 * the page and in a cross-origin embed, with the host's messages, Back through the steps, axe
 * on the title card and a step, printing, the embed dialog, and the player at 300×300 and
 * 1600×900 with nothing cut off and the chart unmoved.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { useBrowser } from './browser';
import { host, openReady, params, waitForParams } from './helpers';

const STORY = 'recognition-to-war';
const session = useBrowser();
const page = () => session.w.page;

/** The player's "Step n of m" line, or its title card's heading. */
const where = (p: Page | Frame) => p.locator('.story-player .story-kicker').textContent();
/** The focused element's visible text. */
const focusedText = (p: Page | Frame) => p.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const box = async (p: Page | Frame, selector: string) => (await p.locator(selector).first().boundingBox())!;

describe('a story on the page', () => {
  it('by mouse: the launcher opens the title card over the chart, which does not move; steps, progress and the way out', async () => {
    await openReady(page(), '/');
    const chart = await box(page(), '#chart');
    await page().getByRole('button', { name: 'Story' }).click();
    await page().waitForSelector('.story-player.story-card');
    expect(await page().locator('.story-player h2').textContent()).toBe('From recognition to the 2020 war');
    expect(await box(page(), '#chart')).toEqual(chart);
    await waitForParams(page(), (q) => q.get('story') === STORY && !q.has('step'));

    await page().getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => where(page())).toBe('Step 1 of 12');
    await expect.poll(() => page().locator('.details h2').textContent()).toBe("Israel recognises Azerbaijan's independence");
    await waitForParams(page(), (q) => q.get('step') === '1');
    await page().getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(() => where(page())).toBe('Step 2 of 12');
    // The progress bar goes straight to a step: the fifth is the 2012 arms deal.
    await page().getByRole('button', { name: 'Step 5: The $1.6 billion deal' }).click();
    await expect.poll(() => where(page())).toBe('Step 5 of 12');
    await expect.poll(() => page().locator('g.tl-mark.selected').getAttribute('data-id')).toBe('arms-deal-2012');
    expect(await box(page(), '#chart')).toEqual(chart);

    // Leaving keeps what is shown: the selection and the window, now in the URL.
    await page().getByRole('button', { name: /Explore freely/ }).click();
    expect(await page().$('.story-player')).toBeNull();
    const q = await waitForParams(page(), (p) => !p.has('story') && p.get('event') === 'arms-deal-2012');
    expect(q.has('from')).toBe(true);
    expect(await page().locator('.details h2').textContent()).toContain('$1.6 billion');
    expect(session.w.errors).toEqual([]);
  });

  it('by keyboard: into the player from the launcher, arrows and Page keys between steps, Escape back to the launcher', async () => {
    await openReady(page(), '/');
    for (let i = 0; i < 10 && (await focusedText(page())) !== '▶ Story'; i++) await page().keyboard.press('Tab');
    expect(await focusedText(page())).toBe('▶ Story');
    await page().keyboard.press('Enter');
    await expect.poll(() => focusedText(page())).toBe('Start');
    await page().keyboard.press('Enter');
    await expect.poll(() => where(page())).toBe('Step 1 of 12');
    expect(await focusedText(page())).toContain('Next'); // Start went away; focus did not
    for (const [key, step] of [['ArrowRight', 2], ['PageDown', 3], ['PageUp', 2], ['ArrowLeft', 1], ['ArrowLeft', 0]] as const) {
      await page().keyboard.press(key);
      if (step === 0) await page().waitForSelector('.story-player.story-card');
      else await expect.poll(() => where(page())).toBe(`Step ${step} of 12`);
    }
    expect(await focusedText(page())).toBe('Start');
    await page().keyboard.press('Escape');
    expect(await page().$('.story-player')).toBeNull();
    expect(await focusedText(page())).toBe('▶ Story');
  });

  it('by URL: a step opens at once, Back returns to the previous step and Forward comes back', async () => {
    await openReady(page(), `/?story=${STORY}&step=3`);
    await expect.poll(() => where(page())).toBe('Step 3 of 12');
    // A window step: its window and its filter (energy only) are shown.
    await expect.poll(() => page().textContent('.menu-button')).toMatch(/^Filters · \d+ of 45 events$/);
    expect(await page().textContent('.menu-button')).not.toContain('45 of 45');
    await page().getByRole('button', { name: 'Next', exact: true }).click();
    await waitForParams(page(), (q) => q.get('step') === '4');
    await page().getByRole('button', { name: 'Next', exact: true }).click();
    await waitForParams(page(), (q) => q.get('step') === '5');
    await page().goBack();
    await expect.poll(() => where(page())).toBe('Step 4 of 12');
    expect(params(page()).get('step')).toBe('4');
    await page().goBack();
    await expect.poll(() => where(page())).toBe('Step 3 of 12');
    await page().goForward();
    await expect.poll(() => where(page())).toBe('Step 4 of 12');
    await expect.poll(() => page().locator('g.tl-mark.selected').getAttribute('data-id')).toBe('peres-visit-2009');
    expect(session.w.errors).toEqual([]);
  });

  it('in Hebrew the arrows follow the mirrored layout: ← goes on', async () => {
    await openReady(page(), `/?lang=he&story=${STORY}&step=1`);
    await page().locator('.story-player .primary').focus();
    await page().keyboard.press('ArrowLeft');
    await expect.poll(() => params(page()).get('step')).toBe('2');
    await page().keyboard.press('ArrowRight');
    await expect.poll(() => params(page()).get('step')).toBe('1');
  });

  it('offers autoplay, off at first, and not at all under reduced motion', async () => {
    await openReady(page(), `/?story=${STORY}&step=1`);
    expect(await page().locator('.story-play').textContent()).toContain('Play');
    await session.reopen({ reducedMotion: 'reduce' });
    await openReady(page(), `/?story=${STORY}&step=1`);
    await page().waitForSelector('.story-player');
    expect(await page().$('.story-play')).toBeNull();
  });

  it('prints the story: every step in order with its caption and its event', async () => {
    await openReady(page(), `/?story=${STORY}&step=2`);
    await page().waitForSelector('.story-player');
    await page().evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page().emulateMedia({ media: 'print' });
    await page().waitForSelector('.print-story', { state: 'attached' });
    const steps = await page().$$eval('.print-story li.print-step', (nodes) => nodes.map((n) => n.querySelector('h3')?.textContent));
    expect(steps).toHaveLength(12);
    expect(steps[0]).toBe('An early recognition');
    expect(steps[11]).toBe('The war ends');
    const first = await page().textContent('.print-story li.print-step');
    expect(first).toContain('Israel recognised it on 25 December that year'); // the caption
    expect(first).toContain("Israel recognises Azerbaijan's independence"); // the event, in full
    expect(first).toContain('Sputnik'); // its sources
    expect(await page().$eval('#slot-story', (n) => getComputedStyle(n).display)).toBe('none');
  });
});

describe('a story in a cross-origin embed', () => {
  type Message = { type: string; [key: string]: unknown };
  const messages = () => page().evaluate(() => (window as unknown as { messages: Message[] }).messages);
  const steps = async () => (await messages()).filter((m) => m.type === 'bilateral-timeline:step');
  const send = (message: object) => page().evaluate((m) => (document.getElementById('frame') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), message);

  async function openHost(search: string): Promise<Frame> {
    await page().goto(host(`/index.html${search}`));
    await page().$eval('#frame', (f) => f.scrollIntoView({ block: 'start' }));
    await expect.poll(async () => (await messages()).some((m) => m.type === 'bilateral-timeline:ready'), { timeout: 15_000 }).toBe(true);
    const frame = (await (await page().$('#frame'))!.contentFrame())!;
    // `ready` is sent once the chart is drawn; the React chrome (the story player) attaches after that paint.
    await frame.waitForSelector('[data-chrome="ready"]', { timeout: 15_000 });
    return frame;
  }

  it('tells the host each step, by mouse, by keyboard and by the host’s goto; the host’s history stays as it was', async () => {
    const frame = await openHost(`?story=${STORY}`);
    const entries = await page().evaluate(() => history.length);
    await expect.poll(steps).toEqual([{ type: 'bilateral-timeline:step', story: STORY, step: 0, of: 12 }]);
    await frame.getByRole('button', { name: 'Start' }).click();
    await expect.poll(async () => (await steps()).at(-1)).toMatchObject({ story: STORY, step: 1, of: 12 });
    await frame.locator('.story-player .primary').focus();
    await page().keyboard.press('ArrowRight');
    await expect.poll(async () => (await steps()).at(-1)).toMatchObject({ step: 2 });
    await expect.poll(() => new URL(frame.url()).searchParams.get('step')).toBe('2');

    await send({ type: 'bilateral-timeline:goto', story: STORY, step: 5 });
    await expect.poll(() => where(frame)).toBe('Step 5 of 12');
    await expect.poll(async () => (await steps()).at(-1)).toMatchObject({ step: 5 });
    expect((await messages()).filter((m) => m.type === 'bilateral-timeline:select').at(-1)).toMatchObject({ id: 'arms-deal-2012' });
    // The step's details are there when the reader asks, over the chart.
    await frame.getByRole('button', { name: 'Details' }).click();
    await expect.poll(() => frame.locator('.details h2').textContent()).toContain('$1.6 billion');

    await send({ type: 'bilateral-timeline:goto', story: 'no-such-story' });
    await expect.poll(async () => (await messages()).find((m) => m.type === 'bilateral-timeline:error')).toMatchObject({ reason: 'unknown-story', ids: ['no-such-story'] });
    await send({ type: 'bilateral-timeline:goto', story: STORY, step: 13 });
    await expect.poll(async () => (await messages()).filter((m) => m.type === 'bilateral-timeline:error')).toHaveLength(2);
    // The old goto {id} still works, and Escape leaves the story.
    await send({ type: 'bilateral-timeline:goto', id: 'iron-dome-deal-2016' });
    await expect.poll(async () => (await messages()).filter((m) => m.type === 'bilateral-timeline:select').at(-1)).toMatchObject({ id: 'iron-dome-deal-2016' });
    await frame.locator('.story-player .primary').focus();
    await page().keyboard.press('Escape');
    await expect.poll(async () => (await steps()).at(-1)).toEqual({ type: 'bilateral-timeline:step', story: null, step: 0, of: 0 });
    expect(await page().evaluate(() => history.length)).toBe(entries);
    expect(session.w.errors).toEqual([]);
  });

  it('opens on a step from its own URL', async () => {
    const frame = await openHost(`?story=${STORY}&step=11`);
    await expect.poll(() => where(frame)).toBe('Step 11 of 12');
    await expect.poll(steps).toEqual([{ type: 'bilateral-timeline:step', story: STORY, step: 11, of: 12 }]);
  });
});

describe('the embed dialog', () => {
  it('can start the embed on the story', async () => {
    await openReady(page(), '/?event=arms-deal-2012');
    await page().getByRole('button', { name: 'Embed' }).click();
    const dialog = page().getByRole('dialog', { name: 'Embed this timeline' });
    await dialog.getByLabel('Start on').selectOption(STORY);
    const snippet = await dialog.locator('textarea').inputValue();
    expect(snippet).toContain(`embed.html?story=${STORY}`);
    expect(snippet).not.toContain('event=');
    // The preview follows the choice; Chromium pauses frames out of view, so bring it into view.
    await expect.poll(() => page().getAttribute('iframe.embed-preview', 'src')).toContain(`story=${STORY}`);
    await page().$eval('iframe.embed-preview', (f) => f.scrollIntoView({ block: 'center' }));
    // The frame is looked up afresh each time: a navigation may move it to another process.
    const preview = async () => (await (await page().$('iframe.embed-preview'))!.contentFrame())!;
    await expect.poll(async () => (await preview()).locator('.story-player h2').textContent({ timeout: 500 }).catch(() => ''), { timeout: 15_000 }).toBe('From recognition to the 2020 war');
  });
});

describe('axe-core finds no violations in the story', () => {
  async function violations(): Promise<string[]> {
    const result = await new AxeBuilder({ page: page() }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }
  const cases: [string, string][] = [];
  for (const theme of ['light', 'dark']) {
    for (const lang of ['en', 'he']) {
      cases.push([`title card (${theme}, ${lang})`, `/?story=${STORY}&theme=${theme}&lang=${lang}`]);
      cases.push([`an event step (${theme}, ${lang})`, `/?story=${STORY}&step=5&theme=${theme}&lang=${lang}`]);
    }
  }
  cases.push(
    ['a window step, lanes by country', `/?story=${STORY}&step=9`],
    ['embed, title card', `/embed.html?story=${STORY}`],
    ['embed, a step (light, en)', `/embed.html?story=${STORY}&step=5&theme=light`],
    ['embed, a step (dark, he)', `/embed.html?story=${STORY}&step=5&theme=dark&lang=he`],
  );
  it.each(cases)('%s', async (_, path) => {
    await openReady(page(), path);
    await page().waitForSelector('.story-player');
    expect(await violations()).toEqual([]);
  });
});

describe('nothing cut off', () => {
  /** Every match is visible, inside the viewport and inside the player (which clips what overflows it). */
  const inside = async (p: Page | Frame, selector: string, viewport: { width: number; height: number }) => {
    const boxes = await p.$$eval(selector, (nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
    const player = await box(p, '.story-player');
    expect(boxes.length, selector).toBeGreaterThan(0);
    for (const b of boxes) {
      expect(b.top, `${selector} inside the player`).toBeGreaterThanOrEqual(player.y - 0.5);
      expect(b.bottom, `${selector} inside the player`).toBeLessThanOrEqual(player.y + player.height + 0.5);
      expect(b.width, selector).toBeGreaterThan(0);
      expect(b.left, selector).toBeGreaterThanOrEqual(0);
      expect(b.top, selector).toBeGreaterThanOrEqual(0);
      expect(b.right, selector).toBeLessThanOrEqual(viewport.width);
      expect(b.bottom, selector).toBeLessThanOrEqual(viewport.height);
    }
  };
  const PARTS = ['.story-player', '.story-player h2', '.story-player .story-kicker', '.story-player .story-text', '.story-player button:not(.story-progress button)'];

  for (const viewport of [{ width: 300, height: 300 }, { width: 1600, height: 900 }]) {
    it.each(['/embed.html', '/'])(`%s at ${viewport.width}×${viewport.height}: the title card and every step fit`, async (path) => {
      await session.reopen({ viewport });
      await openReady(page(), path);
      const chart = await box(page(), '#chart');
      await page().locator('.story-open').click();
      await page().waitForSelector('.story-player.story-card');
      for (const part of PARTS) await inside(page(), part, viewport);
      expect(await box(page(), '#chart')).toEqual(chart);
      await page().getByRole('button', { name: 'Start' }).click();
      for (let step = 1; step <= 12; step++) {
        await expect.poll(() => where(page())).toBe(`Step ${step} of 12`);
        for (const part of [...PARTS, '.story-progress']) await inside(page(), part, viewport);
        expect(await box(page(), '#chart')).toEqual(chart);
        if (step < 12) await page().locator('.story-player .primary').click();
      }
    });
  }
});
