/**
 * ETags and the conditional-request rules of RFC 9110 §13 as a PUT needs them. An ETag is a
 * strong validator: the SHA-256 of the file's bytes, so a `git pull` or a hand edit changes it
 * as surely as a save through the server does.
 */
import { createHash } from 'node:crypto';

/** The strong ETag of a file's bytes, e.g. `"sha256-3q2+7w…"` (quotes included). */
export function etagOf(bytes: Uint8Array): string {
  return `"sha256-${createHash('sha256').update(bytes).digest('base64url')}"`;
}

/** How a conditional PUT fares against the version on disk (undefined: no file). */
export type Precondition = 'go' | 'required' | 'failed';

/**
 * Evaluates `If-Match` then `If-None-Match` (RFC 9110 §13.2.2) for a PUT. A PUT with neither
 * is refused (428): a save must say which version it replaces, or that it creates.
 */
export function checkPreconditions(ifMatch: string | undefined, ifNoneMatch: string | undefined, current: string | undefined): Precondition {
  if (ifMatch === undefined && ifNoneMatch === undefined) return 'required';
  if (ifMatch !== undefined && !matches(ifMatch, current, 'strong')) return 'failed';
  if (ifNoneMatch !== undefined && matches(ifNoneMatch, current, 'weak')) return 'failed';
  return 'go';
}

/** Whether a header's list (or `*`) matches the current ETag. */
function matches(header: string, current: string | undefined, comparison: 'strong' | 'weak'): boolean {
  if (current === undefined) return false;
  if (header.trim() === '*') return true;
  return parseTags(header).some((tag) => {
    const weak = tag.startsWith('W/');
    // Strong comparison (If-Match): a weak tag never matches. Weak (If-None-Match): opaque parts.
    if (weak && comparison === 'strong') return false;
    return (weak ? tag.slice(2) : tag) === current;
  });
}

/** The entity tags of a comma-separated list; quoted strings may not contain commas anyway. */
function parseTags(header: string): string[] {
  return header.match(/(?:W\/)?"[^"]*"/g) ?? [];
}
