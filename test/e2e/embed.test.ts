/**
 * The embed as a newsroom uses it: a host page on another origin (another port) with the
 * dialog's snippet, sandboxed, sized by embed.js, talking over postMessage, under a strict CSP.
 */
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { useBrowser } from './browser';
import { app, host, openReady } from './helpers';

const session = useBrowser({ viewport: { width: 1000, height: 800 } });

type Message = { type: string; [key: string]: unknown };
const messages = () => session.w.page.evaluate(() => (window as unknown as { messages: Message[] }).messages);
const frameHeight = () => session.w.page.$eval('#frame', (f) => (f as HTMLIFrameElement).getBoundingClientRect().height);

/** Opens a host page and waits for the timeline inside to say ready. */
async function openHost(path: string): Promise<Frame> {
  await session.w.page.goto(host(path));
  // Chromium pauses rendering in cross-origin frames that are off screen, as a reader's
  // browser would: bring the frame into view as a reader scrolling to it does.
  await session.w.page.$eval('#frame', (f) => f.scrollIntoView({ block: 'start' }));
  await expect.poll(async () => (await messages()).some((m) => m.type === 'bilateral-timeline:ready'), { timeout: 15_000 }).toBe(true);
  const frame = await (await session.w.page.$('#frame'))?.contentFrame();
  if (!frame) throw new Error('no embed frame');
  // `ready` is sent once the chart is drawn; the React chrome attaches after that paint.
  await frame.waitForSelector('[data-chrome="ready"]', { timeout: 15_000 });
  return frame;
}

