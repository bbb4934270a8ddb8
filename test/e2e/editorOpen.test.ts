/**
 * Opening in the editor, in a real Chromium: a TimelineJS3 file through the importer with its
 * report, a store dropped on the page, a store by address, and a new timeline between two
 * countries named in the interface language or a party typed by name.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { app, host } from './helpers';
import { openEditor } from './editorServer';

const session = useBrowser();
const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures', name);
const heading = (page: Page) => page.locator('h1').textContent();
const eventRows = (page: Page) => page.locator('.item-list li').count();

describe('opening in the editor', () => {
  it('imports a TimelineJS3 file chosen in Open, and shows what the import changed', async () => {
    const { page, errors } = session.w;
    await openEditor(page, app('/edit.html'));
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByLabel('An event store (JSON), a TimelineJS3 timeline (JSON) or a sheet (CSV)').setInputFiles(fixture('timelinejs/timeline3.json'));
    await expect.poll(() => heading(page)).toBe('Timeline editor: Israel & Azerbaijan 1991 – 2012');
    expect(await eventRows(page)).toBe(6);
    expect(await page.locator('.import-report').textContent()).toContain('timeline3.json: read as TimelineJS3 JSON');
    expect(await page.locator('.origin').textContent()).toContain('Editing the file timeline3.json');
    expect(errors).toEqual([]);
  });

  it('opens a store dropped anywhere on the page', async () => {
    const { page } = session.w;
    await openEditor(page, app('/edit.html'));
    const text = readFileSync(fixture('valid-minimal.json'), 'utf8');
    const data = await page.evaluateHandle((body) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([body], 'dropped.json', { type: 'application/json' }));
      return transfer;
    }, text);
    await page.dispatchEvent('.editor-main', 'dragover', { dataTransfer: data });
    await page.dispatchEvent('.editor-main', 'drop', { dataTransfer: data });
    await expect.poll(() => heading(page)).toBe('Timeline editor: Fixture');
    expect(await eventRows(page)).toBe(2);
  });

  it('opens a store by address (?data=)', async () => {
    const { page } = session.w;
    await openEditor(page, app(`/edit.html?data=${encodeURIComponent(host('/fixtures/valid-minimal.json'))}`));
    expect(await heading(page)).toBe('Timeline editor: Fixture');
    expect(await page.locator('.origin').textContent()).toContain(host('/fixtures/valid-minimal.json'));
  });

  it('starts a new timeline between two countries, named in the interface language', async () => {
    const { page } = session.w;
    await openEditor(page, app('/edit.html?lang=ru'));
    await page.getByRole('button', { name: 'Открыть…' }).click();
    const dialog = page.locator('dialog.open-dialog[open]');
    const first = dialog.getByRole('group', { name: 'Первая сторона' }).getByLabel('Страна');
    await expect.poll(() => first.locator('option').count()).toBeGreaterThan(240);
    await first.selectOption({ label: 'Израиль' });
    await dialog.getByRole('group', { name: 'Вторая сторона' }).getByLabel('Страна').selectOption({ label: 'Азербайджан' });
    await dialog.getByRole('button', { name: 'Начать хронику' }).click();
    await expect.poll(() => heading(page)).toBe('Редактор хроники: Отношения: Израиль — Азербайджан');
    expect(await page.locator('.problem-summary h2').textContent()).toBe('Ошибок нет: хроника корректна.');
    await page.getByRole('tab', { name: /^Страны и стороны/ }).click();
    const names = await page.locator('.rows input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(names).toEqual(['Израиль', 'ISR', 'Азербайджан', 'AZE']);
  });

  it('starts a new timeline with a party typed by name, and refuses the same party twice', async () => {
    const { page } = session.w;
    await openEditor(page, app('/edit.html'));
    await page.getByRole('button', { name: 'Open…' }).click();
    const dialog = page.locator('dialog.open-dialog[open]');
    await dialog.getByRole('group', { name: 'First party' }).getByLabel('Or another party, by name').fill('Hamas');
    await dialog.getByRole('group', { name: 'Second party' }).getByLabel('Or another party, by name').fill('hamas');
    await dialog.getByRole('button', { name: 'Start the timeline' }).click();
    expect(await dialog.getByRole('alert').textContent()).toBe('Choose two different parties.');
    await dialog.getByRole('group', { name: 'Second party' }).getByLabel('Country').selectOption({ label: 'Norway' });
    await dialog.getByRole('button', { name: 'Start the timeline' }).click();
    await expect.poll(() => heading(page)).toBe('Timeline editor: Hamas–Norway relations');
    await page.getByRole('tab', { name: /^Timeline/ }).click();
    const pair = page.locator('.timeline-panel select');
    expect(await pair.evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value))).toEqual(['hamas', 'NOR']);
  });
});
