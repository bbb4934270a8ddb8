/**
 * Reads an article file for `npm run extract`: .txt as it is (its structure inferred from the
 * lines, its first line the title), .md and .html converted to plain text with their
 * structure. Returns what the file says about itself, for the options to complete.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { markdownToArticle } from '../../src/extract/markdown';
import { inferBlocks } from '../../src/extract/structure';
import type { Block } from '../../src/extract/types';
import { VISIBLE } from '../../src/data/schema';
import { htmlToArticle, type HtmlMeta } from '../../src/interchange/htmlArticle';

/** An article read from a file. */
export interface ArticleFile {
  /** The text every offset counts in. */
  text: string;
  /** Its structure. */
  blocks: Block[];
  /** The file's name. */
  file: string;
  /** The title found in the file, if any. */
  title?: string;
  /** Metadata an HTML page carries. */
  meta: HtmlMeta;
}

/** Reads and converts `path`; throws an Error whose message names the file. */
export function readArticle(path: string): ArticleFile {
  const kind = extname(path).toLowerCase();
  if (!['.txt', '.md', '.markdown', '.html', '.htm'].includes(kind)) {
    throw new Error(`${path}: an article must be a .txt, .md or .html file`);
  }
  const raw = readFileSync(path, 'utf8');
  const file = basename(path);
  const converted = kind === '.txt' ? { text: raw, blocks: inferBlocks(raw), meta: {} } : kind === '.html' || kind === '.htm' ? htmlToArticle(raw) : { ...markdownToArticle(raw), meta: {} };
  if (!VISIBLE.test(converted.text)) throw new Error(`${path}: the article has no text (nothing visible)`);
  const titleBlock = converted.blocks.find((b) => b.kind === 'title');
  const title = titleBlock ? converted.text.slice(titleBlock.start, titleBlock.end).trim() : undefined;
  return { ...converted, file, title: converted.meta.title ?? title };
}
