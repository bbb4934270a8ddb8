/**
 * npm run screenshot -- [url] [out.png] [width] [height] [full|viewport]
 * Takes a screenshot of a page with the real Chromium the tests use (serve the app first with
 * `npm start`). Used for the README's screenshot and for looking at changes as a reader would.
 */
import { launchChromium } from '../test/e2e/browser';

const [url = 'http://127.0.0.1:4173/', out = 'docs/screenshot.png', w = '1280', h = '900', full = 'full'] = process.argv.slice(2).filter((a) => a !== '--');
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: Number(w), height: Number(h) }, colorScheme: url.includes('theme=dark') ? 'dark' : 'light' });
const page = await context.newPage();
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(url);
await page.waitForSelector('[data-status="ready"][data-chrome], [data-status="error"][data-chrome]', { timeout: 15_000 });
await page.waitForTimeout(400);
await page.screenshot({ path: out, fullPage: full === 'full' });
console.log(`wrote ${out}`);
await browser.close();
