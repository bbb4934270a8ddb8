/**
 * A short title from a clause: the clause without its date words, discourse openers ("It
 * was for this reason that", "However,") and trailing punctuation, cut at about ten words.
 * A reviewer rewrites titles anyway; this one only has to say which event it is.
 */

import { VISIBLE } from '../data/schema';

const OPENERS = /^(?:(?:it\s+was\s+(?:for\s+this\s+reason\s+)?(?:then\s+)?that|however|but|and|so|meanwhile|then|also|moreover|in\s+addition|furthermore|still|yet|thus|since\s+then|after\s+that|at\s+that\s+time|by\s+then)\b[,\s]*)+/i;
const MAX_WORDS = 10;

/**
 * A headline for `clause`, leaving out the given date words; when nothing visible is left (a
 * clause that is only its date, "between May 14 and 16, 2018"), the clause with them.
 */
export function makeTitle(clause: string, dateWords: string[]): string {
  let text = clause;
  for (const words of dateWords) {
    const at = text.indexOf(words);
    if (at < 0) continue;
    const before = text.slice(0, at).replace(/\b(?:in|on|since|from|by|during|until|till|of|as\s+of|between|at)\s*$/i, '');
    text = `${before} ${text.slice(at + words.length).replace(/^\s*,/, '')}`;
  }
  const title = headline(text.replace(/\s+/g, ' ').trim().replace(/^[,;:–—-]\s*/, '').replace(OPENERS, '').replace(/^[,;:–—-]\s*/, ''));
  return VISIBLE.test(title) ? title : headline(clause.replace(/\s+/g, ' ').trim());
}

/** The text cut at about MAX_WORDS words, without trailing punctuation or opening quotes, capitalised. */
function headline(text: string): string {
  const words = text.split(' ');
  let title = words.slice(0, MAX_WORDS).join(' ');
  if (words.length > MAX_WORDS) {
    const comma = title.lastIndexOf(',');
    title = (comma > 20 ? title.slice(0, comma) : title) + '…';
  }
  title = title.replace(/[\s,;:.–—-]+(…?)$/, '$1').replace(/^["“'‘(]+/, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}
