// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { stepViewText } from './stepViewText';
import { editorTranslator } from '../../i18n/editorLocale';
import { en } from '../../../i18n/catalogs/en';
import type { Catalog } from '../../../i18n/translate';
import type { EditableStore } from '../../document';

const fixture = JSON.parse(readFileSync('test/fixtures/valid-minimal.json', 'utf8')) as EditableStore;
const t = editorTranslator('en', en as Catalog);
const text = (step: Record<string, unknown>) => stepViewText(step, fixture, t, 'en-GB');

describe('a window step in words', () => {
  it.each([
    [{ from: '2010', to: '2014' }, '2010 – 2014 · all events · Lanes: By category'],
    [{ from: '2012-02', to: '2012-02-26', lanes: 'actor' }, 'February 2012 – 26 February 2012 · all events · Lanes: By country'],
    [{ from: '2010', to: '2014', filters: { categories: ['arms'], actors: ['AZE', 'ISR'], certainty: ['confirmed', 'alleged'] } },
      '2010 – 2014 · Categories: Arms · Countries and parties: Azerbaijan, Israel · Certainty: Confirmed, Alleged · Lanes: By category'],
    // What the store does not list, or cannot read, reads as itself rather than vanishing.
    [{ from: '2010', to: 'soon', filters: { categories: ['gone'], certainty: ['rumoured'] } }, '2010 – soon · Categories: gone · Certainty: rumoured · Lanes: By category'],
    [{}, '… – … · all events · Lanes: By category'],
  ])('%j reads “%s”', (step, words) => {
    expect(text(step)).toBe(words);
  });
});
