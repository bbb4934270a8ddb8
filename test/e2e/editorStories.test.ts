/**
 * Writing a story in the editor, in a real Chromium against the real save server: a story of
 * three steps (an event chosen from the list, one clicked on the preview, and the preview's
 * view with its lanes, a filter and a zoom), captions written, a caption too long shown beside
 * its field and on the tab, the steps reordered with Alt+↑ and by dragging, the story played in
 * the preview from its title card and from a step, saved, and the file on disk valid with the
 * steps in their new order; a deleted story brought back with Undo; a story being written kept
 * as a draft through a reload; a step picked on the preview with the keyboard.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { SHIPPED, draftHolds, openEditor, useSaveServer } from './editorServer';
import { validateDataset } from '../../src/data/validate';
import { windowOf } from '../../src/model/windowText';

// Tall enough for three steps to be in sight at once while one is dragged over the others.
const session = useBrowser({ viewport: { width: 1280, height: 1400 } });
const server = useSaveServer();
const shipped = JSON.parse(SHIPPED) as { categories: { id: string; label: string }[]; events: { id: string; title: string }[]; stories?: unknown[] };
const storyCount = shipped.stories?.length ?? 0;

const status = (page: Page) => page.locator('.story-status p');
const focusedPath = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-path') ?? document.activeElement?.textContent ?? '');
const step = (page: Page, i: number) => page.locator(`.story-step[data-step="${i}"]`);
const captions = (page: Page) => page.$$eval('.story-step textarea', (areas) => areas.map((a) => (a as HTMLTextAreaElement).value));

/** Opens the editor on the Stories tab and starts a new story with this title (typed where focus went). */
async function startStory(page: Page, title: string): Promise<void> {
  await openEditor(page, server.url('/edit.html'));
  await page.getByRole('tab', { name: /^Stories/ }).click();
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.keyboard.type(title);
}

