/**
 * The locked-down pages: the built HTML carries the Content-Security-Policy and referrer policy
 * and nothing inline; `vite preview` (npm start) sends them as headers too, with frame-ancestors;
 * and in real Chromium the pages report no violation in any state a reader can reach.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { app, host, openReady } from './helpers';
import { CONTENT_SECURITY_POLICY, REFERRER_POLICY } from '../../scripts/securityHeaders';

const session = useBrowser({ viewport: { width: 1200, height: 800 } });
const PAGES = readdirSync('dist').filter((f) => f.endsWith('.html'));

const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('the built pages', () => {
  it("are the reader's two pages and the editor, each checked below", () => {
    expect(PAGES.sort()).toEqual(['edit.html', 'embed.html', 'index.html']);
  });

  it.each(PAGES)('%s carries the policy in meta tags before any script or style, and nothing inline', (file) => {
    const html = readFileSync(`dist/${file}`, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    expect(csp && decode(csp[1])).toBe(CONTENT_SECURITY_POLICY);
    expect(html).toContain(`<meta name="referrer" content="${REFERRER_POLICY}">`);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<link rel="(stylesheet|modulepreload|preload)"/));
    expect(html.match(/<script\b(?![^>]*\bsrc=)[^>]*>/g)).toBeNull(); // no inline script
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handler
    expect(html).not.toMatch(/javascript:/i);
  });

  it.each([
    ['/', "frame-ancestors 'self'"],
    ['/index.html', "frame-ancestors 'self'"],
    ['/embed.html', null],
  ])('%s is served with the policy as headers', async (path, ancestors) => {
    const response = await fetch(app(path));
    expect(response.headers.get('content-security-policy')).toBe(ancestors ? `${CONTENT_SECURITY_POLICY}; ${ancestors}` : CONTENT_SECURITY_POLICY);
    expect(response.headers.get('referrer-policy')).toBe(REFERRER_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

/** Starts recording policy violations in every frame of the page. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`));
  });
}

/** Violations recorded in every frame the page has. */
async function violations(page: Page): Promise<string[]> {
  const all = await Promise.all(page.frames().map((f) => f.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []).catch(() => [])));
  return all.flat();
}

describe('no policy violation in any state', () => {
  it.each(['/', '/embed.html'])('%s refuses injected inline script and style, and reports it (the listener works)', async (path) => {
    const { page } = session.w;
    await recordViolations(page);
    await openReady(page, path);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ran = true';
      document.head.append(script);
      document.body.setAttribute('style', 'outline: 9px solid red');
      return new Promise((done) => setTimeout(() => done((window as unknown as { ran?: boolean }).ran ?? false), 100));
    });
    expect(ran).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).outlineWidth)).not.toBe('9px');
    const seen = await violations(page);
    expect(seen.some((v) => / script-src-elem inline$/.test(v))).toBe(true);
    expect(seen.some((v) => / style-src-attr inline$/.test(v))).toBe(true);
    session.w.errors.length = 0; // Chromium logs each refusal as a console error
  });

  it.each([
    ['the page', '/'],
    ['the page, details open', '/?event=arms-deal-2012'],
    ['the page, dark, in Hebrew, lanes by country, details open', '/?theme=dark&lang=he&lanes=actor&event=iron-dome-deal-2016'],
    ['the embed, details open', '/embed.html?event=arms-deal-2012'],
    ['the embed, dark, in Hebrew', '/embed.html?theme=dark&lang=he'],
  ])('%s', async (_, path) => {
    await recordViolations(session.w.page);
    await openReady(session.w.page, path);
    await session.w.page.waitForTimeout(300); // let late styles and fonts apply
    expect(await violations(session.w.page)).toEqual([]);
    expect(session.w.errors).toEqual([]);
  });

  it('the page with the embed dialog and its live preview open, then printing', async () => {
    const { page } = session.w;
    await recordViolations(page);
    await openReady(page, '/?event=arms-deal-2012');
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByRole('dialog').waitFor();
    const preview = (await (await page.waitForSelector('iframe.embed-preview')).contentFrame())!;
    await preview.waitForSelector('#timeline-root[data-status="ready"][data-chrome]', { timeout: 15_000 });
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    // What the browser does around its print dialog: beforeprint, then print media.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await page.waitForSelector('.print-list', { state: 'attached' });
    expect(await violations(page)).toEqual([]);
    expect(session.w.errors).toEqual([]);
  });

  it('the embed with its filter menu open, and the error panel of each page', async () => {
    const { page } = session.w;
    await recordViolations(page);
    await openReady(page, '/embed.html');
    await page.locator('.menu-button').click();
    await page.waitForSelector('.filters-panel:not([hidden])');
    expect(await violations(page)).toEqual([]);
    for (const path of ['/', '/embed.html']) {
      await page.goto(app(`${path}?data=${encodeURIComponent(host('/fixtures/invalid/bad-certainty.json'))}`));
      await page.waitForSelector('[data-status="error"]');
      expect(await violations(page)).toEqual([]);
    }
  });
});

describe('framing', () => {
  it('the main page refuses to be framed by another site; the embed is framed anywhere', async () => {
    const { page } = session.w;
    const snippet = (src: string, id: string) => `<iframe id="${id}" src="${src}" title="t" width="600" height="300"></iframe>`;
    await page.goto(host(`/pasted?snippet=${encodeURIComponent(snippet(app('/'), 'page') + snippet(app('/embed.html'), 'embed'))}`));
    const embed = (await (await page.$('#embed'))!.contentFrame())!;
    await embed.waitForSelector('#timeline-root[data-status="ready"][data-chrome]', { timeout: 15_000 });
    const framed = (await (await page.$('#page'))!.contentFrame())!;
    await expect.poll(() => framed.url()).toMatch(/^chrome-error:/);
  });
});
