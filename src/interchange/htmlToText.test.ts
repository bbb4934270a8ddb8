import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText, httpUrl } from './htmlToText';

describe('htmlToText', () => {
  it.each([
    ['plain text passes through', 'Just words.', 'Just words.'],
    ['tags are dropped, inline words stay joined', 'Euclid writes <i>Optica</i>, <em>from</em> objects', 'Euclid writes Optica, from objects'],
    ['paragraphs become blank-line breaks', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['<br> is a line break', 'Whitney Houston<br/> 1963 - 2012', 'Whitney Houston\n1963 - 2012'],
    ['whitespace runs collapse like a browser', '  a \n\t b   <b> c </b> d ', 'a b c d'],
    ['entities are decoded', 'Tom &amp; Jerry &lt;3 &quot;q&quot; &#8212; &eacute;t&#xE9;', 'Tom & Jerry <3 "q" — été'],
    ['escaped markup stays text and is not parsed again', '&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['script and style content is dropped', 'a<script>alert("x")</script>b<style>p{}</style>c', 'abc'],
    ['event handlers and images leave nothing', 'x <img src=x onerror=alert(1)> y', 'x y'],
    ['list items go on their own lines', '<ul><li>one</li><li>two</li></ul>after', 'one\ntwo\n\nafter'],
    ['text around a block keeps its paragraphs', 'Intro text. \n<p><span class="tl-note">Note</span>', 'Intro text.\n\nNote'],
    ['preformatted text keeps its lines', '<pre>a  b\nc</pre>', 'a  b\nc'],
    ['an unclosed tag does not swallow the rest', '<p>open <b>bold and more', 'open bold and more'],
    ['empty input is empty', '', ''],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it('keeps http(s) links with their words, and lists the others as dropped', () => {
    const result = htmlToText(
      'Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada Lovelace</a>, <a href="mailto:a@b.c">mail</a>, ' +
        '<a href="javascript:alert(1)">bad</a> and <a href="/static/x.html">local</a>.',
    );
    expect(result.text).toBe('Take Ada Lovelace, mail, bad and local.');
    expect(result.links).toEqual([{ url: 'https://en.wikipedia.org/wiki/Ada_Lovelace', text: 'Ada Lovelace' }]);
    expect(result.droppedLinks).toEqual(['mailto:a@b.c', 'javascript:alert(1)', '/static/x.html']);
  });

  it('treats bare addresses as links, as TimelineJS3 autolinks them, without trailing punctuation', () => {
    const result = htmlToText('Events from https://en.wikipedia.org/wiki/Timeline_of_the_Middle_Ages. See (http://example.org/a).');
    expect(result.links.map((l) => l.url)).toEqual(['https://en.wikipedia.org/wiki/Timeline_of_the_Middle_Ages', 'http://example.org/a']);
  });

  it('lists one link per address, keeping the first words found', () => {
    const result = htmlToText('<a href="https://a.example/">first</a> <a href="https://a.example/">second</a> https://a.example/');
    expect(result.links).toEqual([{ url: 'https://a.example/', text: 'first' }]);
  });

  it('reads entity-encoded link targets', () => {
    expect(htmlToText('<a href="https://x.example/?a=1&amp;b=2">q</a>').links[0].url).toBe('https://x.example/?a=1&b=2');
  });
});

describe('htmlToLine', () => {
  it('puts a headline on one line', () => {
    expect(htmlToLine('Whitney Houston<br/> 1963 - 2012')).toBe('Whitney Houston 1963 - 2012');
  });
});

describe('httpUrl', () => {
  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['//upload.wikimedia.org/x.jpg', 'https://upload.wikimedia.org/x.jpg'],
    ['ftp://example.org/', null],
    ['/static/img.png', null],
    ['javascript:alert(1)', null],
    ['https://exa mple.org', null],
    ['http://', null],
  ])('%s', (target, url) => {
    expect(httpUrl(target)).toBe(url);
  });
});
