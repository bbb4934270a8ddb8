/**
 * Every hard input, loaded through ?data= on the page and in the embed (and some inside a
 * sandboxed frame on a host page): the page ends ready or showing the error in plain words,
 * with no page error, no dialog, no Content-Security-Policy violation, and no request to an
 * origin it had no reason to contact. Then the inputs that need more than that: a server that
 * stalls, a 50 MB file, very long strings, direction overrides.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { useBrowser } from './browser';
import { app, host } from './helpers';
import { HARD_INPUTS } from './hardInputs';

const session = useBrowser({ viewport: { width: 1200, height: 800 } });
const PAGES = [
  ['the page', '/'],
  ['the embed', '/embed.html'],
] as const;

/**
 * Records what must not happen: page errors, dialogs, console errors (other than the browser's
 * own line for a download that failed, which is the input's doing), policy violations.
 */
async function watch(page: Page) {
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && consoleErrors.push(m.text()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { pageErrors, dialogs, consoleErrors };
}

const dataUrl = (name: string) => host(`/hard/${name}`);
const localhost = () => `http://localhost:${new URL(host()).port}`;

/** Origins a page loading `name` may contact: its own, the data's, and where the data redirects. */
function unexpectedRequests(name: string): string[] {
  const allowed = new Set([new URL(app()).origin, new URL(host()).origin, ...(name === 'redirect.json' ? [localhost()] : [])]);
  return session.w.requests.filter((u) => !u.startsWith('data:') && !allowed.has(new URL(u).origin));
}

async function settled(where: Page | Frame, timeout = 30_000): Promise<string | null> {
  await where.waitForSelector('#timeline-root[data-status="ready"][data-chrome], #timeline-root[data-status="error"][data-chrome]', { timeout });
  return where.getAttribute('#timeline-root', 'data-status');
}

describe.each(PAGES)('%s, given each hard input through ?data=', (_, path) => {
  it.each(HARD_INPUTS)('$name: ends $ends, readable, with nothing untoward', async ({ name, ends, shows }) => {
    const { page } = session.w;
    const { pageErrors, dialogs, consoleErrors } = await watch(page);
    await page.goto(app(`${path}?data=${encodeURIComponent(dataUrl(name))}`));
    expect(await settled(page)).toBe(ends);
    if (ends === 'ready') await page.waitForSelector('g.tl-mark');
    else expect(await page.locator('.error-panel h2').textContent()).toBe('The timeline could not be shown');
    if (shows) expect(await page.locator('#timeline-root').textContent()).toMatch(shows);
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
    expect(unexpectedRequests(name)).toEqual([]);
  });
});

describe('hard inputs inside a sandboxed frame on a host page', () => {
  it.each(['redirect.json', 'utf16be.json', 'web-page.json', 'deep.json', 'short-body.json'])('%s', async (name) => {
    const input = HARD_INPUTS.find((h) => h.name === name)!;
    const { page } = session.w;
    const { pageErrors, dialogs, consoleErrors } = await watch(page);
    const src = app(`/embed.html?data=${encodeURIComponent(dataUrl(name))}`);
    await page.goto(host(`/pasted?snippet=${encodeURIComponent(`<iframe id="frame" src="${src}" title="Timeline" width="800" height="600" sandbox="allow-scripts"></iframe>`)}`));
    const frame = (await (await page.$('#frame'))!.contentFrame())!;
    expect(await settled(frame)).toBe(input.ends);
    if (input.shows) expect(await frame.locator('#timeline-root').textContent()).toMatch(input.shows);
    expect([pageErrors, dialogs, consoleErrors, unexpectedRequests(name)]).toEqual([[], [], [], []]);
  });
});

describe('a server that stalls', () => {
  it.each(PAGES)('%s gives up after 20 seconds of silence, says so, and offers to try again', async (_, path) => {
    const { page } = session.w;
    const { pageErrors } = await watch(page);
    await page.clock.install();
    await page.goto(app(`${path}?data=${encodeURIComponent(dataUrl('stall.json'))}`));
    await page.waitForSelector('#timeline-root[data-status="loading"]');
    await page.clock.fastForward(19_000);
    await page.waitForTimeout(200);
    expect(await page.getAttribute('#timeline-root', 'data-status')).toBe('loading');
    await page.clock.fastForward(2_000);
    expect(await settled(page)).toBe('error');
    expect(await page.locator('.problems').textContent()).toContain('the server stopped answering: nothing arrived for 20 seconds');
    const reloaded = page.waitForEvent('framenavigated');
    await page.getByRole('button', { name: 'Try again' }).click();
    await reloaded;
    await page.waitForSelector('#timeline-root[data-status="loading"]');
    expect(pageErrors).toEqual([]);
  });
});

describe('a 50 MB file', () => {
  it.each(PAGES)('%s shows how much has arrived, then the timeline', async (_, path) => {
    const { page } = session.w;
    const { pageErrors } = await watch(page);
    await page.goto(app(`${path}?data=${encodeURIComponent(dataUrl('big.json'))}`));
    // The progress bar shows while the body arrives, with the size from Content-Length.
    const bar = page.locator('.loading-progress progress');
    await bar.waitFor({ timeout: 20_000 });
    expect(Number(await bar.getAttribute('max'))).toBeGreaterThan(50_000_000);
    expect(await settled(page, 120_000)).toBe('ready');
    await page.waitForSelector('g.tl-mark', { timeout: 30_000 });
    if (path === '/') await expect(page.textContent('.menu-button')).resolves.toBe('Filters · 113,000 of 113,000 events');
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
});

describe('very long strings', () => {
  it.each(PAGES)('%s keeps them whole in the details, cuts the drawn label, and never widens the page', async (_, path) => {
    const { page } = session.w;
    await page.goto(app(`${path}?event=recognition&data=${encodeURIComponent(dataUrl('long-strings.json'))}`));
    expect(await settled(page)).toBe('ready');
    const details = page.locator('.details');
    await details.waitFor();
    const title = await details.locator('h2').textContent();
    expect(title?.length).toBe('very long title '.length * 3_000 + 20_000 + 3);
    expect((await details.locator('.details-summary').textContent())?.length).toBe(1 + 'word '.length * 200_000 + 3);
    expect((await details.locator('blockquote').textContent())?.length).toBe('https://example.org/'.length + 50_000);
    const label = await page.locator('g.tl-mark[data-id="recognition"] text.tl-label').textContent();
    expect(label).toMatch(/^very long title .*…$/);
    expect(label!.length).toBeLessThan(title!.length / 100);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  });
});

describe('direction overrides and zero-width characters in the data', () => {
  it.each(PAGES)('%s isolates every piece of data text that holds one', async (_, path) => {
    const { page } = session.w;
    await page.goto(app(`${path}?event=recognition&data=${encodeURIComponent(dataUrl('bidi.json'))}`));
    expect(await settled(page)).toBe('ready');
    await page.locator('.details').waitFor();
    // Every text node holding a direction control, outside an FSI…PDI pair, must sit in an
    // element the browser isolates (its own bidi paragraph for an SVG label).
    const loose = await page.evaluate(() => {
      const controls = /[\u202A-\u202E\u2066\u2067\u061C]/;
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (!controls.test(text.replace(/\u2068[^\u2068\u2069]*\u2069/g, ''))) continue;
        const parent = node.parentElement!;
        if (parent instanceof SVGElement && ['text', 'title'].includes(parent.tagName)) continue;
        const bidi = getComputedStyle(parent).unicodeBidi;
        if (!['isolate', 'isolate-override', 'plaintext'].includes(bidi)) found.push(`<${parent.tagName.toLowerCase()} class="${parent.className}"> ${bidi}: ${JSON.stringify(text.slice(0, 40))}`);
      }
      return found;
    });
    expect(loose).toEqual([]);
    // The texts are shown as written, controls included (text is text).
    expect(await page.locator('.details h2').textContent()).toBe('\u202Eevil title \u2066open isolate zero\u200Bwidth\u200D');
  });
});