describe('the embed on another origin', () => {
  it('sizes itself through embed.js, and grows when the details drawer opens', async () => {
    await openHost('/index.html');
    await expect.poll(async () => (await messages()).some((m) => m.type === 'bilateral-timeline:height')).toBe(true);
    const before = await frameHeight();
    expect(before).not.toBe(400); // the snippet's starting height was replaced
    await session.w.page.evaluate(() => (document.getElementById('frame') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'bilateral-timeline:goto', id: 'arms-deal-2012' }, '*'));
    await expect.poll(frameHeight).toBeGreaterThan(before + 100);
  });

  it('a goto message selects an event and a select message comes back with the full-page link', async () => {
    const frame = await openHost('/index.html');
    await session.w.page.evaluate(() => (document.getElementById('frame') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'bilateral-timeline:goto', id: 'iron-dome-deal-2016' }, '*'));
    await expect.poll(async () => (await messages()).find((m) => m.type === 'bilateral-timeline:select')).toMatchObject({ id: 'iron-dome-deal-2016' });
    const select = (await messages()).find((m) => m.type === 'bilateral-timeline:select')!;
    expect(String(select.url)).toBe(`${app('/')}?event=iron-dome-deal-2016`);
    await expect(frame.locator('.details h2').textContent()).resolves.toContain('Iron Dome');
    expect(await frame.getAttribute('.embed-footer a', 'href')).toContain('event=iron-dome-deal-2016');
  });

  it('ignores malformed and foreign messages', async () => {
    const frame = await openHost('/index.html');
    await session.w.page.evaluate(() => {
      const win = (document.getElementById('frame') as HTMLIFrameElement).contentWindow!;
      win.postMessage({ type: 'goto', id: 'arms-deal-2012' }, '*');
      win.postMessage({ type: 'bilateral-timeline:goto', id: '<img src=x>' }, '*');
      win.postMessage({ type: 'bilateral-timeline:goto', id: 'arms-deal-2012', extra: 1 }, '*');
      win.postMessage('bilateral-timeline:goto', '*');
    });
    await session.w.page.waitForTimeout(300);
    expect(await frame.$('.details')).toBeNull();
  });

  it('setFilters and setView messages change the embedded view', async () => {
    const frame = await openHost('/index.html');
    await session.w.page.evaluate(() => {
      const win = (document.getElementById('frame') as HTMLIFrameElement).contentWindow!;
      win.postMessage({ type: 'bilateral-timeline:setFilters', categories: ['arms'] }, '*');
      win.postMessage({ type: 'bilateral-timeline:setView', from: '2016', to: '2017' }, '*');
    });
    // The filters are drawn at once and the new window on the next frame: wait for both.
    const shown = async () => {
      const ids = await frame.$$eval('g.tl-mark', (n) => n.map((m) => m.getAttribute('data-id')));
      return {
        inWindow: ids.includes('iron-dome-deal-2016'),
        diplomacy: ids.includes('netanyahu-visit-2016'), // filtered out
        before: ids.includes('arms-deal-2012'), // outside the window
      };
    };
    await expect.poll(shown).toEqual({ inWindow: true, diplomacy: false, before: false });
  });

  it('says it is loading first, and answers what it cannot do with an error naming why', async () => {
    const frame = await openHost('/index.html');
    expect((await messages())[0]).toEqual({ type: 'bilateral-timeline:loading' });
    const post = (message: unknown) =>
      session.w.page.evaluate((m) => (document.getElementById('frame') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), message);
    const errors = async () => (await messages()).filter((m) => m.type === 'bilateral-timeline:error');
    await post({ type: 'bilateral-timeline:goto', id: 'no-such-event' });
    await expect.poll(async () => (await errors()).map((e) => e.reason)).toEqual(['unknown-event']);
    await post({ type: 'bilateral-timeline:setFilters', categories: ['arms', 'sport'] });
    await expect.poll(async () => (await errors()).at(-1)).toMatchObject({ reason: 'unknown-id', ids: ['sport'] });
    await post({ type: 'bilateral-timeline:setView', from: '2030', to: '2040' });
    await expect.poll(async () => (await errors()).at(-1)).toMatchObject({ reason: 'outside-data' });
    await post({ type: 'bilateral-timeline:goto', id: 42 });
    await expect.poll(async () => (await errors()).at(-1)).toMatchObject({ reason: 'invalid-message' });
    // null clears, as the README says: the search, then the categories.
    await post({ type: 'bilateral-timeline:setFilters', q: 'Iron Dome' });
    await expect.poll(() => frame.$$eval('.event-list li[data-id]', (n) => n.length).catch(() => 0)).toBeLessThan(5);
    await post({ type: 'bilateral-timeline:setFilters', q: null, categories: null });
    await expect.poll(() => frame.textContent('.menu-button')).toMatch(/(\d+) of \1 events/);
    expect((await errors()).length).toBe(4);
  });

  it('a host that floods the frame with messages does not freeze it; the last of each kind wins', async () => {
    const frame = await openHost('/index.html');
    const took = await session.w.page.evaluate(() => {
      const win = (document.getElementById('frame') as HTMLIFrameElement).contentWindow!;
      const started = performance.now();
      for (let i = 0; i < 5000; i++) win.postMessage({ type: 'bilateral-timeline:setView', from: String(1995 + (i % 20)), to: String(1996 + (i % 20)) }, '*');
      for (let i = 0; i < 5000; i++) win.postMessage({ type: 'bilateral-timeline:goto', id: i % 2 ? 'arms-deal-2012' : 'iron-dome-deal-2016' }, '*');
      // A last goto of its own: once it shows, every message before it has been handled.
      win.postMessage({ type: 'bilateral-timeline:goto', id: 'armenia-recalls-ambassador-2020' }, '*');
      return performance.now() - started;
    });
    expect(took).toBeGreaterThan(0);
    // The frame still answers: the last goto wins, and a click still closes.
    await expect.poll(() => frame.locator('.details h2').textContent(), { timeout: 15_000 }).toContain('Armenia recalls its ambassador');
    // The open details make the frame taller (embed.js applies the new height). Chromium routes
    // a click by what it last drew: until both documents have drawn the frame at its new size,
    // a click can miss the frame altogether (seen: no pointerdown reached it).
    const asked = async () => (await messages()).filter((m) => m.type === 'bilateral-timeline:height').at(-1)?.height;
    await expect.poll(async () => Math.round(await frameHeight()) === Math.ceil(Number(await asked()))).toBe(true);
    const frames = 'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))';
    await session.w.page.evaluate(frames);
    await frame.evaluate(frames);
    await frame.click('.details .close');
    await expect.poll(() => frame.$('.details')).toBeNull();
  });

  it('a plain wheel over the frame scrolls the host page, both ways; Ctrl + wheel zooms', async () => {
    const frame = await openHost('/index.html');
    await session.w.page.$eval('#frame', (f) => f.scrollIntoView({ block: 'center' }));
    const box = (await session.w.page.locator('#frame').boundingBox())!;
    const svg = (await frame.locator('.tl-svg').boundingBox())!;
    await session.w.page.mouse.move(svg.x + svg.width / 2, svg.y + svg.height / 2);
    const y0 = await session.w.page.evaluate(() => scrollY);
    await session.w.page.mouse.wheel(0, -300);
    await expect.poll(() => session.w.page.evaluate(() => scrollY)).toBeLessThan(y0);
    const y1 = await session.w.page.evaluate(() => scrollY);
    await session.w.page.mouse.move(box.x + box.width / 2, Math.max(box.y, 0) + 150);
    await session.w.page.mouse.wheel(0, 300);
    await expect.poll(() => session.w.page.evaluate(() => scrollY)).toBeGreaterThan(y1);
    expect(new URL(frame.url()).searchParams.has('from')).toBe(false);
    await expect(frame.textContent('.wheel-hint')).resolves.toContain('Ctrl');

    const s2 = (await frame.locator('.tl-svg').boundingBox())!;
    await session.w.page.mouse.move(s2.x + s2.width / 2, s2.y + s2.height / 2);
    await session.w.page.keyboard.down('Control');
    await session.w.page.mouse.wheel(0, -300);
    await session.w.page.keyboard.up('Control');
    await expect.poll(() => new URL(frame.url()).searchParams.has('from')).toBe(true);
  });

  it('works inside sandbox="allow-scripts" alone, falls back on invalid options, and only talks to its own origin', async () => {
    const frame = await openHost('/strict.html');
    expect(await frame.getAttribute('html', 'lang')).toBe('en'); // lang=de is not offered
    expect(await frame.getAttribute('html', 'data-theme')).toBe('auto'); // theme=purple
    expect(await frame.$('.menu-button')).not.toBeNull(); // controls=all → full
    await frame.click('g.tl-mark[data-id="arms-deal-2012"]');
    await expect(frame.locator('.details h2').textContent()).resolves.toContain('$1.6 billion');
    // A source link cannot open a window here: the frame says so instead of doing nothing.
    await frame.locator('.details a.source-link').first().click();
    await expect(frame.locator('.details .blocked').first().textContent()).resolves.toContain('http');
    // Chromium reports the refused window itself; nothing else may be logged as an error.
    expect(session.w.errors.filter((e) => !/allow-popups/.test(e))).toEqual([]);
    const allowed = new Set([new URL(app()).origin, new URL(host()).origin]);
    expect(session.w.requests.filter((u) => !u.startsWith('data:') && !allowed.has(new URL(u).origin))).toEqual([]);
    const fromFrame = session.w.requests.filter((u) => /\/(assets|data)\//.test(u));
    expect(fromFrame.length).toBeGreaterThan(0);
    expect(fromFrame.every((u) => u.startsWith(app()))).toBe(true);
  });
});

