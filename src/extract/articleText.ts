/**
 * Builds an article's plain text block by block, for inputs that are not plain text already
 * (Markdown, HTML): each block's text joins the article separated by a blank line, and its
 * offsets are recorded, so that quotes taken later are exactly the built text's characters.
 */
import type { Block, BlockKind } from './types';
import { VISIBLE } from '../data/schema';

/** Text and structure of an article converted from markup. */
export interface ArticleText {
  /** Plain text, blocks separated by blank lines. */
  text: string;
  /** One block per heading, paragraph, list item or caption. */
  blocks: Block[];
}

/** Collects blocks; `add` ignores empty ones (nothing visible) and collapses runs of white space. */
export function createArticleText() {
  let text = '';
  const blocks: Block[] = [];
  return {
    /** Appends a block of the given kind. */
    add(kind: BlockKind, content: string) {
      const clean = content.replace(/\s+/g, ' ').trim();
      if (!VISIBLE.test(clean)) return;
      if (text !== '') text += '\n\n';
      blocks.push({ kind, start: text.length, end: text.length + clean.length });
      text += clean;
    },
    /** Whether a block of this kind has been added. */
    has: (kind: BlockKind) => blocks.some((b) => b.kind === kind),
    /** The text and blocks so far. */
    result: (): ArticleText => ({ text, blocks: blocks.map((b) => ({ ...b })) }),
  };
}
