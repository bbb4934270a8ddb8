/**
 * The real save server (`npm run edit`'s process) for the editor's end-to-end tests: started
 * once per test file on a temporary copy of the shipped dataset, serving the build that the
 * e2e globalSetup made. Each test starts from the shipped bytes again.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer, type ServerProcess } from '../server/serverProcess';

const projectRoot = resolve(import.meta.dirname, '../..');
/** The shipped dataset's bytes. */
export const SHIPPED = readFileSync(join(projectRoot, 'data/events.json'), 'utf8');

/**
 * Starts the save server for this file on E2E_EDIT_PORT (default 4393; end-to-end files run one
 * at a time, and each stops its server before the next starts), and puts the shipped dataset
 * back before each test. Returns accessors.
 */
export function useSaveServer() {
  const port = Number(process.env.E2E_EDIT_PORT ?? 4393);
  let server: ServerProcess;
  let root: string;
  let dataDir: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'editor-e2e-'));
    dataDir = join(root, 'data');
    mkdirSync(dataDir);
    copyFileSync(join(projectRoot, 'data/events.schema.json'), join(dataDir, 'events.schema.json'));
    writeFileSync(join(dataDir, 'events.json'), SHIPPED);
    server = await startServer({ dataDir, port, distDir: join(projectRoot, 'dist') });
  });
  afterAll(async () => {
    await server?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });
  beforeEach(() => writeFileSync(join(dataDir, 'events.json'), SHIPPED));
  return {
    /** A URL on the save server. */
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    /** The text of a dataset file now. */
    read: (name = 'events') => readFileSync(join(dataDir, `${name}.json`), 'utf8'),
    /** Writes a dataset file, as another editor or a `git pull` would. */
    write: (text: string, name = 'events') => writeFileSync(join(dataDir, `${name}.json`), text),
  };
}

/** Opens the editor and waits until a store is open in the form. */
export async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('.editor[data-status="ready"] .editor-main', { timeout: 15_000 });
}

/** Whether a draft kept in the page's IndexedDB contains `text`. */
export function draftHolds(page: Page, text: string): Promise<boolean> {
  return page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('bilateral-timeline-editor');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    try {
      const all = await new Promise<unknown[]>((done, fail) => {
        const request = db.transaction('drafts').objectStore('drafts').getAll();
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      return JSON.stringify(all).includes(wanted);
    } finally {
      db.close();
    }
  }, text);
}
