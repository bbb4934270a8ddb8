// @vitest-environment node
// The loader against servers and files that misbehave: encodings, web pages, bodies cut short,
// stalls, redirects, sizes, and keys that try to reach Object.prototype.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadTimeline, MAX_BODY_BYTES, type LoadProgress, type LoadResult } from './load';

const VALID = readFileSync('test/fixtures/valid-minimal.json', 'utf8');
const encoder = new TextEncoder();

/** A fetch answering with these bytes (in chunks, with a pause between them) and headers. */
function serving(body: Uint8Array | string, { headers = {}, chunks = 1, pauseMs = 0, url = '' }: { headers?: Record<string, string>; chunks?: number; pauseMs?: number; url?: string } = {}) {
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  return vi.fn<typeof fetch>(async () => {
    const size = Math.ceil(bytes.length / chunks);
    let at = 0;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (at > 0 && pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, at + size));
        at += size;
      },
    });
    const response = new Response(stream, { status: 200, headers });
    if (url) Object.defineProperty(response, 'url', { value: url });
    return response;
  });
}

function failure(result: LoadResult) {
  if (result.ok) throw new Error('expected the load to fail');
  return result;
}

const utf16 = (text: string, bigEndian: boolean, bom: boolean) => {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  [...(bom ? '\uFEFF' : ''), ...text].join('').split('').forEach((_, i, all) => view.setUint16(i * 2, all.join('').charCodeAt(i), !bigEndian));
  return out;
};

describe('encodings', () => {
  it.each([
    ['UTF-8 with a byte-order mark', encoder.encode('\uFEFF' + VALID)],
    ['UTF-16 little-endian with a mark', utf16(VALID, false, true)],
    ['UTF-16 big-endian with a mark', utf16(VALID, true, true)],
    ['UTF-16 little-endian without a mark', utf16(VALID, false, false)],
    ['UTF-16 big-endian without a mark', utf16(VALID, true, false)],
  ])('reads %s, in one go and in slices', async (_, bytes) => {
    for (const sliceFromBytes of [Infinity, 0]) {
      const result = await loadTimeline('events.json', { fetch: serving(bytes), sliceFromBytes });
      expect(result.ok && result.timeline.events.map((e) => e.id)).toEqual(['recognition', 'arms-deal-2012']);
    }
  });

  it('says where a file stops being UTF-8 instead of replacing what it cannot read', async () => {
    const bytes = encoder.encode(VALID.replace('Israel', 'Isr\u00e6l'));
    const at = bytes.indexOf(0xc3);
    bytes[at] = 0xe6; // "æ" as Windows-1252 writes it: not UTF-8
    bytes[at + 1] = 0x20;
    const result = failure(await loadTimeline('events.json', { fetch: serving(bytes) }));
    expect(result.failure).toBe('json');
    expect(result.problems[0]).toMatch(/^events\.json: not valid UTF-8 text at line \d+, column \d+ \(was it saved in another encoding/);
  });
});

describe('what the server sends', () => {
  it('names a web page served where JSON was expected', async () => {
    const result = failure(await loadTimeline('events.json', { fetch: serving('<!doctype html><title>Sign in</title>', { headers: { 'content-type': 'text/html; charset=utf-8' } }) }));
    expect(result.failure).toBe('json');
    expect(result.problems).toEqual(['events.json: the server answered with a web page, not JSON (is the address right? It sent text/html.)']);
  });

  it('reads JSON whatever Content-Type the server gives it', async () => {
    expect((await loadTimeline('events.json', { fetch: serving(VALID, { headers: { 'content-type': 'text/html' } }) })).ok).toBe(true);
  });

  it('says the file ends too soon when the body is shorter than its Content-Length', async () => {
    const body = VALID.slice(0, 300);
    const result = failure(await loadTimeline('events.json', { fetch: serving(body, { headers: { 'content-length': String(VALID.length) } }) }));
    expect(result.failure).toBe('fetch');
    expect(result.problems).toEqual([`events.json: the file ends too soon: the server announced ${VALID.length.toLocaleString('en')} bytes and sent 300 bytes`]);
  });

  it('does not call a cross-origin body short, whose encoding it cannot see (compressed bodies are shorter on the wire)', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => Object.defineProperty(new Response(VALID, { headers: { 'content-length': '100' } }), 'type', { value: 'cors' }));
    expect((await loadTimeline('events.json', { fetch: fetchImpl })).ok).toBe(true);
  });

  it('says the file ends too soon when the connection breaks before the announced length', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => {
      let sent = false;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent) return controller.error(new TypeError('network error'));
          controller.enqueue(encoder.encode(VALID.slice(0, 500)));
          sent = true;
        },
      });
      return new Response(stream, { headers: { 'content-length': '4000' } });
    });
    const result = failure(await loadTimeline('events.json', { fetch: fetchImpl }));
    expect(result.problems).toEqual(['events.json: the file ends too soon: the connection closed after 500 bytes of 4,000 bytes (network error)']);
  });

  it('says the file ends too soon when a body without a length stops mid-document', async () => {
    const result = failure(await loadTimeline('events.json', { fetch: serving(VALID.slice(0, VALID.length / 2)) }));
    expect(result.failure).toBe('json');
    expect(result.problems[0]).toMatch(/: not valid JSON at line \d+, column \d+: the file ends too soon \(it looks cut short\)$/);
  });

  it('refuses a body larger than the limit before reading it', async () => {
    const fetchImpl = serving('{}', { headers: { 'content-length': String(MAX_BODY_BYTES + 1) } });
    const result = failure(await loadTimeline('events.json', { fetch: fetchImpl }));
    expect(result.problems[0]).toBe('events.json: the file is larger than 200 MB, more than this page can show');
  });

  it('returns the URL the data came from after a redirect', async () => {
    const result = await loadTimeline('https://a.example/events.json', { fetch: serving(VALID, { url: 'https://b.example/moved.json' }) });
    expect(result).toMatchObject({ ok: true, url: 'https://a.example/events.json', finalUrl: 'https://b.example/moved.json' });
  });
});

