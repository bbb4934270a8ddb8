/**
 * Who may talk to the save server. It writes files on the person's disk, so a web page they
 * happen to visit must not be able to reach it:
 * - `Host` must name this server (127.0.0.1 or localhost at the port it listens on): a page on
 *   another name that resolves to 127.0.0.1 (DNS rebinding) carries its own name here;
 * - `Origin`, when present, must be the origin the request is addressed to: browsers send it
 *   with every cross-origin request and with every PUT;
 * - API requests marked `Sec-Fetch-Site: cross-site` or `same-site` by the browser are refused
 *   too, as a second line behind `Origin` (another port on localhost is same-site).
 * There are no CORS headers, so a browser never lets another origin read an answer either.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** Why a request is refused, or null when it may go on. Reads headers only. */
export function refusal(headers: IncomingHttpHeaders, port: number, isApi: boolean): string | null {
  const host = (headers.host ?? '').toLowerCase();
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    return `Host "${headers.host ?? ''}" is not this server (127.0.0.1:${port} or localhost:${port})`;
  }
  const origin = headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) {
    return `requests from ${origin} are refused: only pages served by http://${host} may use it`;
  }
  const site = headers['sec-fetch-site'];
  if (isApi && site !== undefined && site !== 'same-origin' && site !== 'none') {
    return `a ${site} request is refused: only pages served by http://${host} may use the API`;
  }
  return null;
}
