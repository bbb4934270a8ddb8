// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig, parseDataUrl, windowOf, type ViewConfig } from './urlConfig';

const BASE = 'https://timeline.example/page/';

describe('parseConfig defaults', () => {
  it.each(['', '?', '?&&'])('a bare URL %j gives the defaults and no warning', (search) => {
    const { config, warnings } = parseConfig(search);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(warnings).toEqual([]);
  });

  it('gives a frozen config', () => {
    expect(Object.isFrozen(parseConfig('?theme=dark').config)).toBe(true);
  });
});

describe('parseConfig per key', () => {
  // [key, a valid raw value, what it parses to, an invalid raw value]
  const CASES: [keyof ViewConfig, string, unknown, string][] = [
    ['data', 'https://data.example/events.json', 'https://data.example/events.json', 'javascript:alert(1)'],
    ['event', 'arms-deal-2012', 'arms-deal-2012', 'Arms Deal'],
    ['from', '2010', '2010', '2021-02-30'],
    ['to', '2014-06', '2014-06', '14'],
    ['categories', 'arms,energy', ['arms', 'energy'], 'arms;energy'],
    ['actors', 'ISR,AZE', ['ISR', 'AZE'], 'ISR,,AZE'],
    ['certainty', 'confirmed,alleged', ['confirmed', 'alleged'], 'rumoured'],
    ['theme', 'dark', 'dark', 'purple'],
    ['lang', 'he', 'he', 'fr'],
    ['lanes', 'actor', 'actor', 'country'],
    ['controls', 'minimal', 'minimal', 'some'],
    ['title', 'hide', false, 'maybe'],
  ];

  it.each(CASES)('%s=%s is read', (key, raw, expected) => {
    const { config, warnings } = parseConfig(`?${key}=${encodeURIComponent(raw)}`);
    expect(config[key]).toEqual(expected);
    expect(warnings).toEqual([]);
  });

  it.each(CASES)('%s with an invalid value falls back to the default with a warning naming the key', (key, _raw, _expected, bad) => {
    const { config, warnings } = parseConfig(`?${key}=${encodeURIComponent(bad)}`);
    expect(config[key]).toEqual(DEFAULT_CONFIG[key]);
    expect(warnings).toEqual([{ key, value: bad }]);
  });

  it.each([
    ['show', true],
    ['1', true],
    ['true', true],
    ['hide', false],
    ['0', false],
    ['false', false],
  ])('title=%s → %s', (raw, expected) => {
    expect(parseConfig(`?title=${raw}`).config.title).toBe(expected);
  });

  it('keeps the other keys when one is invalid', () => {
    const { config, warnings } = parseConfig('?theme=purple&lanes=actor&event=arms-deal-2012');
    expect(config).toMatchObject({ theme: 'auto', lanes: 'actor', event: 'arms-deal-2012' });
    expect(warnings.map((w) => w.key)).toEqual(['theme']);
  });

  it('trims values and removes duplicate ids', () => {
    const { config } = parseConfig('?theme=%20dark%20&categories=arms,arms,energy');
    expect(config.theme).toBe('dark');
    expect(config.categories).toEqual(['arms', 'energy']);
  });

  it('reads the search text as given, up to 200 characters', () => {
    expect(parseConfig('?q=arms+deal').config.q).toBe('arms deal');
    expect(parseConfig(`?q=${'a'.repeat(300)}`).config.q).toHaveLength(200);
  });

  it('reads an empty list as "none" (an empty filter), not as the default', () => {
    const { config, warnings } = parseConfig('?categories=&certainty=');
    expect(config.categories).toEqual([]);
    expect(config.certainty).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('warns about an unknown key without a value and ignores it', () => {
    const { config, warnings } = parseConfig('?zoom=3&theme=dark');
    expect(warnings).toEqual([{ key: 'zoom' }]);
    expect(config).toEqual({ ...DEFAULT_CONFIG, theme: 'dark' });
  });
});

describe('parseConfig from and to', () => {
  it('keeps a window whose end is not before its start', () => {
    for (const search of ['?from=2010&to=2014', '?from=2014&to=2014', '?from=2014-06&to=2014']) {
      const { config, warnings } = parseConfig(search);
      expect(warnings).toEqual([]);
      expect(config.from).not.toBeNull();
      expect(config.to).not.toBeNull();
    }
  });

  it.each(['?from=2014&to=2010', '?from=2014-06&to=2014-05', '?from=2014-06-02&to=2014-06-01'])('drops both of %s with a warning', (search) => {
    const { config, warnings } = parseConfig(search);
    expect(config.from).toBeNull();
    expect(config.to).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(['from', 'to']).toContain(warnings[0].key);
  });

  it.each([
    ['2010', '2014', Date.UTC(2010, 0, 1), Date.UTC(2015, 0, 1)],
    ['2012-02', '2012-02', Date.UTC(2012, 1, 1), Date.UTC(2012, 2, 1)],
    ['2012-02-26', '2012-03-01', Date.UTC(2012, 1, 26), Date.UTC(2012, 2, 2)],
  ])('windowOf(%s, %s) runs to the end of "to"', (from, to, t0, t1) => {
    expect(windowOf(from, to)).toEqual([t0, t1]);
  });
});

describe('data URLs', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:application/json,{}',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    'ftp://example.org/events.json',
    'blob:https://timeline.example/1234',
    '',
  ])('refuses %j', (raw) => {
    expect(parseDataUrl(raw, BASE)).toBeNull();
  });

  it.each([
    'events.json',
    './data/other.json',
    '/data/other.json',
    '../other.json',
    'https://data.example/events.json',
    'http://data.example/events.json',
    'HTTPS://DATA.EXAMPLE/x.json',
  ])('accepts %j as written', (raw) => {
    expect(parseDataUrl(raw, BASE)).toBe(raw);
  });

  it('refuses javascript: in the page URL too, with a warning', () => {
    const { config, warnings } = parseConfig(`?data=${encodeURIComponent(' javascript:alert(document.domain)')}`, BASE);
    expect(config.data).toBeNull();
    expect(warnings).toEqual([{ key: 'data', value: ' javascript:alert(document.domain)' }]);
  });

  it('does not throw on a base that is not a URL', () => {
    expect(parseDataUrl('events.json', 'not a url')).toBeNull();
  });
});

