/**
 * Reviewing an article's candidates in the editor, in a real Chromium against the real save
 * server: the seed article (read from ../shared at test time, never copied here) goes through
 * "From an article…" into data/events.json, where one candidate is accepted, one edited, one
 * rejected and one merged into the 2012 deal; Save refuses while any is unreviewed and then
 * writes a valid store without its draft, holding the merged citation. A draft made by
 * `npm run extract` opens at its review and is reviewed with the keyboard alone. axe-core finds
 * nothing on the review panel in light and dark, English and Hebrew.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { axeViolations as violations } from './axe';
import { useBrowser } from './browser';
import { SHIPPED, openEditor, useSaveServer } from './editorServer';
import { validateDataset } from '../../src/data/validate';
import type { Dataset, RawEvent } from '../../src/data/schema';
import { draftFromArticle } from '../../src/editor/fromArticle';
import { addDraft } from '../../src/editor/addDraft';

const session = useBrowser();
const server = useSaveServer();
const shipped = JSON.parse(SHIPPED) as Dataset;

const SEED = resolve(import.meta.dirname, '../../../shared/seed/000_ef5e1746d28300d1.txt');

const list = (page: Page) => page.locator('.candidate-list');
const status = (page: Page) => page.locator('#editor-save-status');
/** The candidate of the list dated exactly `date` (and whose title matches `title`, when given). */
const row = (page: Page, date: string, title?: RegExp): Locator =>
  list(page).locator('button', { has: page.locator('.item-detail', { hasText: new RegExp(`^${date}$`) }), ...(title ? { hasText: title } : {}) });
const chosen = (page: Page) => list(page).locator('[aria-current="true"]');
/** Where focus is: the chosen candidate's row, or something else. */
const focusOnChosen = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-current') === 'true' && Boolean(document.activeElement.closest('.candidate-list')));

