/** Answers with the headers every response of the save server carries. */
import type { ServerResponse } from 'node:http';
import type { ErrorBody, ErrorCode } from '../src/editor/saveProtocol';

/**
 * Headers on every answer: no MIME sniffing, no framing by other sites (a page that frames the
 * editor could trick a click on Save), and no reading of its bytes by other origins.
 */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'SAMEORIGIN',
  'Content-Security-Policy': "frame-ancestors 'self'",
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/** Sends bytes that are already JSON; never cached, since the file on disk can change any time. */
export function sendJsonBytes(res: ServerResponse, status: number, bytes: Uint8Array, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(bytes.byteLength),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : bytes);
}

/** Sends a value as JSON. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendJsonBytes(res, status, Buffer.from(JSON.stringify(body)), headers);
}

/** Sends an error answer: a code and a message in words (plus details for 412 and 422). */
export function sendError(res: ServerResponse, status: number, error: ErrorCode, message: string, extra: Partial<ErrorBody> = {}, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error, message, ...extra } satisfies ErrorBody, headers);
}