describe('parseConfig never throws', () => {
  it.each([
    '%E0%A4%A',
    '?%E0%A4%A=%E0%A4%A',
    '?q=%E0%A4%A',
    '?=&&=',
    '?=',
    '?&&&',
    '?from=2021-02-30',
    '?from=&to=',
    '?to=9999-99-99',
    '?from=0000&to=0000-01-01',
    '?event=%00',
    '?categories=%2C%2C',
    '?title',
    '?data=%',
    '?data=http://',
    '?data=https://[::1',
    '?lang=__proto__',
    '?__proto__=1',
    '?constructor=x&toString=y',
    '#?theme=dark',
    '?' + 'x=1&'.repeat(2000),
    '?q=' + '\u{1F600}'.repeat(300),
  ])('%j gives a complete config', (search) => {
    let result: ReturnType<typeof parseConfig> | undefined;
    expect(() => (result = parseConfig(search, BASE))).not.toThrow();
    expect(Object.keys(result!.config).sort()).toEqual(Object.keys(DEFAULT_CONFIG).sort());
    expect(Array.isArray(result!.warnings)).toBe(true);
  });

  it('reports the impossible date 2021-02-30 as an invalid from', () => {
    expect(parseConfig('?from=2021-02-30').warnings).toEqual([{ key: 'from', value: '2021-02-30' }]);
  });

  it('reports an empty key as an unknown option', () => {
    expect(parseConfig('?=&&=').warnings).toEqual([{ key: '' }, { key: '' }]);
  });

  it('does not let __proto__ or constructor reach the config object', () => {
    const { config } = parseConfig('?__proto__=x&constructor=y&lang=__proto__');
    expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
    expect(config.lang).toBeNull();
  });
});
