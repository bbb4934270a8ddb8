/**
 * The pages' security policy, written once: vite.config.ts puts it in the built HTML (a
 * <meta http-equiv>, so any static host serves it) and in the headers of `vite preview` /
 * `npm start`; the README lists what a static host should send; the end-to-end tests check both.
 *
 * Everything the pages load comes from their own origin, except datasets, which `?data=` may
 * fetch from any http(s) address (connect-src). No inline script or style, no eval.
 */

/** The Content-Security-Policy every page carries, in a meta tag and in a header. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // Datasets named by ?data= may live on any http(s) origin that allows CORS.
  "connect-src 'self' http: https:",
  "worker-src 'self'",
  // The embed dialog's live preview is this site's own embed page.
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Who may frame a page. Only a header can say this (browsers ignore frame-ancestors in a meta
 * tag): the embed may be framed by any site, so it gets none; the main page only by itself.
 */
export const FRAME_ANCESTORS: Record<'main' | 'embed', string | null> = { main: "frame-ancestors 'self'", embed: null };

/** No page sends the reader's URL (which holds their search and selection) to anyone. */
export const REFERRER_POLICY = 'no-referrer';

/** The headers a page at `path` is served with ("/", "/index.html", "/embed.html", …). */
export function pageHeaders(path: string): Record<string, string> {
  const ancestors = FRAME_ANCESTORS[/\/embed\.html$/.test(path) ? 'embed' : 'main'];
  return {
    'Content-Security-Policy': ancestors ? `${CONTENT_SECURITY_POLICY}; ${ancestors}` : CONTENT_SECURITY_POLICY,
    'Referrer-Policy': REFERRER_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}