describe('a server that stalls', () => {
  it('gives up when no answer comes within the timeout, and says so', async () => {
    const fetchImpl = vi.fn<typeof fetch>(
      (_url, init) => new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')))),
    );
    const result = failure(await loadTimeline('events.json', { fetch: fetchImpl, idleTimeoutMs: 30 }));
    expect(result.failure).toBe('fetch');
    expect(result.problems).toEqual(['events.json: the server stopped answering: nothing arrived for 30 ms']);
  });

  it('gives up when the body stops arriving, but not while it keeps arriving slowly', async () => {
    const stalling = vi.fn<typeof fetch>(async (_url, init) => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode(VALID.slice(0, 100)));
          init!.signal!.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(stream);
    });
    expect(failure(await loadTimeline('events.json', { fetch: stalling, idleTimeoutMs: 40 })).problems[0]).toContain('stopped answering');
    // Six chunks 25 ms apart take 150 ms in all, longer than the 60 ms timeout, but never go quiet for it.
    expect((await loadTimeline('events.json', { fetch: serving(VALID, { chunks: 6, pauseMs: 25 }), idleTimeoutMs: 60 })).ok).toBe(true);
  });
});

describe('progress', () => {
  it('reports bytes arrived against the announced total while a slow body arrives, and nothing for a quick one', async () => {
    const seen: LoadProgress[] = [];
    const result = await loadTimeline('events.json', {
      fetch: serving(VALID, { chunks: 4, pauseMs: 60, headers: { 'content-length': String(VALID.length) } }),
      onProgress: (p) => seen.push(p),
    });
    expect(result.ok).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
    for (const p of seen) expect(p.total).toBe(VALID.length);
    expect(seen.map((p) => p.loaded)).toEqual([...seen.map((p) => p.loaded)].sort((a, b) => a - b));
    const quick: LoadProgress[] = [];
    await loadTimeline('events.json', { fetch: serving(VALID), onProgress: (p) => quick.push(p) });
    expect(quick).toEqual([]);
  });
});

describe('hostile documents', () => {
  it('refuses __proto__, constructor and prototype keys anywhere, and Object.prototype stays clean', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const data = JSON.parse(VALID);
    const text = JSON.stringify(data)
      .replace('{"version"', '{"__proto__": {"polluted": 1}, "version"')
      .replace('"id":"recognition"', '"id":"recognition","constructor":{"prototype":{"polluted":1}}')
      .replace('"quote":', '"prototype": {"polluted": 1}, "quote":');
    const result = failure(await loadTimeline('events.json', { fetch: serving(text) }));
    expect(result.failure).toBe('invalid');
    expect(result.problems).toEqual(expect.arrayContaining([
      'events.json: __proto__: "__proto__" is not a field of the format (check its spelling)',
      'events.json: events[0] "recognition" constructor: "constructor" is not a field of the format (check its spelling)',
    ]));
    expect(result.problems.some((line) => line.includes('prototype: "prototype" is not a field'))).toBe(true);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a key given twice with the event it is in, beside the validator’s problems', async () => {
    const text = VALID.replace('"title": "Recognition"', '"title": "First", "title": "Recognition"').replace('"certainty": "confirmed"', '"certainty": "sure"');
    const result = failure(await loadTimeline('events.json', { fetch: serving(text) }));
    expect(result.failure).toBe('invalid');
    expect(result.problems).toEqual([
      'events.json: events[0] "recognition" title: the key "title" is given more than once in this object; JSON keeps only the last, so the others would be lost',
      expect.stringMatching(/^events\.json: events\[\d\] "[\w-]+" certainty: certainty must be one of/),
    ]);
  });

  it('keeps very long text whole', async () => {
    const data = JSON.parse(VALID);
    data.events[0].title = 'T'.repeat(1_000_000);
    const result = await loadTimeline('events.json', { fetch: serving(JSON.stringify(data)) });
    expect(result.ok && result.timeline.byId.get('recognition')!.title.length).toBe(1_000_000);
  });
});
