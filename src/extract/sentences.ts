/**
 * Sentences with their exact offsets. Splitting uses compromise's tokenizer (the `one` build,
 * about 90 KB, browser-safe), which knows "Mr.", "U.N.", "Oct. 5" and initials, where
 * Intl.Segmenter splits after each of them. One rule is added on top: compromise keeps a
 * quotation that ends a sentence ("… irresponsible." Then …) joined to the next sentence.
 */
import nlp from 'compromise/one';

/** A sentence: offsets [start, end) in the text it was found in. */
export interface SentenceSpan {
  /** Offset of its first character. */
  start: number;
  /** Offset after its last character. */
  end: number;
}

// A sentence-closing quotation followed by a capitalised word.
const QUOTE_THEN_SENTENCE = /[.!?]["”’](?=\s+["“‘]?[A-Z])/g;

/** The sentences of `text[from, to)`, in order, as offsets into `text`. */
export function splitSentences(text: string, from = 0, to = text.length): SentenceSpan[] {
  const part = text.slice(from, to);
  const spans: SentenceSpan[] = [];
  let cursor = 0;
  for (const sentence of nlp(part).json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
    const words = sentence.text.trim();
    if (words === '') continue;
    // Prefer compromise's own offset; search from the cursor when it does not match exactly.
    let start = sentence.offset.start;
    if (part.slice(start, start + words.length) !== words) start = part.indexOf(words, cursor);
    if (start < 0) continue;
    cursor = start + words.length;
    for (const piece of splitAfterQuotations(words)) spans.push({ start: from + start + piece.start, end: from + start + piece.end });
  }
  return spans;
}

function splitAfterQuotations(sentence: string): SentenceSpan[] {
  const pieces: SentenceSpan[] = [];
  let start = 0;
  for (const match of sentence.matchAll(QUOTE_THEN_SENTENCE)) {
    const end = match.index + match[0].length;
    pieces.push({ start, end });
    start = end + (/^\s+/.exec(sentence.slice(end))?.[0].length ?? 0);
  }
  pieces.push({ start, end: sentence.length });
  return pieces;
}