describe('writing a story in the editor', () => {
  it('makes a story of three steps, reorders them by keyboard and mouse, previews it and saves it', async () => {
    const { page, errors } = session.w;
    await startStory(page, 'Gas for arms');
    const s = storyCount;
    expect(await focusedPath(page)).toBe(`stories[${s}].title`);
    const form = page.locator('.story-form');
    // The id follows the title.
    expect(await form.getByLabel('Id', { exact: true }).inputValue()).toBe('gas-for-arms');
    await form.getByLabel('Summary', { exact: true }).fill('How oil and gas paid for the drones.');

    // 1: an event chosen from the list; its caption gets focus.
    const listed = shipped.events[3];
    await form.getByLabel('Or choose an event').fill(listed.title);
    await page.getByRole('list', { name: 'Events to add as a step' }).getByRole('button').filter({ has: page.getByText(listed.title, { exact: true }) }).first().click();
    expect(await status(page).textContent()).toBe(`Step 1 added: ${listed.title}.`);
    expect(await focusedPath(page)).toBe(`stories[${s}].steps[0].caption`);
    await page.keyboard.type('The first caption.');

    // 2: an event clicked on the preview while picking is armed.
    const pick = page.getByRole('button', { name: 'Pick an event on the preview' });
    await pick.click();
    expect(await pick.getAttribute('aria-pressed')).toBe('true');
    const mark = page.locator('.preview-chart g.tl-mark').last();
    const picked = (await mark.getAttribute('data-id'))!;
    await mark.click();
    await expect.poll(() => focusedPath(page)).toBe(`stories[${s}].steps[1].caption`);
    expect(await pick.getAttribute('aria-pressed')).toBe('false');
    // The Events tab did not take over: a mark clicked here is a step, not an event to edit.
    expect(await page.getByRole('tab', { name: /^Stories/ }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.type('The second caption.');

    // 3: the preview's view: lanes by country, one category hidden, zoomed in.
    await page.locator('.preview-view-bar').getByLabel('Lanes').selectOption('actor');
    await page.locator('.preview-filters summary').click();
    const hidden = shipped.categories[0];
    await page.locator('.preview-filters').getByRole('button', { name: hidden.label, exact: true }).click();
    await page.locator('.preview-view-bar').getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect.poll(() => page.locator('.step-adders .step-view').textContent()).toMatch(/Lanes: By country\.$/);
    await page.getByRole('button', { name: 'Add the preview’s view as a step' }).click();
    expect(await status(page).textContent()).toMatch(/^Step 3 added: .+ · Categories: .+ · Lanes: By country\.$/);
    expect(await focusedPath(page)).toBe(`stories[${s}].steps[2].caption`);
    await page.keyboard.type('The third caption.');
    expect(await captions(page)).toEqual(['The first caption.', 'The second caption.', 'The third caption.']);

    // A caption too long: the problem beside its field, and counted on the tab.
    const first = step(page, 0).getByLabel('Caption', { exact: true });
    await first.fill('x'.repeat(801));
    const describedBy = (await first.getAttribute('aria-describedby'))!.split(' ');
    expect(await page.locator(`[id="${describedBy.at(-1)}"]`).textContent()).toContain('a caption is at most 800 characters');
    expect(await page.getByRole('tab', { name: /^Stories/ }).textContent()).toBe('Stories1 · 1 problem');
    // …and the preview will not play the story until it is fixed.
    expect(await page.getByRole('button', { name: 'Preview from the title card' }).isDisabled()).toBe(true);
    await first.fill('The first caption.');

    // Keyboard: Alt+↑ in the third step moves it up; focus stays in its field.
    await page.locator(`[data-path="stories[${s}].steps[2].title"]`).focus();
    await page.keyboard.press('Alt+ArrowUp');
    expect(await status(page).textContent()).toBe('Step 3 moved to position 2.');
    expect(await focusedPath(page)).toBe(`stories[${s}].steps[1].title`);
    expect(await captions(page)).toEqual(['The first caption.', 'The third caption.', 'The second caption.']);

    // Mouse: the third step dragged by its handle onto the first step's upper half.
    await step(page, 1).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const grip = (await step(page, 2).locator('.step-grip').boundingBox())!;
    const target = (await step(page, 0).boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + 30, grip.y - 30, { steps: 4 });
    await page.mouse.move(target.x + 60, target.y + 12, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => status(page).textContent()).toBe('Step 3 moved to position 1.');
    expect(await captions(page)).toEqual(['The second caption.', 'The first caption.', 'The third caption.']);

    // Preview from the title card: the reader's player, with focus, over the preview's chart.
    const player = page.locator('.editor-preview .story-player');
    await page.getByRole('button', { name: 'Preview from the title card' }).click();
    await expect.poll(() => player.locator('h2').textContent()).toBe('Gas for arms');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start');
    await page.keyboard.press('Enter');
    await expect.poll(() => player.locator('.story-kicker').textContent()).toBe('Step 1 of 3');
    expect(await player.locator('.story-text').textContent()).toBe('The second caption.');
    await expect.poll(() => page.locator(`.preview-chart g.tl-mark[data-id="${picked}"]`).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => player.locator('.story-kicker').textContent()).toBe('Step 2 of 3');
    expect(await player.locator('.story-text').textContent()).toBe('The first caption.');
    // Escape leaves the story; focus returns to the button that started it.
    await page.keyboard.press('Escape');
    await expect.poll(() => player.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Preview from the title card');
    // From a step.
    await step(page, 2).getByRole('button', { name: 'Preview from here' }).click();
    await expect.poll(() => player.locator('.story-kicker').textContent()).toBe('Step 3 of 3');
    expect(await player.locator('.story-text').textContent()).toBe('The third caption.');
    // The editor stayed on the story while the player selected events.
    expect(await page.getByRole('tab', { name: /^Stories/ }).getAttribute('aria-selected')).toBe('true');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('#editor-save-status').textContent()).toMatch(/^Saved to data\/events\.json at /);
    const saved = JSON.parse(server.read());
    expect(validateDataset(saved)).toMatchObject({ ok: true });
    expect(saved.stories).toHaveLength(storyCount + 1);
    const story = saved.stories[s];
    expect(story).toMatchObject({ id: 'gas-for-arms', title: 'Gas for arms', summary: 'How oil and gas paid for the drones.' });
    const [a, b, c] = story.steps;
    expect(a).toEqual({ event: picked, caption: 'The second caption.' });
    expect(b).toEqual({ event: listed.id, caption: 'The first caption.' });
    expect(c).toMatchObject({ lanes: 'actor', caption: 'The third caption.', filters: { categories: shipped.categories.slice(1).map((k) => k.id) } });
    expect(Object.keys(c).sort()).toEqual(['caption', 'filters', 'from', 'lanes', 'to']);
    expect(windowOf(c.from, c.to)).not.toBeNull();
    expect(errors).toEqual([]);
  });

  it('deletes a story and brings it back with Undo', async () => {
    const { page } = session.w;
    await startStory(page, 'Short-lived');
    await page.getByRole('button', { name: 'Delete this story' }).click();
    expect(await status(page).textContent()).toBe('Deleted the story “Short-lived”.');
    const listed = page.getByRole('list', { name: 'Stories', exact: true }).locator('li');
    expect(await listed.count()).toBe(storyCount);
    await page.locator('.story-status').getByRole('button', { name: 'Undo' }).click();
    expect(await focusedPath(page)).toBe(`stories[${storyCount}].title`);
    expect(await page.locator('.story-form').getByLabel('Title', { exact: true }).inputValue()).toBe('Short-lived');
    // Undo over the whole visit covers every story edit: back to no new story, then forward.
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
    expect(await listed.count()).toBe(storyCount);
    await page.keyboard.press('Control+Shift+Z');
    await page.keyboard.press('Control+Shift+Z');
    expect(await listed.count()).toBe(storyCount + 1);
    expect(await listed.last().textContent()).toMatch(/^Short-lived0 steps/);
    expect(server.read()).toBe(SHIPPED);
  });

  it('keeps a story being written as a draft through a reload', async () => {
    const { page } = session.w;
    await startStory(page, 'Kept as a draft');
    await page.locator('.step-events li button').first().click();
    await page.keyboard.type('A caption not yet saved.');
    await expect.poll(() => draftHolds(page, 'A caption not yet saved.')).toBe(true);
    await page.reload();
    const offer = page.locator('.draft-offer');
    await offer.waitFor();
    expect(await offer.locator('li').allTextContents()).toContain('Changed: stories');
    await offer.getByRole('button', { name: 'Restore the draft' }).click();
    await page.getByRole('tab', { name: /^Stories/ }).click();
    await page.getByRole('list', { name: 'Stories', exact: true }).getByRole('button', { name: /^Kept as a draft/ }).click();
    expect(await step(page, 0).getByLabel('Caption', { exact: true }).inputValue()).toBe('A caption not yet saved.');
    expect(server.read()).toBe(SHIPPED);
  });

  it('picks a step on the preview with the keyboard alone', async () => {
    const { page } = session.w;
    await startStory(page, 'Keys');
    await page.getByRole('button', { name: 'Pick an event on the preview' }).focus();
    await page.keyboard.press('Enter');
    // Focus is on the preview's marks; Escape comes back, Enter arms again.
    expect(await page.evaluate(() => document.activeElement?.closest('.preview-chart') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pick an event on the preview');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(id).toBeTruthy();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedPath(page)).toBe(`stories[${storyCount}].steps[0].caption`);
    expect(await step(page, 0).getByLabel('Event', { exact: true }).inputValue()).toBe(id);
  });
});
