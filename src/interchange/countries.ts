/**
 * Countries by ISO 3166-1 alpha-3 code, named in English, from i18n-iso-countries. Only the
 * English names are registered, so a browser bundle carries one locale; in Node the package
 * registers every locale itself and registering English again changes nothing.
 */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(english);

/** The English name of a country, or undefined when the code is not an ISO 3166-1 alpha-3 code. */
export function countryName(alpha3: string): string | undefined {
  if (!/^[A-Z]{3}$/.test(alpha3)) return undefined;
  return countries.getName(alpha3, 'en') ?? undefined;
}

/** The outcome of reading a `--pair A,B` argument. */
export type PairArgument = { ok: true; pair: [string, string] } | { ok: false; message: string };

/** Reads "ISR,AZE" (any case, spaces allowed) as two different alpha-3 country codes. */
export function parsePairArgument(text: string): PairArgument {
  const codes = text.split(',').map((code) => code.trim().toUpperCase());
  if (codes.length !== 2 || codes.some((code) => code === '')) {
    return { ok: false, message: `--pair needs two country codes separated by a comma, such as ISR,AZE (got "${text}")` };
  }
  const unknown = codes.filter((code) => countryName(code) === undefined);
  if (unknown.length) {
    return { ok: false, message: `--pair: ${unknown.map((c) => `"${c}"`).join(' and ')} ${unknown.length === 1 ? 'is not an' : 'are not'} ISO 3166-1 alpha-3 country code${unknown.length === 1 ? '' : 's'} (such as ISR, AZE, USA)` };
  }
  if (codes[0] === codes[1]) return { ok: false, message: `--pair must name two different countries (got ${codes[0]} twice)` };
  return { ok: true, pair: [codes[0], codes[1]] };
}

let namePattern: { pattern: RegExp; codeByName: Map<string, string> } | undefined;

/**
 * Country codes named in a text, in order of first mention: "Israel and Azerbaijan" → ISR, AZE.
 * Names and their common aliases ("United States", "U.S.A.") match whole words, case and all,
 * so "Turkey" matches where "turkey" does not. A heuristic, used only to suggest a pair that the
 * import report then names.
 */
export function countriesNamedIn(text: string): string[] {
  const { pattern, codeByName } = (namePattern ??= buildNamePattern());
  const found: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const code = codeByName.get(match[1]);
    if (code && !found.includes(code)) found.push(code);
  }
  return found;
}

function buildNamePattern() {
  const codeByName = new Map<string, string>();
  const all = countries.getNames('en', { select: 'all' });
  for (const [alpha2, names] of Object.entries(all)) {
    const alpha3 = countries.alpha2ToAlpha3(alpha2);
    // Two-letter aliases ("US", "UK") are too often something else.
    if (alpha3) for (const name of names) if (name.length > 2 && !codeByName.has(name)) codeByName.set(name, alpha3);
  }
  // Longest first, so "Guinea-Bissau" wins over "Guinea" and "Niger" does not match inside "Nigeria".
  const names = [...codeByName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { pattern, codeByName };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
