/**
 * The editor in a real Chromium against the real save server process: an event typed into the
 * form is in the file after Save and validates; a reload before saving offers the draft; a file
 * changed on disk meets a choice, never an overwrite; undo and redo; Save without the save
 * server is explained and Download still gives the store.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { app } from './helpers';
import { SHIPPED, draftHolds, openEditor, useSaveServer } from './editorServer';
import { validateDataset } from '../../src/data/validate';

const session = useBrowser();
const server = useSaveServer();
const shipped = JSON.parse(SHIPPED) as { sources: { id: string; title: string }[]; events: { id: string; title: string }[] };

const form = (page: Page) => page.locator('section.item-form');
const status = (page: Page) => page.locator('#editor-save-status');

/** Adds an event through the form, with every field a valid event needs. */
async function typeEvent(page: Page, title: string) {
  await page.getByRole('button', { name: 'New event', exact: true }).click();
  const event = form(page);
  await event.getByLabel('Title', { exact: true }).fill(title);
  await event.getByLabel('Summary', { exact: true }).fill('Signed in Baku, as the ministry said.');
  await event.getByLabel('Start', { exact: true }).fill('26 Feb 2012');
  await event.getByLabel('Category', { exact: true }).selectOption({ label: 'Arms and defence' });
  await event.getByLabel('Certainty', { exact: true }).selectOption({ label: 'Confirmed' });
  await event.getByLabel('Source', { exact: true }).selectOption(shipped.sources[0].id);
  await event.getByLabel('Quote', { exact: true }).fill('an exact sentence from the source');
}

