/**
 * The structure of a plain-text article, inferred from its lines: the title (first line),
 * headings (short lines without closing punctuation), list items (lines opening with a bullet
 * or a number), photo captions and credits, and paragraphs. Offsets point into the text
 * itself, so quotes taken from a block are the article's own characters.
 */
import type { Block, BlockKind } from './types';
import { VISIBLE } from '../data/schema';

const LIST_MARKER = /^[ \t]*(?:[-*•–—▪◦]|\d{1,3}[.)])[ \t]+/;
const CREDIT_OPENING = /^[ \t]*(?:©|\(c\)\s|(?:photo|image|picture|caption|credit|file photo)s?\s*(?:[:|/]|by\b))/i;
// A line that ends like a sentence: closing punctuation, possibly inside a quotation or brackets.
const CLOSES_SENTENCE = /[.!?:;…]["”’)\]]*\s*$/;

/** The blocks of a plain-text article, one per line except lines that continue a sentence. */
export function inferBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  let sawTitle = false;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    // A line of only invisible characters (zero-width, direction marks) is as blank as an empty one.
    if (VISIBLE.test(trimmed)) {
      const previous = blocks[blocks.length - 1];
      const lead = line.length - line.trimStart().length;
      if (previous && continuesPrevious(text, previous, lineStart, trimmed)) {
        previous.end = lineStart + line.trimEnd().length;
      } else {
        const kind: BlockKind = sawTitle ? kindOfLine(line) : 'title';
        sawTitle = true;
        const marker = kind === 'list-item' ? (LIST_MARKER.exec(line)?.[0].length ?? lead) : lead;
        blocks.push({ kind, start: lineStart + marker, end: lineStart + line.trimEnd().length });
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return markRepeatedCaptions(text, blocks);
}

/** A hard-wrapped line: the previous line stops mid-sentence and this one starts in lower case. */
function continuesPrevious(text: string, previous: Block, lineStart: number, trimmed: string): boolean {
  if (previous.kind !== 'paragraph' && previous.kind !== 'list-item') return false;
  if (text.slice(previous.end, lineStart).split('\n').length > 2) return false; // a blank line between
  return !CLOSES_SENTENCE.test(text.slice(previous.start, previous.end)) && /^[a-z(]/.test(trimmed);
}

/** What one line of plain text is. */
export function kindOfLine(line: string): BlockKind {
  if (CREDIT_OPENING.test(line)) return 'caption';
  if (LIST_MARKER.test(line)) return 'list-item';
  const trimmed = line.trim();
  const words = trimmed.split(/\s+/).length;
  if (words <= 12 && !CLOSES_SENTENCE.test(trimmed) && !/^[a-z]/.test(trimmed)) return 'heading';
  return 'paragraph';
}

/**
 * Pages often print a caption twice (under the photo and again in a gallery or for screen
 * readers), and only one copy carries the credit that gives it away: a block whose opening
 * words appear in a caption already found is a caption too.
 */
function markRepeatedCaptions(text: string, blocks: Block[]): Block[] {
  const captions: string[] = [];
  for (const block of blocks) {
    const body = text.slice(block.start, block.end);
    if (block.kind === 'caption') captions.push(body);
    else if (block.kind === 'paragraph' && body.length >= 40) {
      const opening = body.slice(0, 40);
      if (captions.some((c) => c.includes(opening))) {
        block.kind = 'caption';
        captions.push(body);
      }
    }
  }
  return blocks;
}