describe('the seed article, reviewed in the editor', () => {
  // The seed article lives beside the project (../shared/, which CI has too): its absence is a failure, not a skip.
  beforeAll(() => {
    if (!existsSync(SEED)) throw new Error(`${SEED} is missing: the seed article must sit beside the project in ../shared/seed/`);
  });
  const seed = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  /** The exact sentence of the seed from `from` to `to`, inclusive. */
  const sentenceOf = (from: string, to: string) => seed.slice(seed.indexOf(from), seed.indexOf(to, seed.indexOf(from)) + to.length);
  const DEAL_2012 = sentenceOf('It was for this reason that in 2012', 'missile defence systems.');

  it('from an article to data/events.json: highlight, accept, edit, reject, merge, then save a valid, reviewed store with the merged citation', async () => {
    const { page, errors } = session.w;
    await openEditor(page, server.url('/edit.html'));
    await page.getByRole('button', { name: 'From an article…' }).click();
    const dialog = page.locator('dialog.article-dialog[open]');
    await dialog.getByLabel('Or its file (.txt, .md, .html)').setInputFiles(SEED);
    await expect.poll(() => dialog.getByLabel('The article’s text').inputValue()).toBe(seed);
    expect(await dialog.getByLabel('The two countries').inputValue()).toBe('ISR,AZE'); // the open timeline's pair
    await dialog.getByLabel('Published on').fill('2020-10-02');
    // The same article as a copy published elsewhere, so its citation is new to the events it repeats.
    await dialog.getByLabel('Its title').fill('Israel and Azerbaijan, explained (a copy)');
    await dialog.getByLabel('Publisher').fill('Seed Press');
    await dialog.getByLabel('Its address (URL)').fill('https://example.org/seed-copy');
    await dialog.getByRole('button', { name: 'Find the events' }).click();

    await page.locator('.review-panel').waitFor();
    expect(await status(page).textContent()).toMatch(/^\d+ candidates found in “Israel and Azerbaijan, explained \(a copy\)”\.$/);
    expect(await page.getByRole('tab', { name: 'Review' }).getAttribute('aria-selected')).toBe('true');
    const found = await list(page).locator('button').count();

    // The 2012 deal: its sentence marked, exactly, and in view in the article's box.
    await row(page, '2012').click();
    const mark = page.locator('.article-text mark');
    expect(await mark.textContent()).toBe(DEAL_2012);
    const [box, marked] = [await page.locator('.article-text').boundingBox(), await mark.boundingBox()];
    expect(marked!.y).toBeGreaterThanOrEqual(box!.y);
    expect(marked!.y + marked!.height).toBeLessThanOrEqual(box!.y + box!.height);
    expect(await page.locator('.candidate-facts').textContent()).toContain('a year alone, from “2012”');
    // Merged into the shipped 2012 deal, the suggestion chosen first (it quotes the same sentence).
    expect(await page.getByLabel('Event to merge with').inputValue()).toBe('arms-deal-2012');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    expect(await page.locator('.review-announcement').textContent()).toMatch(/^Merged “.+” into “\$1\.6 billion Israeli arms package for Azerbaijan confirmed”\./);
    expect(await row(page, '2012').count()).toBe(0);

    // Accepted with the A key, from the list.
    await row(page, '1991').click();
    await page.keyboard.press('a');
    expect(await row(page, '1991').locator('.review-status').textContent()).toBe('accepted');

    // Rejected: the Golan photo caption; undo brings it back, redo takes it away again.
    await row(page, '2018-10-11').click();
    expect(await page.locator('.candidate-facts').textContent()).toContain('read from a photo caption or credit');
    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    expect(await row(page, '2018-10-11').count()).toBe(0);
    await page.keyboard.press('Control+Z');
    expect(await row(page, '2018-10-11').count()).toBe(1);
    await page.keyboard.press('Control+Shift+Z');
    expect(await row(page, '2018-10-11').count()).toBe(0);

    // Edited: the 2016 deal opens in the event form; changing it accepts it.
    await row(page, '2016').click();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = page.locator('section.item-form');
    expect(await form.locator('.candidate-bar p').textContent()).toBe('A candidate from the article, not reviewed yet: changing it accepts it.');
    await form.getByLabel('Title', { exact: true }).fill('Azerbaijan signs $5 billion of Israeli arms deals');
    expect(await form.locator('.candidate-bar p').textContent()).toBe('A candidate from the article, accepted.');
    await form.getByRole('button', { name: 'Back to the review' }).click();
    expect(await focusOnChosen(page)).toBe(true);
    expect(await chosen(page).textContent()).toContain('Azerbaijan signs $5 billion of Israeli arms deals');
    expect(await chosen(page).locator('.review-status').textContent()).toBe('accepted');

    // Save refuses while candidates are unreviewed, and writes nothing.
    const left = found - 2 - 2; // merged and rejected gone, two accepted
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => status(page).locator('p').first().textContent()).toBe(`Not saved: ${left} candidates from the article are not reviewed yet. Nothing enters a store unreviewed.`);
    expect(server.read()).toBe(SHIPPED);
    await status(page).getByRole('button', { name: `Accept all ${left} and save` }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Saved to data\/events\.json at /);

    const saved = JSON.parse(server.read()) as Dataset;
    expect(validateDataset(saved)).toMatchObject({ ok: true });
    expect(saved).not.toHaveProperty('draft');
    expect(saved.events).toHaveLength(shipped.events.length + found - 2);
    const copy = saved.sources.find((s) => s.url === 'https://example.org/seed-copy')!;
    expect(copy).toMatchObject({ title: 'Israel and Azerbaijan, explained (a copy)', publisher: 'Seed Press', published: '2020-10-02' });
    const deal = saved.events.find((e) => e.id === 'arms-deal-2012')!;
    expect(deal.sources).toEqual([...shipped.events.find((e) => e.id === 'arms-deal-2012')!.sources, { source: copy.id, quote: DEAL_2012 }]);
    const fromCopy = (e: RawEvent) => e.sources.some((c) => c.source === copy.id);
    expect(saved.events.filter((e) => fromCopy(e) && e.start === '2018-10-11')).toEqual([]);
    expect(saved.events.find((e) => e.title === 'Azerbaijan signs $5 billion of Israeli arms deals')).toMatchObject({ start: '2016', value: { amount: 5_000_000_000, currency: 'USD' } });
    expect(errors).toEqual([]);
  });

  it('a draft made by npm run extract opens at its review and is reviewed with the keyboard alone', async () => {
    const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/extract.ts', SEED, '--published', '2020-10-02', '--pair', 'ISR,AZE'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    server.write(run.stdout, 'seed-draft');
    const draft = JSON.parse(run.stdout) as Dataset;
    const { page, errors } = session.w;
    await openEditor(page, server.url('/edit.html?dataset=seed-draft'));
    await page.locator('.review-panel').waitFor();
    const count = draft.events.length;
    expect(await list(page).locator('button').count()).toBe(count);

    // The list is one tab stop; J and K move, A accepts, R rejects, focus stays on the chosen row.
    await chosen(page).focus();
    const first = await chosen(page).textContent();
    await page.keyboard.press('j');
    expect(await chosen(page).textContent()).not.toBe(first);
    await page.keyboard.press('k');
    expect(await chosen(page).textContent()).toBe(first);
    await page.keyboard.press('r');
    expect(await list(page).locator('button').count()).toBe(count - 1);
    expect(await focusOnChosen(page)).toBe(true);
    expect(await page.locator('.review-announcement').textContent()).toMatch(/^Rejected: /);
    await page.keyboard.press('Control+S');
    await expect.poll(() => status(page).locator('p').first().textContent()).toMatch(new RegExp(`^Not saved: ${count - 1} candidates from the article`));
    for (let i = 0; i < count - 1; i++) await page.keyboard.press('a');
    expect(await page.locator('.review-progress').textContent()).toBe('Every candidate is decided: Save writes the timeline without the draft.');
    await page.keyboard.press('Control+S');
    await expect.poll(() => status(page).textContent()).toMatch(/^Saved to data\/seed-draft\.json at /);
    const saved = JSON.parse(server.read('seed-draft')) as Dataset;
    expect(validateDataset(saved)).toMatchObject({ ok: true });
    expect(saved).not.toHaveProperty('draft');
    expect(saved.events.map((e) => e.id)).toEqual(draft.events.slice(1).map((e) => e.id));
    expect(errors).toEqual([]);
  });
});

