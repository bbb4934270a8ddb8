/**
 * Types shared by the extractor's stages: an article as text plus its structure, the dates
 * found in its sentences, and the candidate events built from them. Pure data; no Node, no DOM.
 */
import type { Certainty, DateMethod, Value } from '../data/schema';
import type { Precision } from '../model/dates';

/** What a stretch of the article is: it decides which rules apply to the sentences inside. */
export type BlockKind = 'title' | 'heading' | 'paragraph' | 'list-item' | 'caption';

/** A stretch of the article text: offsets [start, end) in the article's text. */
export interface Block {
  /** What the stretch is. */
  kind: BlockKind;
  /** Offset of its first character. */
  start: number;
  /** Offset after its last character. */
  end: number;
}

/** The article as the extractor reads it: plain text and, optionally, its structure. */
export interface ArticleInput {
  /** The article's text; every offset counts in it. */
  text: string;
  /** Headings, paragraphs, list items and captions; inferred from the lines of `text` when absent. */
  blocks?: Block[];
}

/** A date worked out from the text: a start (and end), at the precision the text gives. */
export interface DateValue {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  start: string;
  /** For ranges. */
  end?: string;
  /** True when the text is vague about it. */
  approximate: boolean;
}

/** A date found in one sentence, with where it is and how it was worked out. */
export interface DateMention {
  /** Offset of its words in the sentence. */
  index: number;
  /** The words it was read from. */
  text: string;
  /** The date. */
  value: DateValue;
  /** How the date was worked out. */
  method: DateMethod;
}

/**
 * A date expression found in a sentence before it is resolved: some dates ("four years
 * later", "on May 5") depend on the previous dated event, which may be earlier in the same
 * sentence, so finders report where they are and resolve once the anchor is known.
 */
export interface DateFinding {
  /** Offset of its words in the sentence. */
  index: number;
  /** The words. */
  text: string;
  /** How it is worked out. */
  method: DateMethod;
  /** The date, given the previous dated event (undefined when there is none yet) and the last one dated to the day. */
  resolve: (anchor: DateValue | undefined, dayAnchor?: DateValue) => DateValue | undefined;
}

/** Options that change how dates are worked out. */
export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD) for "last Sunday", "yesterday", "this week". */
  published?: string;
  /** The two actor ids the timeline is about, e.g. ['ISR', 'AZE']. */
  pair?: [string, string];
  /** Categories to guess from: the pair's dataset's, or the default set. */
  categories?: { id: string; label: string }[];
  /** Other parties the pair's dataset knows ({id, name}), so their names resolve too. */
  knownActors?: { id: string; name: string }[];
}

/** One proposed event, tied to its sentence. */
export interface ExtractedCandidate {
  /** A short headline made from the sentence. */
  title: string;
  /** The sentence, exactly as in the article. */
  sentence: string;
  /** Offsets of the sentence in the article text. */
  sentenceStart: number;
  /** Offset after the sentence's last character. */
  sentenceEnd: number;
  /** The date. */
  date: DateValue;
  /** How the date was worked out. */
  dateMethod: DateMethod;
  /** The words the date came from. */
  dateText: string;
  /** Category id guessed from the words. */
  category: string;
  /** Actor ids named (countries, capitals, demonyms, organisations). */
  actors: string[];
  /** From hedges such as "allegedly". */
  certainty: Certainty;
  /** A money figure with its currency, when the clause has one. */
  value?: Value;
  /** 0–1: how sure the extractor is. */
  confidence: number;
  /** Set when the candidate is context rather than an event between the pair. */
  context?: 'caption' | 'outside-pair';
}

export type { Precision };
