/**
 * Imported text that was HTML, as plain text. TimelineJS3 keeps headlines, texts, captions and
 * credits as HTML; the store keeps plain text and shows it as text. htmlparser2 only tokenises:
 * nothing here builds a DOM, loads a resource, runs a script or renders anything, so hostile
 * markup is just characters read and dropped.
 *
 * Paragraph-like elements become blank-line breaks, <br> a line break, runs of spaces collapse
 * as a browser would collapse them, entities are decoded. Links are returned beside the text:
 * http(s) ones as sources, every other kind (mailto:, javascript:, relative) listed as dropped.
 * Bare http(s) addresses in the text count as links too, because TimelineJS3 turns them into
 * links itself (its `autolink`, on by default).
 */
import { Parser } from 'htmlparser2';

/** A link found in the text: its address and the words that carried it. */
export interface TextLink {
  /** An absolute http(s) URL. */
  url: string;
  /** The link's own words (the address itself for a bare URL); may be empty. */
  text: string;
}

/** Plain text and what became of the links in it. */
export interface PlainText {
  /** Paragraphs separated by a blank line, lines by one newline; trimmed. */
  text: string;
  /** http(s) links in document order, one per address. */
  links: TextLink[];
  /** Link targets that are not http(s) and were dropped, as written. */
  droppedLinks: string[];
}

const BLOCK = new Set([
  'p', 'div', 'blockquote', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'figure', 'figcaption', 'pre',
  'address', 'hr', 'form', 'fieldset', 'details', 'summary',
]);
const LINE = new Set(['br', 'li', 'dt', 'dd', 'tr', 'caption']);
// Elements whose content is code, metadata or a fallback for something else, never prose.
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'iframe', 'object', 'svg', 'math', 'select']);

const BARE_URL = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}»”’]+$/;

/** Converts an HTML fragment to plain text and its links. Plain text without tags passes through unchanged except for whitespace. */
export function htmlToText(html: string): PlainText {
  const out = new TextBuilder();
  const links: TextLink[] = [];
  const droppedLinks: string[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  const openLinks: { href: string; from: number }[] = [];

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED.has(name)) skipDepth++;
        if (skipDepth) return;
        if (name === 'pre') preDepth++;
        if (BLOCK.has(name)) out.paragraph();
        else if (LINE.has(name)) out.line();
        if (name === 'a') openLinks.push({ href: (attributes.href ?? '').trim(), from: out.length });
      },
      ontext(text) {
        if (skipDepth) return;
        out.text(text, preDepth > 0);
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth) return;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (BLOCK.has(name)) out.paragraph();
        else if (name === 'li' || name === 'tr') out.line();
        if (name === 'a') {
          const link = openLinks.pop();
          if (link && link.href) {
            const url = httpUrl(link.href);
            if (url) links.push({ url, text: out.since(link.from) });
            else droppedLinks.push(link.href);
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  const text = out.result();
  const linked = new Set(links.map((l) => l.url));
  for (const match of text.matchAll(BARE_URL)) {
    const url = httpUrl(match[0].replace(TRAILING_PUNCTUATION, ''));
    if (url && !linked.has(url)) links.push({ url, text: url });
    if (url) linked.add(url);
  }
  return { text, links: dedupeLinks(links), droppedLinks };
}

/** The text of an HTML fragment on one line: for headlines, titles and labels. */
export function htmlToLine(html: string): string {
  return htmlToText(html).text.replace(/\s+/g, ' ').trim();
}

/**
 * An absolute http(s) URL from a link target, or null. Protocol-relative targets
 * ("//upload.wikimedia.org/…", common in TimelineJS3 samples) are read as https.
 */
export function httpUrl(target: string): string | null {
  const href = target.startsWith('//') ? `https:${target}` : target;
  if (!/^https?:\/\/\S+$/i.test(href)) return null;
  try {
    new URL(href);
    return href;
  } catch {
    return null;
  }
}

function dedupeLinks(links: TextLink[]): TextLink[] {
  const seen = new Map<string, TextLink>();
  for (const link of links) {
    const first = seen.get(link.url);
    if (!first) seen.set(link.url, link);
    else if (!first.text && link.text) first.text = link.text;
  }
  return [...seen.values()];
}

/**
 * Collects text the way a browser lays out inline content: whitespace runs collapse to one
 * space, breaks are only ever single (line) or double (paragraph), and nothing leads or trails.
 */
class TextBuilder {
  private parts = '';
  private pendingBreak: '' | '\n' | '\n\n' = '';
  private pendingSpace = false;

  /** Characters written so far, to mark where a link's words start. */
  get length(): number {
    return this.parts.length;
  }

  text(raw: string, preformatted: boolean): void {
    const chunks = preformatted ? raw.split(/(\n)/) : [raw.replace(/\s+/g, ' ')];
    for (const chunk of chunks) {
      if (chunk === '\n') {
        this.line();
        continue;
      }
      let text = chunk;
      if (!preformatted) {
        if (text.startsWith(' ')) this.pendingSpace = true;
        const trailing = text.endsWith(' ');
        text = text.trim();
        if (text) this.write(text);
        if (trailing && text) this.pendingSpace = true;
      } else if (text) this.write(text);
    }
  }

  line(): void {
    if (this.parts && this.pendingBreak !== '\n\n') this.pendingBreak = '\n';
    this.pendingSpace = false;
  }

  paragraph(): void {
    if (this.parts) this.pendingBreak = '\n\n';
    this.pendingSpace = false;
  }

  /** The text written since a mark, on one line. */
  since(from: number): string {
    return this.parts.slice(from).replace(/\s+/g, ' ').trim();
  }

  result(): string {
    return this.parts
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  private write(text: string): void {
    if (this.pendingBreak) this.parts += this.pendingBreak;
    else if (this.pendingSpace && this.parts) this.parts += ' ';
    this.pendingBreak = '';
    this.pendingSpace = false;
    this.parts += text;
  }
}
