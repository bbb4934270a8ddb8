// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { validateDataset } from './validate';
import { parseJson } from './parseJson';
import { formatProblem } from './problems';

const FIXTURES = 'test/fixtures';

/** Every problem line the validator prints for a fixture file. */
function problemLines(file: string): string[] {
  const parsed = parseJson(readFileSync(file, 'utf8'));
  if (!parsed.ok) return [formatProblem(file, parsed.problem)];
  const result = validateDataset(parsed.value);
  return result.ok ? [] : result.problems.map((p) => formatProblem(file, p));
}

describe('validateDataset', () => {
  it('accepts the minimal valid fixture', () => {
    expect(problemLines(`${FIXTURES}/valid-minimal.json`)).toEqual([]);
  });

  // One fixture per rule; each breaks exactly that rule, and the line must name the place,
  // the event where there is one, and what is wrong.
  it.each([
    ['end-before-start', 'events[1] "arms-deal-2012" end: end 2011 is before start 2012'],
    ['impossible-date', 'events[1] "arms-deal-2012" start: this date does not exist in the calendar (found "2021-02-30")'],
    ['bad-date-shape', 'events[1] "arms-deal-2012" start: a date must be written YYYY, YYYY-MM or YYYY-MM-DD (found "26/02/2012")'],
    ['missing-title', 'events[1] "arms-deal-2012" title: title is missing'],
    ['empty-summary', 'events[1] "arms-deal-2012" summary: a summary must not be empty'],
    ['unknown-field', 'events[1] "arms-deal-2012" sumary: "sumary" is not a field of the format (check its spelling)'],
    ['bad-certainty', 'events[1] "arms-deal-2012" certainty: certainty must be one of: confirmed, reported, alleged, disputed (found "rumoured")'],
    ['bad-value-kind', 'events[1] "arms-deal-2012" value.kind: kind must be one of: announced, estimated, cumulative (found "guessed")'],
    ['negative-value', 'events[1] "arms-deal-2012" value.amount: an amount cannot be negative (found -5)'],
    ['bad-currency', 'events[1] "arms-deal-2012" value.currency: a currency must be a three-letter ISO 4217 code such as USD (found "dollars")'],
    ['no-sources', 'events[1] "arms-deal-2012" sources: every event needs at least one source'],
    ['empty-quote', 'events[1] "arms-deal-2012" sources[0].quote: a quote must not be empty'],
    ['empty-claims', 'events[0] "recognition" sources[0].claims: claims must say at least one thing the source states differently'],
    ['bad-claims-date', 'events[0] "recognition" sources[0].claims.start: this date does not exist in the calendar (found "1992-13")'],
    ['claims-end-before-start', 'events[0] "recognition" sources[0].claims.end: claimed end 1993 is before claimed start 1995'],
    ['unknown-category', 'events[1] "arms-deal-2012" category: category "trade" is not in categories'],
    ['unknown-actor', 'events[1] "arms-deal-2012" actors[1]: actor "XYZ" is not in actors'],
    ['unknown-source', 'events[1] "arms-deal-2012" sources[0].source: source "nowhere" is not in sources'],
    ['unknown-pair-actor', 'pair[1]: pair names actor "ARM", which is not in actors'],
    ['same-pair', 'pair: pair must name two different actors'],
    ['pair-of-three', 'pair[2]: this list has more items than allowed'],
    ['duplicate-event-id', 'events[1] "recognition" id: id "recognition" is used twice in events (first at events[0])'],
    ['duplicate-actor-id', 'actors[2].id: id "ISR" is used twice in actors (first at actors[0])'],
    ['duplicate-category-id', 'categories[2].id: id "arms" is used twice in categories (first at categories[1])'],
    ['duplicate-source-id', 'sources[1].id: id "paper" is used twice in sources (first at sources[0])'],
    ['duplicate-era-id', 'eras[1].id: id "war" is used twice in eras (first at eras[0])'],
    ['era-end-before-start', 'eras[0].end: end 2019 is before start 2020-09-27'],
    ['uncited-source', 'sources[1]: source "unused" is listed but no event cites it'],
    ['non-http-url', 'sources[0].url: a link must be a full http:// or https:// address (found "javascript:alert(1)")'],
    ['bad-event-id', 'events[1] "Arms Deal" id: an event id must be a slug of lower-case letters, digits and single hyphens (found "Arms Deal")'],
    // The badly written id also leaves the pair and two events naming an actor that is not there.
    ['bad-actor-id', 'actors[1].id: an actor id must be an ISO 3166-1 alpha-3 code (ISR) or a lower-case slug (found "Azerbaijan")', 4],
    ['wrong-version', 'version: version must be 1 (found 2)'],
    ['empty-actors-on-event', 'events[1] "arms-deal-2012" actors: an event needs at least one actor'],
    ['approximate-not-boolean', 'events[1] "arms-deal-2012" approximate: approximate must be true or false (found "yes")'],
    ['malformed-json', 'not valid JSON at line 4, column 1'],
  ] as [string, string, number?][])('%s: reports the rule it breaks', (name, expected, count = 1) => {
    const file = `${FIXTURES}/invalid/${name}.json`;
    const lines = problemLines(file);
    expect(lines).toHaveLength(count);
    expect(lines.filter((line) => line.startsWith(`${file}: ${expected}`))).toHaveLength(1);
  });

  it('has a table row for every invalid fixture', () => {
    const files = readdirSync(`${FIXTURES}/invalid`).filter((f) => f.endsWith('.json'));
    expect(files.length).toBe(35);
  });

  it('reports every problem, not only the first', () => {
    const data = JSON.parse(readFileSync(`${FIXTURES}/valid-minimal.json`, 'utf8'));
    data.events[0].certainty = 'maybe';
    data.events[1].start = '2012-13';
    delete data.events[1].summary;
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path.join('.'))).toEqual(['events.0.certainty', 'events.1.summary', 'events.1.start']);
  });

  describe('structural and cross-reference problems in one run', () => {
    const minimal = () => JSON.parse(readFileSync(`${FIXTURES}/valid-minimal.json`, 'utf8'));
    const lines = (data: unknown) => {
      const result = validateDataset(data);
      return result.ok ? [] : result.problems.map((p) => formatProblem('f', p));
    };

    it('reports a bad certainty in one event and an unknown category in another together', () => {
      const data = minimal();
      data.events[0].certainty = 'rumoured';
      data.events[1].category = 'trade';
      expect(lines(data)).toEqual([
        'f: events[0] "recognition" certainty: certainty must be one of: confirmed, reported, alleged, disputed (found "rumoured")',
        'f: events[1] "arms-deal-2012" category: category "trade" is not in categories',
      ]);
    });

    it('checks the references of an event that also fails the schema, and keeps its problems together', () => {
      const data = minimal();
      data.events[1].title = 42;
      data.events[1].actors = ['ISR', 'XYZ'];
      data.events[0].end = '1990';
      expect(lines(data)).toEqual([
        'f: events[0] "recognition" end: end 1990 is before start 1991-12-25',
        'f: events[1] "arms-deal-2012" title: a title must be text (found 42)',
        'f: events[1] "arms-deal-2012" actors[1]: actor "XYZ" is not in actors',
      ]);
    });

    it('reads what it can when whole parts have the wrong type', () => {
      const data = minimal();
      data.categories = 'arms, diplomacy';
      data.sources[0] = null;
      data.events[0].sources = { source: 'x' };
      data.events[1].actors = ['AZE', 'XYZ'];
      const found = lines(data);
      expect(found).toContain('f: categories: categories should be a list but is text "arms, diplomacy"');
      expect(found).toContain('f: sources[0]: this item should be an object but is null');
      expect(found).toContain('f: events[0] "recognition" sources: sources must be a list of citations');
      expect(found).toContain('f: events[1] "arms-deal-2012" actors[1]: actor "XYZ" is not in actors');
      // Without readable categories (or with a source whose id cannot be read) a reference
      // cannot be judged: none is reported as unknown.
      expect(found.filter((l) => /is not in (categories|sources)/.test(l))).toEqual([]);
    });

    it.each([['zero-width spaces', '\u200B\u200B'], ['direction marks', '\u200F\u202E'], ['a byte-order mark and a space', '\uFEFF ']])('refuses a title of only %s as empty', (_, title) => {
      const data = minimal();
      data.events[0].title = title;
      expect(lines(data)).toEqual([`f: events[0] "recognition" title: a title must not be empty (found ${JSON.stringify(title).replace(/[\u200B-\u202E\uFEFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`)})`]);
    });

    it('accepts a title with invisible characters beside visible ones', () => {
      const data = minimal();
      data.events[0].title = '\u202Bשלום\u202C zero\u200Bwidth';
      expect(lines(data)).toEqual([]);
    });

    it('does not report a value the schema refused a second time as a broken reference', () => {
      const data = minimal();
      data.events[1].category = ' ';
      expect(lines(data)).toEqual(['f: events[1] "arms-deal-2012" category: a category must not be empty (found " ")']);
    });

    it('reports no source as uncited when the events cannot be read', () => {
      const data = minimal();
      data.events = {};
      expect(lines(data)).toEqual(['f: events: events should be a list but is an object']);
    });
  });

  it('rejects a document that is not an object at all', () => {
    const result = validateDataset([1, 2, 3]);
    expect(result.ok).toBe(false);
  });
});
