// @vitest-environment node
/**
 * The TimelineJS3 export, checked against TimelineJS3's own format rules (formatRules.ts, from
 * its parser), on the shipped dataset and on text made to break HTML; and the rules checker
 * itself, which must catch each broken rule.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../../src/data/validate';
import type { Dataset } from '../../../src/data/schema';
import { exportStore } from '../../../src/interchange/exportStore';
import { storeToTimeline, displayDate } from '../../../src/interchange/timelinejs/fromStore';
import { checkTimelineFormat } from '../../../src/interchange/timelinejs/formatRules';
import { importTimeline } from '../../../src/interchange/importTimeline';

function read(path: string): Dataset {
  const validation = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!validation.ok) throw new Error(`${path} is invalid`);
  return validation.data;
}

describe('TimelineJS3 export of the shipped dataset', () => {
  const store = read('data/events.json');
  const timeline = JSON.parse(exportStore(store, 'timelinejs'));

  it('follows every TimelineJS3 format rule', () => {
    expect(checkTimelineFormat(timeline)).toEqual([]);
  });

  it('has a title slide, one slide per event with its id, the eras, and categories as groups', () => {
    expect(timeline.title.text.headline).toBe(store.title);
    expect(timeline.events).toHaveLength(store.events.length);
    expect(timeline.events.map((e: { unique_id: string }) => e.unique_id)).toEqual(store.events.map((e) => e.id));
    expect(timeline.eras).toHaveLength(store.eras.length);
    const labels = new Set(store.categories.map((c) => c.label));
    for (const slide of timeline.events) expect(labels.has(slide.group)).toBe(true);
    expect(timeline.scale).toBe('human');
  });

  it('writes dates at their precision: only the parts the store gives, and a display date that says so', () => {
    store.events.forEach((event, i) => {
      const slide = timeline.events[i];
      const parts = event.start.split('-').map(Number);
      expect([slide.start_date.year, slide.start_date.month, slide.start_date.day].slice(0, parts.length)).toEqual(parts);
      expect(Object.keys(slide.start_date)).toHaveLength(parts.length);
      expect(slide.display_date).toBe(displayDate(event));
    });
  });

  it('lists every citation with a link to its source', () => {
    store.events.forEach((event, i) => {
      const html: string = timeline.events[i].text.text;
      expect(html.match(/<li>/g)).toHaveLength(event.sources.length);
      for (const citation of event.sources) {
        const url = store.sources.find((s) => s.id === citation.source)!.url;
        expect(html).toContain(`href="${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
      }
    });
  });
});

describe('displayDate', () => {
  it.each([
    [{ start: '1992' }, '1992'],
    [{ start: '2012-02' }, 'February 2012'],
    [{ start: '2012-02-26' }, '26 February 2012'],
    [{ start: '1991', end: '1992', approximate: true }, 'c. 1991 – 1992'],
    [{ start: '2016-04-02', end: '2016-04-02' }, '2 April 2016'],
  ])('%j → %s', (event, text) => {
    expect(displayDate(event)).toBe(text);
  });
});

describe('TimelineJS3 export of hostile text', () => {
  const store = read('test/fixtures/valid-minimal.json');
  store.title = 'Tom & Jerry <script>alert(1)</script>';
  store.description = 'First paragraph with <b>tags</b>.\n\nSecond & last.';
  store.events[0].title = '<img src=x onerror=alert(1)>';
  store.events[0].summary = 'Quotes " and \' and <a href="javascript:alert(1)">a link</a>';
  store.categories[0].label = 'R&D <i>x</i>';
  store.sources[0].url = 'https://example.org/?a=1&b="2"';
  const timeline = storeToTimeline(store);

  it('escapes every piece of our text, so TimelineJS3 shows it as text', () => {
    expect(checkTimelineFormat(timeline)).toEqual([]);
    expect(timeline.title.text).toEqual({
      headline: 'Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;',
      text: '<p>First paragraph with &lt;b&gt;tags&lt;/b&gt;.</p><p>Second &amp; last.</p>',
    });
    expect(timeline.events[0].text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(timeline.events[0].group).toBe('R&amp;amp;D &amp;lt;i&amp;gt;x&amp;lt;/i&amp;gt;');
    expect(timeline.events[0].text.text).toContain('Quotes " and \' and &lt;a href="javascript:alert(1)"&gt;a link&lt;/a&gt;');
    expect(timeline.events[0].text.text).toContain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"');
  });

  it('comes back as the same text when imported again', () => {
    const result = importTimeline(JSON.stringify(timeline), { fileName: 'round.json', pair: ['ISR', 'AZE'] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.store.title).toBe(store.title);
    expect(result.store.events[0].title).toBe(store.events[0].title);
    expect(result.store.events[0].summary.startsWith(store.events[0].summary)).toBe(true);
    expect(result.store.categories[0].label).toBe(store.categories[0].label);
  });
});

describe('checkTimelineFormat', () => {
  const good = () => ({
    title: { text: { headline: 'T', text: '<p>x</p>' }, unique_id: 'title-slide' },
    events: [{ start_date: { year: 2012, month: 2, day: 26 }, text: { headline: 'A', text: '<p>a</p>' }, unique_id: 'a', group: 'G', display_date: '26 February 2012' }],
    eras: [{ start_date: { year: 2010 }, end_date: { year: 2011 }, text: { headline: 'E' } }],
    scale: 'human',
  });

  it('accepts a timeline that follows the rules, including TimelineJS3’s own string dates', () => {
    const doc = good();
    (doc.events[0].start_date as Record<string, unknown>) = { year: ' 2012 ', month: '02', day: '' };
    expect(checkTimelineFormat(doc)).toEqual([]);
  });

  type Doc = ReturnType<typeof good> & Record<string, unknown>;
  it.each<[string, (doc: Doc) => void, string]>([
    ['no events', (d) => (d.events = []), 'events: TimelineJS3 needs a non-empty list of events'],
    ['a missing start_date', (d) => delete (d.events[0] as Partial<Doc['events'][0]>).start_date, 'events[0].start_date: is missing'],
    ['a year that is not a number', (d) => ((d.events[0].start_date as Record<string, unknown>).year = '2012a'), 'events[0].start_date.year: "2012a" is not a whole number'],
    ['a missing year', (d) => (d.events[0].start_date = { month: 2 } as never), 'events[0].start_date.year: is missing'],
    ['month 13', (d) => (d.events[0].start_date.month = 13), 'events[0].start_date.month: 13 is not within 1–12'],
    ['30 February', (d) => (d.events[0].start_date.day = 30), 'events[0].start_date.day: 30 does not exist'],
    ['a year beyond the human scale', (d) => (d.events[0].start_date = { year: 300000 } as never), 'events[0].start_date.year: 300000 is outside the human scale'],
    ['an era without an end', (d) => delete (d.eras[0] as Partial<Doc['eras'][0]>).end_date, 'eras[0].end_date: is missing'],
    ['a repeated unique_id', (d) => d.events.push({ ...d.events[0] }), 'events[1].unique_id: "a" is also the id of events[0]'],
    ['an event with the title’s id', (d) => (d.events[0].unique_id = 'title-slide'), 'is also the id of title'],
    ['an empty unique_id', (d) => (d.events[0].unique_id = ' '), 'events[0].unique_id: is empty'],
    ['an unknown scale', (d) => (d.scale = 'geological'), 'scale: "geological" is neither human nor cosmological'],
    ['markup in a group', (d) => (d.events[0].group = '<b>G</b>'), 'events[0].group: holds markup'],
    ['a group escaped only once', (d) => (d.events[0].group = '&lt;img src=x onerror=alert(1)&gt;'), 'events[0].group: becomes markup once TimelineJS3 decodes it'],
    ['a script in text', (d) => (d.events[0].text.text = '<script>x</script>'), 'events[0].text.text: holds a <script> tag'],
    ['a javascript: link', (d) => (d.events[0].text.text = '<a href="javascript:x">y</a>'), '<a> has the attribute href="javascript:x"'],
    ['an event handler', (d) => (d.events[0].text.headline = '<p onclick="x">y</p>'), '<p> has the attribute onclick="x"'],
    ['media without a url', (d) => ((d.events[0] as Record<string, unknown>).media = { caption: 'c' }), 'events[0].media: has no url'],
  ])('catches %s', (_name, breakIt, problem) => {
    const doc = good() as Doc;
    breakIt(doc);
    expect(checkTimelineFormat(doc).join('\n')).toContain(problem);
  });
});
