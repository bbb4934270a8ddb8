/**
 * Slugs for ids made on import: lower-case ASCII letters, digits and single hyphens, the shape
 * the store's schema demands. Deterministic, so importing the same file twice gives the same
 * ids, and deduplicated in document order, so the first of two equal headlines keeps the plain
 * slug and the second gets "-2".
 */

/** Longest slug made from free text; long headlines are cut at a word boundary. */
const MAX_SLUG_LENGTH = 60;

/**
 * "Grace Hopper invents the compiler" → "grace-hopper-invents-the-compiler". Accents are
 * removed (Spärck → sparck); letters outside ASCII after that (Cyrillic, Hebrew) are dropped,
 * so a slug may come back empty and callers need a fallback.
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/gi, 'ae')
    .replace(/[ø]/gi, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase();
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) return slug || word.slice(0, maxLength);
    slug = next;
  }
  return slug;
}

/** Hands out ids that are unique within one list, in the order asked. */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /** Marks ids as used without allocating them (ids the input already fixed). */
  reserve(id: string): void {
    this.taken.add(id);
  }

  /** True when the id is already taken. */
  has(id: string): boolean {
    return this.taken.has(id);
  }

  /** `wanted` if free, else `wanted-2`, `wanted-3`, …; the result is taken from then on. */
  allocate(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.taken.has(id); n++) id = `${wanted}-${n}`;
    this.taken.add(id);
    return id;
  }
}
