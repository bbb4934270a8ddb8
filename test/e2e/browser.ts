/**
 * Finds and launches a real Chromium for end-to-end tests. Playwright's own browser download
 * cannot work here, so the tests use Debian's chromium (or whatever CHROMIUM_PATH names).
 */
import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The path of a Chromium binary, or a thrown error saying how to install one. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one with `apt-get update && apt-get install -y chromium` ' +
      '(or set CHROMIUM_PATH to a Chromium or Chrome binary).',
  );
}

/** Launches headless Chromium with the flags that keep it off the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page that records console errors, page errors and every request's URL. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  errors: string[];
  requests: string[];
}

/** Opens a fresh context and page, watching for errors and requests. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  context.on('request', (r) => requests.push(r.url()));
  return { page, context, errors, requests };
}

/**
 * One Chromium per test file and a fresh watched page per test. Returns accessors, because the
 * values change between tests; `reopen` swaps the page for one with other context options.
 */
export function useBrowser(options: BrowserContextOptions = {}) {
  let browser: Browser;
  let current: WatchedPage;
  beforeAll(async () => void (browser = await launchChromium()));
  afterAll(async () => browser?.close());
  beforeEach(async () => void (current = await openPage(browser, options)));
  afterEach(async () => current.context.close());
  return {
    /** The current test's page, context, errors and requests. */
    get w(): WatchedPage {
      return current;
    },
    /** Closes the current page and opens one with these options instead. */
    async reopen(next: BrowserContextOptions): Promise<WatchedPage> {
      await current.context.close();
      current = await openPage(browser, { ...options, ...next });
      return current;
    },
  };
}
