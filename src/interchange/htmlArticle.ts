/**
 * An HTML page as the extractor's input: the article's text without navigation, scripts,
 * forms and boilerplate, as blocks (headings, paragraphs, list items, captions), plus what the
 * page says about itself (title, canonical address, publisher, publication date). Uses
 * htmlparser2, which only tokenises (no DOM, nothing rendered or fetched), so `npm run extract`
 * and the editor's "From an article…" read a page the same way; nothing here ships to readers.
 *
 * Where the page marks its article (`<article>`, else `<main>`, else `[role=main]`), only that
 * is read; otherwise the whole body, less the usual page furniture.
 */
import { parseDocument } from 'htmlparser2';
import { createArticleText, type ArticleText } from '../extract/articleText';
import type { BlockKind } from '../extract/types';

/** What the page says about the article. */
export interface HtmlMeta {
  /** og:title, else <title>, else the first <h1>. */
  title?: string;
  /** link rel=canonical, else og:url (http(s) only). */
  url?: string;
  /** og:site_name. */
  publisher?: string;
  /** article:published_time and the like, else the first <time datetime>, as YYYY-MM-DD. */
  published?: string;
}

type Node = { type: string; name?: string; data?: string; attribs?: Record<string, string>; children?: Node[] };

const SKIPPED = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'svg', 'template', 'iframe', 'select', 'textarea', 'head', 'menu', 'dialog', 'canvas', 'video', 'audio', 'object']);
const BOILERPLATE = /(?:^|[\s_-])(?:nav|navbar|menu|footer|header|sidebar|share|sharing|social|comments?|subscribe|newsletter|related|recommended|advert|ads?|promo|cookie|banner|breadcrumbs?|byline-share|paywall|popup|modal|login|signup|tags|navbox|printfooter|catlinks|noprint|toc|mw-editsection)(?:$|[\s_-])/i;
const KINDS: Record<string, BlockKind> = { h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading', p: 'paragraph', li: 'list-item', figcaption: 'caption', blockquote: 'paragraph', dt: 'paragraph', dd: 'paragraph', td: 'paragraph', th: 'paragraph', caption: 'caption' };
const BLOCK_CONTAINERS = new Set(['div', 'section', 'article', 'main', 'figure', 'ul', 'ol', 'dl', 'table', 'tbody', 'thead', 'tr', 'body', 'html', 'pre', 'address']);

/** Reads an HTML page into article text, structure and metadata. */
export function htmlToArticle(html: string): ArticleText & { meta: HtmlMeta } {
  const document = parseDocument(html, { decodeEntities: true }) as unknown as Node;
  const meta = readMeta(document);
  const root = find(document, (n) => n.name === 'article') ?? find(document, (n) => n.name === 'main' || n.attribs?.role === 'main') ?? find(document, (n) => n.name === 'body') ?? document;
  const out = createArticleText();
  let buffer = '';
  let bufferKind: BlockKind = 'paragraph';
  const flush = (kind: BlockKind = bufferKind) => {
    out.add(kind === 'heading' && !out.has('title') && !meta.title ? 'title' : kind, buffer);
    buffer = '';
    bufferKind = 'paragraph';
  };
  const walk = (node: Node) => {
    if (node.type === 'text') return void (buffer += node.data ?? '');
    if (node.type !== 'tag' && node.type !== 'root') return; // comments, directives, <script> and <style>
    const name = node.name ?? '';
    if (SKIPPED.has(name)) return;
    const attribs = node.attribs ?? {};
    if ('hidden' in attribs || attribs['aria-hidden'] === 'true' || BOILERPLATE.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`)) return;
    if (name === 'br') return void (buffer += ' ');
    const kind = KINDS[name];
    if (kind || BLOCK_CONTAINERS.has(name)) flush();
    for (const child of node.children ?? []) walk(child);
    if (kind) flush(kind);
    else if (BLOCK_CONTAINERS.has(name)) flush();
  };
  if (meta.title) out.add('title', meta.title);
  walk(root);
  flush();
  return { ...out.result(), meta };
}

function readMeta(document: Node): HtmlMeta {
  const metaContent = (...keys: string[]) => {
    for (const key of keys) {
      const node = find(document, (n) => n.name === 'meta' && (n.attribs?.property === key || n.attribs?.name === key || n.attribs?.itemprop === key));
      const content = node?.attribs?.content?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const canonical = find(document, (n) => n.name === 'link' && /\bcanonical\b/i.test(n.attribs?.rel ?? ''))?.attribs?.href;
  const url = [canonical, metaContent('og:url')].find((u) => u && /^https?:\/\/\S+$/i.test(u));
  const titleNode = find(document, (n) => n.name === 'title');
  const title = metaContent('og:title') ?? (titleNode ? textOf(titleNode).replace(/\s+/g, ' ').trim() || undefined : undefined);
  const time = find(document, (n) => n.name === 'time' && Boolean(n.attribs?.datetime))?.attribs?.datetime;
  const published = [metaContent('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued'), time]
    .map((d) => /^(\d{4}-\d{2}-\d{2})/.exec(d ?? '')?.[1])
    .find(Boolean);
  return { title, url, publisher: metaContent('og:site_name'), published };
}

function find(node: Node, test: (n: Node) => boolean): Node | undefined {
  if (node.type === 'tag' && test(node)) return node;
  for (const child of node.children ?? []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function textOf(node: Node): string {
  return node.type === 'text' ? (node.data ?? '') : (node.children ?? []).map(textOf).join('');
}
