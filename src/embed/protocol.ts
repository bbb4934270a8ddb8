/**
 * The postMessage protocol between an embedded timeline and its host page. Every message is a
 * plain object with a namespaced `type`; anything else is ignored. No message carries anything
 * private: only heights, event and story ids, step numbers, filters and time windows.
 *
 * From the embed to its parent:
 *   { type: 'bilateral-timeline:loading' }                           the frame started and is fetching its data
 *   { type: 'bilateral-timeline:ready',  events: number }            data loaded and drawn
 *   { type: 'bilateral-timeline:height', height: number }            preferred height in CSS px
 *   { type: 'bilateral-timeline:select', id: string | null, url: string }  selection changed; url is the full-page link for that view
 *   { type: 'bilateral-timeline:step', story: string | null, step: number, of: number }
 *                                                                    a story moved (step 0 is its title card; story null: the reader left it)
 *   { type: 'bilateral-timeline:error', reason, message, … }         a message could not be carried out, or the data failed
 * From the parent to the embed:
 *   { type: 'bilateral-timeline:goto', id: string }                  select an event and show it
 *   { type: 'bilateral-timeline:goto', story: string, step?: number } open a story at a step (default 0, its title card)
 *   { type: 'bilateral-timeline:setFilters', categories?: string[] | null, actors?: string[] | null,
 *     certainty?: string[] | null, q?: string | null }               null clears a filter
 *   { type: 'bilateral-timeline:setView', from: string, to: string } | { …, fit: true }
 */
import { CERTAINTIES, type Certainty } from '../data/schema';
import { parsePartialDate } from '../model/dates';

/** The namespace every message type starts with. */
export const NAMESPACE = 'bilateral-timeline:';

/** A message the parent may send. */
export type InboundMessage =
  | { type: 'bilateral-timeline:goto'; id: string }
  | { type: 'bilateral-timeline:goto'; story: string; step: number }
  | { type: 'bilateral-timeline:setFilters'; categories?: string[] | null; actors?: string[] | null; certainty?: Certainty[] | null; q?: string | null }
  | { type: 'bilateral-timeline:setView'; from: string; to: string }
  | { type: 'bilateral-timeline:setView'; fit: true };

/** Why the embed could not do what it was asked, or could not load. */
export type ErrorReason = 'invalid-message' | 'unknown-event' | 'unknown-story' | 'unknown-id' | 'outside-data' | 'not-ready' | 'load-failed';

/** A message the embed sends. */
export type OutboundMessage =
  | { type: 'bilateral-timeline:loading' }
  | { type: 'bilateral-timeline:error'; reason: ErrorReason; message: string; ids?: string[] }
  | { type: 'bilateral-timeline:ready'; events: number }
  | { type: 'bilateral-timeline:height'; height: number }
  | { type: 'bilateral-timeline:select'; id: string | null; url: string }
  | { type: 'bilateral-timeline:step'; story: string | null; step: number; of: number };

const isSlug = (v: unknown): boolean => typeof v === 'string' && v.length <= 100 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIdList = (v: unknown): v is string[] | null =>
  v === null || (Array.isArray(v) && v.length <= 100 && v.every((x) => typeof x === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(x)));
const ALLOWED: Record<string, readonly string[]> = {
  'bilateral-timeline:goto': ['type', 'id', 'story', 'step'],
  'bilateral-timeline:setFilters': ['type', 'categories', 'actors', 'certainty', 'q'],
  'bilateral-timeline:setView': ['type', 'from', 'to', 'fit'],
};

/** True when data claims to be one of ours (a namespaced type), well-formed or not. */
export function isNamespaced(data: unknown): boolean {
  return isRecord(data) && typeof data.type === 'string' && data.type.startsWith(NAMESPACE);
}

/** The message if it is a well-formed inbound message, else null. Never throws. */
export function parseInbound(data: unknown): InboundMessage | null {
  if (!isRecord(data) || typeof data.type !== 'string' || !Object.hasOwn(ALLOWED, data.type)) return null;
  if (Object.keys(data).some((k) => !ALLOWED[data.type as string].includes(k))) return null;
  switch (data.type) {
    case 'bilateral-timeline:goto':
      if (data.story !== undefined || data.step !== undefined) {
        const step = data.step ?? 0;
        const wellFormed = data.id === undefined && isSlug(data.story) && typeof step === 'number' && Number.isInteger(step) && step >= 0 && step <= 999;
        return wellFormed ? { type: data.type, story: data.story as string, step } : null;
      }
      return isSlug(data.id) ? { type: data.type, id: data.id as string } : null;
    case 'bilateral-timeline:setFilters': {
      const { categories, actors, certainty, q } = data;
      if (categories !== undefined && !isIdList(categories)) return null;
      if (actors !== undefined && !isIdList(actors)) return null;
      if (certainty !== undefined && certainty !== null && !(Array.isArray(certainty) && certainty.every((c) => (CERTAINTIES as readonly unknown[]).includes(c)))) return null;
      if (q !== undefined && q !== null && (typeof q !== 'string' || q.length > 200)) return null;
      return { type: data.type, categories, actors, certainty: certainty as Certainty[] | null | undefined, q: q as string | null | undefined };
    }
    case 'bilateral-timeline:setView':
      if (data.fit === true && data.from === undefined && data.to === undefined) return { type: data.type, fit: true };
      if (typeof data.from === 'string' && typeof data.to === 'string' && parsePartialDate(data.from) && parsePartialDate(data.to) && data.fit === undefined) {
        return { type: data.type, from: data.from, to: data.to };
      }
      return null;
  }
  return null;
}
