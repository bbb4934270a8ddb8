/**
 * The Download menu in a real Chromium: every choice gives a real file; the PNG is twice the
 * size of the SVG, whose chart part is the chart's own size on the page, with its axis labels
 * and title; the data files import back as the events shown; nothing comes from elsewhere,
 * also under `default-src 'self'`; the embed offers the menu with `controls=full`, downloads
 * inside a frame that allows it, and says what to do inside one that does not.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Download, Frame, Page } from 'playwright-core';
import { useBrowser } from './browser';
import { app, axisLabels, host, listIds, openReady } from './helpers';
import { importTimeline } from '../../src/interchange/importTimeline';
import { validateDataset } from '../../src/data/validate';

const session = useBrowser();

type Kind = 'csv' | 'json' | 'svg' | 'png';
const CHOICE: Record<Kind, RegExp> = { csv: /^Events as CSV/, json: /^Events as JSON/, svg: /^This view as SVG/, png: /^This view as PNG/ };

/** Opens the menu in `where` (the page or a frame in it), chooses, and returns the file the page downloads. */
async function download(where: Page | Frame, kind: Kind): Promise<{ name: string; bytes: Buffer }> {
  await where.getByRole('button', { name: 'Download' }).click();
  const [file] = await Promise.all([
    session.w.page.waitForEvent('download', { timeout: 10_000 }) as Promise<Download>,
    where.getByRole('button', { name: CHOICE[kind] }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Width and height from a PNG's header (after the signature, the IHDR chunk). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The SVG's size, its chart part's size and its texts, parsed by the browser. */
function readSvg(page: Page | Frame, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    const clip = doc.querySelector('clipPath rect');
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      chart: { width: Number(clip?.getAttribute('width')), height: Number(clip?.getAttribute('height')) },
      texts: [...doc.querySelectorAll('text')].map((t) => (t.textContent ?? '').replace(/[\u2068\u2069]/g, '')),
    };
  }, text);
}

/** The chart's own size on the page. */
const chartSize = (page: Page | Frame) => page.$eval('.tl-svg', (svg) => ({ width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) }));

describe('the Download menu on the page', () => {
  it('is loaded only when opened, and opens over the page without moving the chart', async () => {
    const { page, requests } = session.w;
    await openReady(page, '/');
    expect(requests.filter((u) => /downloadFiles/.test(u))).toEqual([]);
    const chartBox = await page.locator('.tl-svg').boundingBox();
    const toolbar = await page.locator('#slot-toolbar').boundingBox();
    await page.getByRole('button', { name: 'Download' }).click();
    await expect.poll(() => requests.filter((u) => /downloadFiles/.test(u)).length).toBe(1);
    expect(await page.locator('.download-panel').isVisible()).toBe(true);
    expect(await page.locator('.tl-svg').boundingBox()).toEqual(chartBox);
    expect(await page.locator('#slot-toolbar').boundingBox()).toEqual(toolbar);
    await page.keyboard.press('Escape');
    expect(await page.locator('.download-panel').isVisible()).toBe(false);
  });

  it('gives the view as an SVG of the chart’s size plus title, legend and source, and a PNG of twice that', async () => {
    const { page } = session.w;
    await openReady(page, '/?from=2010&to=2014&categories=arms,diplomacy');
    const chart = await chartSize(page);
    const ticks = await axisLabels(page);
    const svg = await download(page, 'svg');
    expect(svg.name).toBe('israel-azerbaijan-2010-2014.svg');
    const text = svg.bytes.toString('utf8');
    const parsed = await readSvg(page, text);
    expect(parsed.errors).toBe(0);
    expect(parsed.chart).toEqual(chart);
    expect(parsed.width).toBe(chart.width);
    expect(parsed.height).toBeGreaterThan(chart.height + 80);
    expect(ticks.length).toBeGreaterThan(3);
    expect(parsed.texts).toEqual(expect.arrayContaining([...ticks, 'Israel and Azerbaijan', 'Arms and defence', 'Diplomacy', 'Confirmed', 'Disputed']));
    expect(parsed.texts.join('\n')).toContain(`${app('/')}?from=2010&to=2014&categories=arms,diplomacy`);
    // Self-contained: no stylesheet, script, image, link or font from anywhere.
    expect(text).not.toMatch(/href|<image|<style|<script|@import|@font-face/);
    expect(text.match(/url\([^)]*\)/g)?.every((u) => u.startsWith('url(#'))).toBe(true);

    const png = await download(page, 'png');
    expect(png.name).toBe('israel-azerbaijan-2010-2014.png');
    expect(pngSize(png.bytes)).toEqual({ width: 2 * parsed.width, height: 2 * parsed.height });
  });

  it.each([['CSV', 'csv'], ['JSON', 'json']] as const)('gives the events the filters leave as %s, which imports back as those events', async (_, kind) => {
    const { page } = session.w;
    await openReady(page, '/?certainty=alleged,disputed,reported');
    const shown = await listIds(page);
    const total = (await page.getByRole('button', { name: /^Filters/ }).textContent())!.match(/of (\d+) events/)![1];
    expect(Number(total)).toBeGreaterThan(shown.length);
    const file = await download(page, kind);
    expect(file.name).toBe(`israel-azerbaijan-${shown.length}-of-${total}.${kind}`);
    const text = file.bytes.toString('utf8');
    const back = importTimeline(text, { fileName: file.name });
    expect(back.ok ? back.store.events.map((e) => e.id).sort() : back.problems).toEqual([...shown].sort());
    if (kind === 'json') expect(validateDataset(JSON.parse(text)).ok).toBe(true);
  });

  it('works under Content-Security-Policy: default-src \'self\' with no violation and no request elsewhere', async () => {
    const { page, context, requests, errors } = session.w;
    await context.route(/127\.0\.0\.1:\d+\/(\?|$)/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "default-src 'self'" } });
    });
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await openReady(page, '/?event=arms-deal-2012&theme=dark');
    const chart = await chartSize(page);
    const png = await download(page, 'png');
    expect(pngSize(png.bytes).width).toBe(2 * chart.width);
    const svg = await download(page, 'svg');
    expect((await readSvg(page, svg.bytes.toString('utf8'))).errors).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(errors).toEqual([]);
    const origin = new URL(app()).origin;
    expect(requests.filter((u) => !u.startsWith('blob:') && new URL(u).origin !== origin)).toEqual([]);
  });
});

