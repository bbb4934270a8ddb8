/**
 * The editor's accessibility in a real Chromium: axe-core with a validation problem shown, in
 * light and dark, in English and in Hebrew (right to left), with its dialogs open, and on the
 * Stories panel with a story playing in the preview; and an event created and saved with the
 * keyboard alone.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations as violations } from './axe';
import { useBrowser } from './browser';
import { SHIPPED, openEditor, useSaveServer } from './editorServer';
import { validateDataset } from '../../src/data/validate';

const session = useBrowser();
const server = useSaveServer();
const shipped = JSON.parse(SHIPPED) as { sources: { id: string; title: string }[]; events: unknown[] };

const NEW_EVENT = { en: 'New event', he: 'אירוע חדש' } as const;

describe('axe-core finds no violations in the editor', () => {
  for (const lang of ['en', 'he'] as const) {
    for (const theme of ['light', 'dark']) {
      it(`with a validation problem shown (${lang}, ${theme})`, async () => {
        const { page } = session.w;
        await openEditor(page, server.url(`/edit.html?lang=${lang}&theme=${theme}`));
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'he' ? 'rtl' : 'ltr');
        await page.getByRole('button', { name: NEW_EVENT[lang], exact: true }).click();
        await page.locator('section.item-form .field-problems').first().waitFor();
        await page.locator('.problem-summary li').first().waitFor();
        await page.locator('.preview-chart .tl-mark').first().waitFor();
        expect(await violations(page)).toEqual([]);
      });
    }
  }

  it('with the Open dialog open', async () => {
    const { page } = session.w;
    await openEditor(page, server.url('/edit.html'));
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.locator('dialog.open-dialog[open] select').first().waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('with the conflict dialog open (dark)', async () => {
    const { page } = session.w;
    await openEditor(page, server.url('/edit.html?theme=dark'));
    const theirs = JSON.parse(SHIPPED);
    theirs.title = 'Changed on disk';
    server.write(JSON.stringify(theirs));
    await page.getByRole('button', { name: 'New event', exact: true }).click();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByRole('tab', { name: /^Timeline/ }).click();
    await page.locator('.timeline-panel').getByLabel('Description', { exact: true }).fill('Mine');
    await page.keyboard.press('Control+S');
    await page.locator('dialog.conflict-dialog[open]').waitFor();
    expect(await violations(page)).toEqual([]);
  });
});

/** What has keyboard focus: its data-path, tag and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { path: el?.getAttribute('data-path') ?? '', tag: el?.tagName.toLowerCase() ?? '', text: el?.textContent?.trim() ?? '' };
  });

/** Presses Tab until the focused element's data-path ends with `suffix`; fails after `limit` presses. */
async function tabTo(page: Page, suffix: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).path.endsWith(suffix)) return;
  }
  throw new Error(`Tab never reached a field ending ${suffix}; last: ${JSON.stringify(await focused(page))}`);
}

describe('keyboard alone', () => {
  it('creates an event, fills it in and saves it', async () => {
    const { page } = session.w;
    await openEditor(page, server.url('/edit.html'));
    // From the top of the page to the New event button.
    for (let i = 0; i < 20 && (await focused(page)).text !== 'New event'; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'New event' });
    await page.keyboard.press('Enter');
    // Focus moves to the new event's title.
    const index = shipped.events.length;
    expect((await focused(page)).path).toBe(`events[${index}].title`);
    await page.keyboard.type('Typed with the keyboard');
    await page.keyboard.press('Tab');
    expect((await focused(page)).path).toBe(`events[${index}].summary`);
    await page.keyboard.type('Every field reached by Tab.');
    await page.keyboard.press('Tab');
    expect((await focused(page)).path).toBe(`events[${index}].start`);
    await page.keyboard.type('Feb 2012');
    await tabTo(page, '.category');
    await page.keyboard.type('Arms');
    await tabTo(page, '.certainty');
    await page.keyboard.type('Confirmed');
    await tabTo(page, '.sources[0].source');
    await page.keyboard.type(shipped.sources[0].title.slice(0, 12));
    await tabTo(page, '.sources[0].quote');
    await page.keyboard.type('the words of the source');
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.locator('#editor-save-status').textContent()).toMatch(/^Saved to data\/events\.json/);

    const saved = JSON.parse(server.read());
    expect(saved.events[index]).toMatchObject({
      title: 'Typed with the keyboard',
      summary: 'Every field reached by Tab.',
      start: '2012-02',
      category: 'arms',
      certainty: 'confirmed',
      sources: [{ source: shipped.sources[0].id, quote: 'the words of the source' }],
    });
    expect(validateDataset(saved)).toMatchObject({ ok: true });
  });
});

describe('axe-core finds no violations in the Stories panel', () => {
  for (const lang of ['en', 'he'] as const) {
    for (const theme of ['light', 'dark']) {
      it(`with a story playing in the preview and a new one being written (${lang}, ${theme})`, async () => {
        const { page } = session.w;
        await openEditor(page, server.url(`/edit.html?lang=${lang}&theme=${theme}`));
        await page.locator('#tab-stories').click();
        // The shipped story, played from its title card in the preview.
        await page.locator('.stories-panel .item-list li button').first().click();
        await page.locator('.story-form .button-row button').first().click();
        await page.locator('.editor-preview .story-player').waitFor();
        // A new story with an event step (its caption still to write: a problem) and a view step.
        await page.locator('.stories-panel > div > button').first().click();
        await page.keyboard.type(lang === 'he' ? 'סיפור' : 'A story');
        await page.locator('.step-events li button').nth(2).click();
        await page.locator('.step-adders .button-row button').nth(1).click();
        await page.locator('.preview-filters summary').click();
        await page.locator('.story-step .field-problems').first().waitFor();
        expect(await page.locator('.story-step').count()).toBe(2);
        expect(await page.locator('.editor-preview .story-player').count()).toBe(1);
        expect(await violations(page)).toEqual([]);
      });
    }
  }
});
