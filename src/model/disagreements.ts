/**
 * Where a source says something other than the record: for the "sources disagree" block.
 */
import type { Citation, TimelineEvent, Value } from './types';

/** One field on which one citation differs from the record. */
export interface Disagreement {
  /** Which field. */
  field: 'start' | 'end' | 'value' | 'certainty' | 'summary';
  /** What the record says (null when the record has nothing for that field). */
  record: string | Value | null;
  /** What the source claims. */
  claimed: string | Value;
}

/** The fields on which a citation's claims differ from the event's record, in a fixed order. */
export function disagreementsOf(event: TimelineEvent, citation: Citation): Disagreement[] {
  const claims = citation.claims;
  if (!claims) return [];
  const out: Disagreement[] = [];
  if (claims.start !== undefined && claims.start !== event.start) out.push({ field: 'start', record: event.start, claimed: claims.start });
  if (claims.end !== undefined && claims.end !== event.end) out.push({ field: 'end', record: event.end ?? null, claimed: claims.end });
  if (claims.value !== undefined && !sameValue(claims.value, event.value)) out.push({ field: 'value', record: event.value ?? null, claimed: claims.value });
  if (claims.certainty !== undefined && claims.certainty !== event.certainty) out.push({ field: 'certainty', record: event.certainty, claimed: claims.certainty });
  if (claims.summary !== undefined) out.push({ field: 'summary', record: event.summary, claimed: claims.summary });
  return out;
}

function sameValue(a: Value, b: Value | undefined): boolean {
  return !!b && a.amount === b.amount && a.currency === b.currency && a.kind === b.kind;
}
