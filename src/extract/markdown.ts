/**
 * A Markdown article as plain text and structure: `#` headings (the first level-1 heading is
 * the title), list items, block quotes, paragraphs (soft-wrapped lines joined), and an image's
 * caption (an emphasised line right after it, or a line opening with "Photo:" or "©").
 * Inline markup is dropped: emphasis, code, links keep their text, images and HTML tags go.
 */
import { createArticleText, type ArticleText } from './articleText';
import { kindOfLine } from './structure';

const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;
const IMAGE_LINE = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;
const EMPHASISED_LINE = /^\s*([*_])(.+)\1\s*$/;

/** Converts Markdown to the extractor's input. */
export function markdownToArticle(markdown: string): ArticleText {
  const out = createArticleText();
  let paragraph: string[] = [];
  let afterImage = false;
  const flush = () => {
    if (paragraph.length) {
      const joined = paragraph.join(' ');
      out.add(kindOfLine(joined) === 'caption' ? 'caption' : 'paragraph', inline(joined));
    }
    paragraph = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = HEADING.exec(line);
    const item = LIST_ITEM.exec(line);
    if (line.trim() === '' || /^\s*(?:---+|\*\*\*+|```.*)\s*$/.test(line)) {
      flush();
    } else if (heading) {
      flush();
      out.add(heading[1] === '#' && !out.has('title') ? 'title' : 'heading', inline(heading[2]));
    } else if (IMAGE_LINE.test(line)) {
      flush();
      afterImage = true;
      continue;
    } else if (afterImage && EMPHASISED_LINE.test(line)) {
      flush();
      out.add('caption', inline(EMPHASISED_LINE.exec(line)![2]));
    } else if (item) {
      flush();
      out.add('list-item', inline(item[1]));
    } else {
      paragraph.push(line.replace(/^\s*>\s?/, '').trim());
    }
    afterImage = false;
  }
  flush();
  return out.result();
}

/** Inline Markdown to its text. */
function inline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}])([*_])(?!\s)(.+?)(?<!\s)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}
