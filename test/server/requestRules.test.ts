// The pure rules of the save server, case by case: who may talk to it, how a conditional PUT
// fares, which bodies count as JSON.
import { describe, expect, it } from 'vitest';
import { refusal } from '../../server/requestGuard';
import { checkPreconditions, etagOf } from '../../server/etag';
import { isJsonContentType } from '../../server/requestBody';

describe('refusal', () => {
  const port = 4174;
  it.each([
    [{ host: '127.0.0.1:4174' }, false, null],
    [{ host: 'localhost:4174' }, true, null],
    [{ host: 'LOCALHOST:4174', origin: 'http://localhost:4174' }, true, null],
    [{ host: '127.0.0.1:4174', origin: 'http://127.0.0.1:4174', 'sec-fetch-site': 'same-origin' }, true, null],
    [{ host: '127.0.0.1:4174', 'sec-fetch-site': 'none' }, true, null],
    [{ host: '127.0.0.1:4174', 'sec-fetch-site': 'cross-site' }, false, null], // a link from elsewhere may open the page
    [{ host: '127.0.0.1:4174', 'sec-fetch-site': 'cross-site' }, true, /cross-site/],
    [{ host: '127.0.0.1:4174', 'sec-fetch-site': 'same-site' }, true, /same-site/],
    [{}, false, /Host/],
    [{ host: '127.0.0.1' }, false, /Host/],
    [{ host: '127.0.0.1:4175' }, false, /Host/],
    [{ host: 'attacker.example:4174' }, false, /Host/],
    [{ host: '0.0.0.0:4174' }, false, /Host/],
    [{ host: '127.0.0.1:4174', origin: 'http://localhost:4174' }, true, /refused/],
    [{ host: '127.0.0.1:4174', origin: 'null' }, false, /refused/],
    [{ host: '127.0.0.1:4174', origin: 'http://127.0.0.1:4174.attacker.example' }, true, /refused/],
  ])('%j (API: %s) → %s', (headers, isApi, expected) => {
    const result = refusal(headers, port, isApi);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatch(expected);
  });
});

describe('checkPreconditions', () => {
  const current = etagOf(Buffer.from('on disk'));
  const other = etagOf(Buffer.from('elsewhere'));
  it.each([
    [undefined, undefined, current, 'required'],
    [current, undefined, current, 'go'],
    [other, undefined, current, 'failed'],
    [`${other}, ${current}`, undefined, current, 'go'],
    [`W/${current}`, undefined, current, 'failed'], // If-Match compares strongly
    ['*', undefined, current, 'go'],
    ['*', undefined, undefined, 'failed'],
    [current, undefined, undefined, 'failed'],
    [undefined, '*', undefined, 'go'],
    [undefined, '*', current, 'failed'],
    [undefined, other, current, 'go'],
    [undefined, `W/${current}`, current, 'failed'],
    ['garbage', undefined, current, 'failed'],
  ])('If-Match %s, If-None-Match %s, on disk %s → %s', (ifMatch, ifNoneMatch, onDisk, expected) => {
    expect(checkPreconditions(ifMatch, ifNoneMatch, onDisk)).toBe(expected);
  });

  it('gives equal bytes equal ETags and different bytes different ones', () => {
    expect(etagOf(Buffer.from('a'))).toBe(etagOf(new TextEncoder().encode('a')));
    expect(etagOf(Buffer.from('a'))).not.toBe(etagOf(Buffer.from('b')));
    expect(etagOf(Buffer.from('a'))).toMatch(/^"sha256-[\w-]{43}"$/);
  });
});

describe('isJsonContentType', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON; Charset="UTF-8"', true],
    ['application/json;charset=latin1', false],
    ['text/plain', false],
    ['application/x-www-form-urlencoded', false],
    ['multipart/form-data; boundary=x', false],
    ['application/jsonx', false],
    [undefined, false],
  ])('%s → %s', (value, expected) => {
    expect(isJsonContentType(value)).toBe(expected);
  });
});