describe('the editor with the save server', () => {
  it('saves a new event typed into the form to data/events.json, valid', async () => {
    const { page, errors } = session.w;
    await openEditor(page, server.url('/edit.html'));
    await typeEvent(page, 'Drone deal signed');
    // The date is shown in its stored form with its precision as it is typed.
    await expect.poll(() => form(page).getByText('Stored as 2012-02-26 (day): 26 February 2012').count()).toBe(1);
    await expect.poll(() => page.locator('.problem-summary h2').textContent()).toBe('No problems: this timeline is valid.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Saved to data\/events\.json at /);

    const saved = JSON.parse(server.read());
    const event = saved.events.find((e: { title: string }) => e.title === 'Drone deal signed');
    expect(event).toEqual({
      id: 'drone-deal-signed-2012',
      title: 'Drone deal signed',
      summary: 'Signed in Baku, as the ministry said.',
      start: '2012-02-26',
      category: 'arms',
      actors: ['ISR', 'AZE'],
      certainty: 'confirmed',
      sources: [{ source: shipped.sources[0].id, quote: 'an exact sentence from the source' }],
    });
    expect(validateDataset(saved)).toMatchObject({ ok: true });
    expect(saved.events).toHaveLength(shipped.events.length + 1);
    expect(errors).toEqual([]);
  });

  it('shows a problem next to its field and in the summary, and never saves an invalid store', async () => {
    const { page } = session.w;
    await openEditor(page, server.url('/edit.html'));
    await page.getByRole('button', { name: 'New event', exact: true }).click();
    await form(page).getByLabel('Title', { exact: true }).fill('Half written');
    const summary = form(page).getByLabel('Summary', { exact: true });
    // The field says what is wrong with it, tied to it for screen readers.
    const describedBy = await summary.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy!.split(' ').pop()}"]`).textContent()).toContain('a summary must not be empty');
    expect(await summary.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.problem-summary').textContent()).toContain('a summary must not be empty');
    // A problem in the summary leads to its field.
    await page.locator('.problem-summary button', { hasText: 'a quote must not be empty' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-path'))).toMatch(/^events\[\d+\]\.sources\[0\]\.quote$/);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Not saved: fix the \d+ problems first/);
    expect(server.read()).toBe(SHIPPED);
  });

  it('offers the draft after a reload before saving, with what was typed', async () => {
    const { page } = session.w;
    await openEditor(page, server.url('/edit.html'));
    await page.getByRole('button', { name: 'New event', exact: true }).click();
    await form(page).getByLabel('Title', { exact: true }).fill('Typed before the reload');
    await form(page).getByLabel('Summary', { exact: true }).fill('Not saved yet.');
    await expect.poll(() => draftHolds(page, 'Not saved yet.')).toBe(true);

    await page.reload();
    await page.waitForSelector('.draft-offer');
    const offer = page.locator('.draft-offer');
    expect(await offer.locator('h2').textContent()).toMatch(/^Unsaved changes from /);
    expect(await offer.locator('li').allTextContents()).toContain('Added: Typed before the reload');
    await offer.getByRole('button', { name: 'Restore the draft' }).click();
    await page.getByRole('button', { name: /Typed before the reload/ }).click();
    expect(await form(page).getByLabel('Title', { exact: true }).inputValue()).toBe('Typed before the reload');
    expect(await form(page).getByLabel('Summary', { exact: true }).inputValue()).toBe('Not saved yet.');
    expect(server.read()).toBe(SHIPPED);
  });

  it('meets a file changed on disk with both versions, and saves the choice', async () => {
    const { page } = session.w;
    await openEditor(page, server.url('/edit.html'));
    const [first, second] = shipped.events;
    // Someone else changes the first event's title on disk after the editor opened the file.
    const theirs = JSON.parse(SHIPPED);
    theirs.events[0].title = 'Changed on disk';
    const theirText = `${JSON.stringify(theirs, null, 2)}\n`;
    server.write(theirText);
    // Here, the second event's title changes.
    await page.locator('.item-list button', { hasText: second.title }).click();
    await form(page).getByLabel('Title', { exact: true }).fill('Changed in the editor');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    const dialog = page.locator('dialog.conflict-dialog[open]');
    await dialog.waitFor();
    expect(await dialog.locator('h2').textContent()).toBe('The file changed on disk');
    const row = (id: string) => dialog.locator(`tr[data-key="event:${id}"]`);
    // Both versions of each part that differs, side by side.
    expect(await row(first.id).locator('td[data-side="theirs"]').textContent()).toContain('Changed on disk');
    expect(await row(first.id).locator('td[data-side="mine"]').textContent()).toContain(first.title);
    expect(await row(second.id).locator('td[data-side="theirs"]').textContent()).toContain(second.title);
    expect(await row(second.id).locator('td[data-side="mine"]').textContent()).toContain('Changed in the editor');
    // Nothing is written until the person chooses.
    expect(server.read()).toBe(theirText);

    // Keep their first event and mine of the second (the suggestions), and save.
    expect(await row(first.id).getByLabel('On disk').isChecked()).toBe(true);
    expect(await row(second.id).getByLabel('Yours').isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Save with these choices' }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Saved to data\/events\.json/);
    const saved = JSON.parse(server.read());
    expect(saved.events.slice(0, 2).map((e: { title: string }) => e.title)).toEqual(['Changed on disk', 'Changed in the editor']);
    expect(validateDataset(saved)).toMatchObject({ ok: true });
  });

  it('lets the person keep all of theirs instead: their version stays and mine is not written', async () => {
    const { page } = session.w;
    await openEditor(page, server.url('/edit.html'));
    const theirs = JSON.parse(SHIPPED);
    theirs.title = 'Their title';
    server.write(JSON.stringify(theirs));
    await page.getByRole('tab', { name: /^Timeline/ }).click();
    await page.locator('.timeline-panel').getByLabel('Title', { exact: true }).fill('My title');
    await page.keyboard.press('Control+S');
    const dialog = page.locator('dialog.conflict-dialog[open]');
    await dialog.waitFor();
    expect(await dialog.locator('tr[data-key="title"]').textContent()).toContain('Their title');
    await dialog.getByRole('button', { name: 'Keep all from disk' }).click();
    await dialog.getByRole('button', { name: 'Save with these choices' }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Saved/);
    expect(JSON.parse(server.read()).title).toBe('Their title');
    expect(await page.locator('.timeline-panel').getByLabel('Title', { exact: true }).inputValue()).toBe('Their title');
  });

  it('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z, in a field too', async () => {
    const { page } = session.w;
    await openEditor(page, server.url('/edit.html'));
    await page.locator('.item-list button', { hasText: shipped.events[0].title }).click();
    const title = form(page).getByLabel('Title', { exact: true });
    await title.fill('Edited');
    await page.keyboard.press('Control+Z');
    expect(await title.inputValue()).toBe(shipped.events[0].title);
    await page.keyboard.press('Control+Shift+Z');
    expect(await title.inputValue()).toBe('Edited');
  });
});

describe('the editor without the save server (npm start)', () => {
  it('explains that Save is unavailable, and Download gives the store as a file, a draft file when invalid', async () => {
    const { page } = session.w;
    await openEditor(page, app('/edit.html'));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    expect(await status(page).textContent()).toContain('Saving to disk needs the editor’s server (npm run edit)');

    const valid = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    const file = await valid;
    expect(file.suggestedFilename()).toBe('israel-azerbaijan.json');
    expect(readFileSync((await file.path())!, 'utf8')).toBe(`${JSON.stringify(JSON.parse(SHIPPED), null, 2)}\n`);

    await page.getByRole('button', { name: 'New event', exact: true }).click();
    const draft = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    const draftFile = await draft;
    expect(draftFile.suggestedFilename()).toBe('israel-azerbaijan.draft.json');
    const stored = JSON.parse(readFileSync((await draftFile.path())!, 'utf8'));
    expect(stored.events).toHaveLength(shipped.events.length + 1);
    expect(validateDataset(stored).ok).toBe(false);
  });
});
