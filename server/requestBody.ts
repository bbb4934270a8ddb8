/**
 * Reads a PUT's body: JSON in UTF-8 only, and never more than the limit. A declared length over
 * the limit is refused before a byte is read; a chunked body is cut off as it passes the limit.
 * What is left of a refused body Node's server reads and drops before the answer's connection
 * is reused, so the client always gets the answer rather than a reset.
 */
import type { IncomingMessage } from 'node:http';

/** A body as text, or why it cannot be had. */
export type BodyResult = { ok: true; text: string } | { ok: false; status: 400 | 413; message: string };

/** Whether a Content-Type says JSON in UTF-8 (the only charset JSON may use, RFC 8259). */
export function isJsonContentType(value: string | undefined): boolean {
  if (value === undefined) return false;
  const [type, ...params] = value.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((param) => !param.startsWith('charset=') || /^charset="?utf-8"?$/.test(param));
}

/** Reads the body of `req` as UTF-8 text of at most `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const tooLarge: BodyResult = { ok: false, status: 413, message: `the body is larger than ${limit} bytes (${limit / 1024 / 1024} MiB)` };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(tooLarge);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.off('end', onEnd);
      resolve(tooLarge);
    };
    const onEnd = () => {
      try {
        // fatal: a byte sequence that is not UTF-8 is refused rather than turned into U+FFFD.
        resolve({ ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) });
      } catch {
        resolve({ ok: false, status: 400, message: 'the body is not valid UTF-8' });
      }
    };
    req.on('data', onData);
    req.on('end', onEnd);
    // A client that goes away mid-body ends the wait (a promise settles once: after 'end' this is a no-op).
    const cutOff = () => resolve({ ok: false, status: 400, message: 'the body could not be read to its end' });
    req.on('error', cutOff);
    req.on('close', cutOff);
  });
}