describe('the Download menu in the embed', () => {
  /** Opens a host page on the other origin and waits for the embed inside to be drawn. */
  async function openFrame(path: string): Promise<Frame> {
    await session.w.page.goto(host(path));
    await session.w.page.$eval('#frame', (f) => f.scrollIntoView({ block: 'start' }));
    const frame = (await (await session.w.page.waitForSelector('#frame')).contentFrame())!;
    await frame.waitForSelector('[data-status="ready"][data-chrome]', { timeout: 15_000 });
    await frame.waitForSelector('g.tl-mark');
    return frame;
  }
  const pasted = (sandbox: string, query = '') =>
    `/pasted?snippet=${encodeURIComponent(`<iframe id="frame" src="${app(`/embed.html${query}`)}" title="Timeline" width="900" height="560" sandbox="${sandbox}"></iframe>`)}`;

  it('is offered with controls=full only', async () => {
    const { page } = session.w;
    await openReady(page, '/embed.html?controls=full');
    expect(await page.getByRole('button', { name: 'Download' }).count()).toBe(1);
    await openReady(page, '/embed.html?controls=minimal');
    expect(await page.getByRole('button', { name: 'Download' }).count()).toBe(0);
  });

  it('downloads a PNG of the frame’s chart inside a sandbox that allows downloads', async () => {
    const frame = await openFrame(pasted('allow-scripts allow-downloads'));
    const chart = await chartSize(frame);
    const png = await download(frame, 'png');
    expect(png.name).toMatch(/^israel-azerbaijan-[\d-]+\.png$/);
    expect(pngSize(png.bytes).width).toBe(2 * chart.width);
  });

  it('inside a sandbox that refuses downloads, offers the file in a new tab, and says so when that is refused too', async () => {
    const frame = await openFrame('/strict.html'); // sandbox="allow-scripts" alone
    // Its URL has invalid options: their notice floats over the footer until dismissed.
    await frame.getByRole('button', { name: 'Dismiss' }).click();
    await frame.getByRole('button', { name: 'Download' }).click();
    await frame.getByRole('button', { name: CHOICE.png }).click();
    await frame.getByText(/this frame does not allow downloads/).waitFor();
    await frame.getByRole('button', { name: /Open the file in a new tab/ }).click();
    await expect(frame.getByRole('alert').textContent()).resolves.toContain(app('/'));
  });

  it('opens the file in a new tab where the frame may open windows but not download', async () => {
    const frame = await openFrame(pasted('allow-scripts allow-popups allow-popups-to-escape-sandbox', '?from=2010&to=2014'));
    await frame.getByRole('button', { name: 'Download' }).click();
    await frame.getByRole('button', { name: CHOICE.svg }).click();
    await frame.getByText(/this frame does not allow downloads/).waitFor();
    const [tab] = await Promise.all([session.w.context.waitForEvent('page'), frame.getByRole('button', { name: /Open the file in a new tab/ }).click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(/^blob:/);
    expect(await tab.locator('svg title').textContent()).toContain('Israel and Azerbaijan');
  });
});
