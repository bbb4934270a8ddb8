// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { looksLikeMarkup, parseJson } from './parseJson';
import { MAX_DEPTH, scanJson } from './scanJson';

function problemOf(text: string): string {
  const parsed = parseJson(text);
  if (parsed.ok) throw new Error(`expected ${JSON.stringify(text.slice(0, 40))} to fail`);
  return parsed.problem.message;
}

describe('parseJson', () => {
  it.each([
    ['{"a": [1, 2.5e-3, -0, true, false, null, "x\\n\\u00e9\\"\\\\"]}'],
    [' \n\t{ } '],
    ['"just text"'],
    ['0'],
    ['[[], {}, [{}]]'],
  ])('parses %s as JSON.parse does', (text) => {
    const parsed = parseJson(text);
    expect(parsed).toEqual({ ok: true, value: JSON.parse(text), problems: [] });
  });

  it.each([
    ['', 'line 1, column 1: the file ends too soon'],
    ['{"version": 1, "id": "isr', 'line 1, column 26: the file ends too soon'],
    ['{\n  "events": [\n    {"id": "a"},\n', 'line 4, column 1: the file ends too soon'],
    ['[1, 2.', 'the file ends too soon'],
    ['{"a": tru', 'the file ends too soon'],
    ['{"a": "\\u12', 'the file ends too soon'],
    ["{'a': 1}", 'line 1, column 2: found a single quote (JSON needs double quotes) where a key in double quotes should be'],
    ['{"a": 1,}', 'line 1, column 9: found "}" where a key in double quotes should be'],
    ['[1 2]', 'line 1, column 4: found "2" where a comma or ] should be'],
    ['{"a" 1}', 'line 1, column 6: found "1" where a colon after the key should be'],
    ['{"a": 01}', 'line 1, column 8: found "1" where a comma or } should be'],
    ['{"a": "line\nbreak"}', 'line 1, column 12: found the control character "\\n"'],
    ['{"a": "\\x"}', 'line 1, column 9: found "x" where an escape'],
    ['{} {}', 'line 1, column 4: found "{" where nothing more after the end of the document should be'],
    ['{"a": undefined}', 'line 1, column 7: found "u" where a value'],
  ])('says where and why %j is not JSON', (text, expected) => {
    expect(problemOf(text)).toContain(expected);
  });

  it('reports nesting deeper than the limit without overflowing the stack, even 100,000 levels', () => {
    expect(problemOf('['.repeat(100_000) + ']'.repeat(100_000))).toBe(
      `nested too deeply at line 1, column ${MAX_DEPTH + 1}: more than ${MAX_DEPTH} levels of objects and lists (the format needs six)`,
    );
    expect(problemOf('{"a":'.repeat(100_000))).toMatch(/^nested too deeply/);
    // An unclosed deep text is still "too deep", found before its end.
    expect(problemOf('['.repeat(1_000_000))).toMatch(/^nested too deeply/);
  });

  it('accepts nesting up to the limit', () => {
    expect(parseJson('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH)).ok).toBe(true);
  });

  it('ignores a byte-order mark at the start', () => {
    expect(parseJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 }, problems: [] });
  });

  it.each(['<!doctype html><html><body>Not found</body></html>', '\n  <html>', '<?xml version="1.0"?><Error/>'])('names a web page for what it is: %j', (text) => {
    expect(problemOf(text)).toBe('this is a web page (HTML or XML), not JSON');
    expect(looksLikeMarkup(text)).toBe(true);
  });

  it('reports every key given twice in one object, with its path, and keeps the value JSON.parse gives', () => {
    const text = '{"events": [{"id": "a", "title": "one", "title": "two"}, {"id": "b", "i\\u0064": "c"}], "id": 1, "id": 2}';
    const parsed = parseJson(text);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    expect(parsed.value).toEqual(JSON.parse(text));
    expect(parsed.problems.map((p) => p.path)).toEqual([['events', 0, 'title'], ['events', 1, 'id'], ['id']]);
    expect(parsed.problems[0].message).toBe('the key "title" is given more than once in this object; JSON keeps only the last, so the others would be lost');
  });

  it('finds duplicates in objects with many keys too', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `"k${i}": ${i}`);
    const parsed = parseJson(`{${keys.join(',')}, "k7": 0}`);
    expect(parsed.ok && parsed.problems.map((p) => p.path)).toEqual([['k7']]);
  });

  it('keeps __proto__, constructor and prototype keys as plain data, never touching Object.prototype', () => {
    const parsed = parseJson('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "a": [{"__proto__": null}]}');
    expect(parsed.ok).toBe(true);
    const value = (parsed as { value: Record<string, unknown> }).value;
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor', 'a']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('scanJson', () => {
  it('says the text is JSON exactly when JSON.parse does, on a table of edge cases', () => {
    const cases = ['1', '-', '-1', '1e', '1e+', '1E-2', '.5', '1.', '"\\u00zz"', '"\\/"', 'nul', 'null', '[,]', '[1,]', '{"a":1,"b":}', '"\u2028"', ' ', '\uFEFF1'];
    for (const text of cases) {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect([text, scanJson(text).failure === null]).toEqual([text, parses]);
    }
  });
});