/** A short article of our own (no seed needed), added to the shipped timeline as a draft. */
function reviewDraft(): string {
  const article = 'Old friends\n\nIn 1992, Israel recognised Azerbaijan.\n\nIn 2012 Azerbaijan bought $1.6 billion of drones from Israel.\n\nFour years later, Syria and Turkey quarrelled over it.';
  const outcome = draftFromArticle({ text: article, format: 'text', published: '2020-10-02', pair: ['ISR', 'AZE'] }, shipped);
  if (!outcome.ok) throw new Error(outcome.reason);
  const added = addDraft(shipped, outcome.draft);
  if (!added.ok) throw new Error('not added');
  return JSON.stringify(added.store, null, 2);
}

describe('axe-core finds no violations in the review', () => {
  for (const lang of ['en', 'he'] as const) {
    for (const theme of ['light', 'dark']) {
      it(`on the review panel, a merge suggested (${lang}, ${theme})`, async () => {
        server.write(reviewDraft(), 'review-draft');
        const { page } = session.w;
        await openEditor(page, server.url(`/edit.html?dataset=review-draft&lang=${lang}&theme=${theme}`));
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'he' ? 'rtl' : 'ltr');
        await row(page, '2012').click();
        expect(await page.locator('.article-text mark').textContent()).toBe('In 2012 Azerbaijan bought $1.6 billion of drones from Israel.');
        await page.locator('.review-merge optgroup option').first().waitFor({ state: 'attached' });
        await page.locator('.preview-chart .tl-mark').first().waitFor();
        expect(await violations(page)).toEqual([]);
      });
    }
  }

  it('with the From an article dialog open and a problem shown', async () => {
    const { page } = session.w;
    await openEditor(page, server.url('/edit.html'));
    await page.getByRole('button', { name: 'From an article…' }).click();
    const dialog = page.locator('dialog.article-dialog[open]');
    await dialog.getByLabel('The two countries').fill('ISRAEL');
    await dialog.locator('.field-problems').waitFor();
    expect(await dialog.getByLabel('The two countries').getAttribute('aria-invalid')).toBe('true');
    expect(await violations(page)).toEqual([]);
  });
});
