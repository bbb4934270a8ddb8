/**
 * Accessibility in a real Chromium: axe-core on each page, theme and state; a keyboard-only
 * journey with focus asserted at each step; right-to-left Hebrew; reduced motion.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations as violations } from './axe';
import { useBrowser } from './browser';
import { host, openReady, waitForParams } from './helpers';

const session = useBrowser();

/** The focused element, described. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase(), id: el?.getAttribute('data-id') ?? null, name: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '', cls: el?.getAttribute('class') ?? '' };
  });

describe('axe-core finds no violations', () => {
  for (const theme of ['light', 'dark']) {
    it.each([
      ['main page', '/'],
      ['main page, details open', '/?event=israel-recognises-azerbaijan'],
      ['main page, lanes by country, filtered', '/?lanes=actor&certainty=alleged,disputed'],
      ['main page in Hebrew', '/?lang=he&event=arms-deal-2012'],
      ['embed', '/embed.html'],
      ['embed, details open', '/embed.html?event=arms-contracts-total-2016'],
    ])(`%s (${theme})`, async (_, path) => {
      await openReady(session.w.page, `${path}${path.includes('?') ? '&' : '?'}theme=${theme}`);
      expect(await violations(session.w.page)).toEqual([]);
    });

    it(`embed, filter menu open (${theme})`, async () => {
      await openReady(session.w.page, `/embed.html?theme=${theme}`);
      await session.w.page.click('.menu-button');
      await session.w.page.waitForSelector('.filters-panel:not([hidden])');
      expect(await violations(session.w.page)).toEqual([]);
    });

    it(`main page, embed dialog open (${theme})`, async () => {
      await openReady(session.w.page, `/?theme=${theme}`);
      await session.w.page.getByRole('button', { name: 'Embed' }).click();
      await session.w.page.waitForSelector('dialog[open] textarea');
      expect(await violations(session.w.page)).toEqual([]);
    });

    it(`error panel (${theme})`, async () => {
      await openReady(session.w.page, `/?theme=${theme}&data=${encodeURIComponent(host('/fixtures/invalid/end-before-start.json'))}`, 'error');
      expect(await violations(session.w.page)).toEqual([]);
    });
  }
});

describe('keyboard alone', () => {
  it('reaches the timeline, walks events, opens and closes details, filters, zooms and opens the embed dialog', async () => {
    await openReady(session.w.page);
    const page = session.w.page;
    // Tab from the top: the skip link comes first.
    await page.keyboard.press('Tab');
    expect((await focused(page)).cls).toContain('skip-link');
    // Tab on until the timeline's single tab stop: a mark.
    for (let i = 0; i < 40 && !(await focused(page)).cls.includes('tl-mark'); i++) await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.cls).toContain('tl-mark');
    expect(first.name).toMatch(/, (c\. )?\d{4}.*, (Diplomacy|Arms and defence|Energy and trade|Security and intelligence|Conflict), (Confirmed|Reported|Alleged|Disputed)$/);

    // Home goes to the first event in time, → to the next.
    await page.keyboard.press('Home');
    expect((await focused(page)).id).toBe('ties-after-soviet-collapse');
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).id).toBe('israel-recognises-azerbaijan');
    await page.keyboard.press('End');
    expect((await focused(page)).id).toBe('netanyahu-visit-postponed-2025');
    await page.keyboard.press('ArrowLeft');
    expect((await focused(page)).id).toBe('gas-licences-awarded-2025');
    // ↓ moves to another lane.
    await page.keyboard.press('ArrowDown');
    const below = await focused(page);
    expect(below.cls).toContain('tl-mark');
    expect(below.id).not.toBe('gas-licences-awarded-2025');
    await page.keyboard.press('ArrowUp');

    // Enter opens the details (focus moves into the panel); Escape closes them and focus
    // returns to the mark.
    const id = (await focused(page)).id!;
    await page.keyboard.press('Enter');
    await page.waitForSelector('.details');
    expect((await focused(page)).tag).toBe('h2');
    await waitForParams(page, (q) => q.get('event') === id);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await page.$('.details')) === null).toBe(true);
    expect((await focused(page)).id).toBe(id);

    // + zooms around the focused event, 0 fits all again; the keys never left the timeline.
    await page.keyboard.press('+');
    await waitForParams(page, (q) => q.has('from'));
    expect((await focused(page)).id).toBe(id);
    await page.keyboard.press('0');
    await waitForParams(page, (q) => !q.has('from'));

    // Shift+Tab back to the toolbar's filter button, open the panel, turn a category off.
    for (let i = 0; i < 40 && !(await focused(page)).name.startsWith('Filters'); i++) await page.keyboard.press('Shift+Tab');
    const all = (await focused(page)).name;
    await page.keyboard.press('Enter');
    for (let i = 0; i < 40 && (await focused(page)).name !== 'Conflict'; i++) await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Conflict');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('.menu-button')).not.toBe(all);
    // Escape closes the panel and puts focus back on its button.
    await page.keyboard.press('Escape');
    expect(await page.isHidden('.filters-panel')).toBe(true);
    expect((await focused(page)).name).toMatch(/^Filters/);

    // The embed dialog opens from the keyboard, holds focus, and Escape returns it.
    for (let i = 0; i < 60 && (await focused(page)).name !== 'Embed'; i++) await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).name).toBe('Embed');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open]');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    // The modal dialog makes the page behind it inert: Tab stays in the dialog, or leaves to
    // the browser's own toolbar (body), never to the page behind or into the inert preview.
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return el === document.body ? 'browser' : el?.tagName === 'IFRAME' ? 'preview' : el?.closest('dialog') ? 'dialog' : el?.outerHTML.slice(0, 60);
      });
      expect(['dialog', 'browser']).toContain(where);
    }
    // Back into the dialog (from the toolbar, Tab re-enters it first), then Escape.
    for (let i = 0; i < 20 && !(await page.evaluate(() => !!document.activeElement?.closest('dialog'))); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused(page)).name).toBe('Embed');
    expect(session.w.errors).toEqual([]);
  });

  it('keeps focus when a filter hides the focused event', async () => {
    await openReady(session.w.page, '/?event=arms-deal-2012');
    // A keyboard user on the mark (arrived by keys), then the mark's category is switched off.
    await session.w.page.focus('g.tl-mark[data-id="arms-deal-2012"]');
    await session.w.page.keyboard.press('ArrowRight');
    await session.w.page.keyboard.press('ArrowLeft');
    expect(await session.w.page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('arms-deal-2012');
    await session.w.page.evaluate(() => (document.querySelector('.legend button.cat-1') as HTMLButtonElement).click());
    await expect.poll(async () => session.w.page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  });

  it('arrow keys act only when the timeline has focus', async () => {
    await openReady(session.w.page);
    await session.w.page.focus('input[type="search"]');
    await session.w.page.keyboard.press('0');
    expect(await session.w.page.inputValue('input[type="search"]')).toBe('0');
    expect(await session.w.page.$('.details')).toBeNull();
  });
});

describe('right to left', () => {
  it('in Hebrew the page is dir=rtl and time runs right to left on the axis', async () => {
    await openReady(session.w.page, '/?lang=he');
    expect(await session.w.page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await session.w.page.getAttribute('html', 'lang')).toBe('he');
    const ticks = await session.w.page.$$eval('.tl-axis .tick', (nodes) =>
      nodes.map((n) => ({ year: Number(n.textContent), x: n.getBoundingClientRect().x })).filter((t) => t.year > 1900),
    );
    expect(ticks.length).toBeGreaterThan(3);
    const sorted = [...ticks].sort((a, b) => a.year - b.year);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i].x).toBeLessThan(sorted[i - 1].x);
    const early = (await session.w.page.locator('g.tl-mark[data-id="israel-recognises-azerbaijan"]').boundingBox())!;
    const late = (await session.w.page.locator('g.tl-mark[data-id="arms-deal-2012"]').boundingBox())!;
    expect(late.x).toBeLessThan(early.x);
    // The interface speaks Hebrew; the data stays in the language it was written in.
    await expect(session.w.page.textContent('.menu-button')).resolves.toMatch(/\d+/);
    expect(await session.w.page.textContent('.zoom-controls')).not.toContain('Fit all');
    await expect(session.w.page.textContent('.event-list')).resolves.toContain('Diplomatic relations established');
  });
});

describe('reduced motion', () => {
  it('jumps to the new view instead of animating', async () => {
    await session.reopen({ reducedMotion: 'reduce' });
    await openReady(session.w.page);
    await session.w.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    // Without animation the new window is reported by the next frames, not after a 350 ms tween.
    const started = Date.now();
    await waitForParams(session.w.page, (q) => q.has('from'));
    expect(Date.now() - started).toBeLessThan(1000);
    const transitions = await session.w.page.evaluate(() => document.querySelectorAll('.tl-svg').length);
    expect(transitions).toBe(1);
  });
});

describe('forced colours and print', () => {
  it('in Windows high-contrast mode marks and labels stay visible', async () => {
    await openReady(session.w.page);
    await session.w.page.emulateMedia({ forcedColors: 'active' });
    const paint = await session.w.page.$eval('g.tl-mark[data-id="arms-deal-2012"] path.tl-symbol', (n) => {
      const style = getComputedStyle(n);
      return { fill: style.fill, stroke: style.stroke };
    });
    expect(paint.fill).not.toBe('none');
    expect(paint.fill).not.toMatch(/rgba\(0, 0, 0, 0\)/);
    const label = await session.w.page.$eval('g.tl-mark text.tl-label', (n) => getComputedStyle(n).fill);
    expect(label).not.toBe('none');
  });

  it('printing gives the chart, then every event with its date, summary and sources, and no controls', async () => {
    await openReady(session.w.page, '/?event=arms-deal-2012');
    // What the browser does around its print dialog: beforeprint, then print media.
    await session.w.page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await session.w.page.emulateMedia({ media: 'print' });
    await session.w.page.waitForSelector('.print-list', { state: 'attached' });
    const shown = (selector: string) => session.w.page.$eval(selector, (n) => getComputedStyle(n).display !== 'none' && (n as HTMLElement).offsetParent !== null);
    expect(await shown('.tl-svg')).toBe(true);
    expect(await shown('.print-list')).toBe(true);
    expect(await session.w.page.$$eval('.print-list > ol > li', (n) => n.length)).toBe(await session.w.page.$$eval('.event-list li[data-id]', (n) => n.length));
    await expect(session.w.page.textContent('.print-list')).resolves.toContain('inked a $1.6 billion deal with Israel');
    // Where a source disagrees with the record, paper shows both, as the details do.
    const disputed = await session.w.page.$$eval('.event-list li[data-id]', (n) => n.filter((li) => li.textContent!.includes('sources disagree')).length);
    expect(disputed).toBeGreaterThan(0);
    expect(await session.w.page.$$eval('.print-list > ol > li:has(.disagree)', (n) => n.length)).toBe(disputed);
    for (const control of ['.zoom-controls', '.menu-button', '.header-actions', '.details']) expect(await shown(control)).toBe(false);
  });
});
