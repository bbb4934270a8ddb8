import { describe, expect, it } from 'vitest';
import { markdownToArticle } from './markdown';
import { inferBlocks } from './structure';

describe('markdownToArticle', () => {
  it('keeps the text and records each block with its kind', () => {
    const md = [
      '# Japan and Korea',
      '',
      '![A photo](photo.jpg)',
      '*Leaders meet in Seoul, 2015.*',
      '',
      '## 1965: Normalisation',
      '',
      'The **treaty** was signed',
      'in [Tokyo](https://example.org) in 1965.',
      '',
      '- Kim Dae-jung (1998)',
      '1. Park Geun-hye (2015)',
      '',
      '> Quoted words.',
    ].join('\n');
    const { text, blocks } = markdownToArticle(md);
    expect(blocks.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([
      ['title', 'Japan and Korea'],
      ['caption', 'Leaders meet in Seoul, 2015.'],
      ['heading', '1965: Normalisation'],
      ['paragraph', 'The treaty was signed in Tokyo in 1965.'],
      ['list-item', 'Kim Dae-jung (1998)'],
      ['list-item', 'Park Geun-hye (2015)'],
      ['paragraph', 'Quoted words.'],
    ]);
  });

  it('makes no block of a line or heading of only invisible characters', () => {
    // Found by the extractor's properties: such a first line became the title, and the draft's title was empty.
    const { text, blocks } = markdownToArticle('# \u200B\u200D\n\n# Title\n\n\u202E\n\nIn 1992 they met.');
    expect(blocks.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([
      ['title', 'Title'],
      ['paragraph', 'In 1992 they met.'],
    ]);
  });
});

describe('inferBlocks', () => {
  it('treats a line of only invisible characters as blank', () => {
    const text = '\u200B\nTitle\n\uFEFF\u2067\nIn 1992 they met.';
    expect(inferBlocks(text).map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([
      ['title', 'Title'],
      ['paragraph', 'In 1992 they met.'],
    ]);
  });
});