describe('strict Content Security Policy', () => {
  it.each([
    ['the main page', '/?event=arms-deal-2012'],
    ['the embed', '/embed.html?event=arms-deal-2012'],
    ['the main page in Hebrew, dark, lanes by country', '/?lang=he&theme=dark&lanes=actor'],
  ])('%s works under default-src \'self\' with no violation', async (_, path) => {
    await session.w.context.route(/127\.0\.0\.1:\d+\/(embed\.html)?(\?|$)/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "default-src 'self'" } });
    });
    await session.w.page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await openReady(session.w.page, path);
    await session.w.page.click('g.tl-mark >> nth=0');
    await session.w.page.waitForSelector('.details');
    expect(await session.w.page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(session.w.errors).toEqual([]);
  });
});

describe('the embed dialog', () => {
  it('builds a snippet for the current view that works when pasted into a page on another origin', async () => {
    await session.w.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app()).origin });
    await openReady(session.w.page, '/?event=iron-dome-deal-2016&categories=arms');
    await session.w.page.getByRole('button', { name: 'Embed' }).click();
    const dialog = session.w.page.getByRole('dialog', { name: 'Embed this timeline' });
    await dialog.waitFor();
    await dialog.getByLabel('Title for screen readers').fill('Israel–Azerbaijan timeline');
    const snippet = await dialog.locator('textarea').inputValue();
    expect(snippet).toContain('event=iron-dome-deal-2016');
    expect(snippet).toContain('categories=arms');
    expect(snippet).toContain('title="Israel–Azerbaijan timeline"');
    expect(snippet).toContain(`${app('/embed.js')}`);
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => session.w.page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    // The live preview shows the same view.
    const preview = (await (await session.w.page.$('iframe.embed-preview'))!.contentFrame())!;
    await expect.poll(async () => preview.locator('.details h2').textContent({ timeout: 500 }).catch(() => ''), { timeout: 10_000 }).toContain('Iron Dome');
    // Escape closes the dialog and focus returns to the button that opened it.
    await session.w.page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await session.w.page.evaluate(() => document.activeElement?.textContent)).toBe('Embed');

    // A newsroom pastes the snippet into a plain page on its own site.
    const frame = await openHost(`/pasted?snippet=${encodeURIComponent(snippet.replace('<iframe ', '<iframe id="frame" '))}`);
    await expect(frame.locator('.details h2').textContent()).resolves.toContain('Iron Dome');
    await expect.poll(async () => Math.round(await frameHeight())).not.toBe(600);
  });
});
