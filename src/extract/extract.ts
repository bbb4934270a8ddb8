/**
 * The extractor: from an article's text (and its structure, when known) to candidate events,
 * each tied to its exact sentence. Pure and browser-safe: no Node modules, no DOM, so the
 * editor can run it on a pasted article as the command does on a file.
 *
 * Reading goes block by block and sentence by sentence, keeping what a reader keeps in mind:
 * the previous dated event (for "four years later", and for dates written without a year),
 * the date of the section's heading, and the date of the sentence before (for "During his
 * visit, …"). Captions are read but kept out of the story: they neither set nor use that
 * memory, and their candidates are marked as context.
 */
import type { Block, DateMention, DateValue, ExtractedCandidate, ExtractOptions } from './types';
import { inferBlocks } from './structure';
import { splitSentences } from './sentences';
import { findDates } from './dates/findDates';
import { PAST, tenseOf } from './dates/patterns';
import { clausesOf } from './clauses';
import { createGazetteer, type Gazetteer } from './actors/gazetteer';
import { certaintyOf } from './certainty';
import { createCategoryGuesser, DEFAULT_CATEGORIES, CONTEXT_CATEGORY } from './categories';
import { findMoney } from './money';
import { makeTitle } from './titles';
import type { DateMethod } from '../data/schema';

const SAME_OCCASION =
  /\b(?:during|at|on|after|following|in\s+the\s+course\s+of)\s+(?:the|this|that|his|her|their|its|the\s+same)\s+(?:visit|trip|talks|meeting|summit|ceremony|tour|stay|conference|occasion|session|signing|event|negotiations|round)\b|\bon\s+(?:that|the\s+same)\s+occasion\b|\bthe\s+same\s+(?:visit|trip|meeting|summit)\b/i;

const CONFIDENCE: Record<DateMethod, number> = {
  explicit: 0.9, range: 0.85, 'bare-year': 0.8, 'list-item': 0.75, 'publication-relative': 0.75, 'year-from-context': 0.7,
  'narrative-relative': 0.65, vague: 0.55, 'same-occasion': 0.55, heading: 0.5,
};

/** Candidate events of an article, in reading order. */
export function extractCandidates(text: string, blocks: Block[] | undefined, options: ExtractOptions = {}): ExtractedCandidate[] {
  const structure = blocks ?? inferBlocks(text);
  const gazetteer = createGazetteer(options.knownActors);
  const pair = options.pair ?? inferPair(text, structure, gazetteer);
  const guessCategory = createCategoryGuesser(options.categories ?? DEFAULT_CATEGORIES);
  const candidates: ExtractedCandidate[] = [];

  let anchor: DateValue | undefined;
  let previous: DateMention | undefined; // the date of the sentence just read, for "During his visit, …"
  let lastDay: DateValue | undefined; // the last date given to the day, for "the same day"
  let heading: { value: DateValue; text: string } | undefined;
  let sectionDated = false; // once a section's sentence has its own date, its heading's year no longer applies
  for (const block of structure) {
    if (block.kind === 'title') continue;
    const blockText = text.slice(block.start, block.end);
    if (block.kind === 'heading') {
      const dates = findDates(blockText, { published: options.published });
      heading = dates.length ? { value: dates[0].value, text: blockText } : undefined;
      if (heading) anchor = heading.value;
      previous = undefined;
      sectionDated = false;
      continue;
    }
    const isCaption = block.kind === 'caption';
    let paragraphAnchor: DateValue | undefined; // the previous date in this block
    for (const span of splitSentences(text, block.start, block.end)) {
      const sentence = text.slice(span.start, span.end);
      const storyAnchor = isCaption ? undefined : anchor;
      const context = {
        published: options.published,
        anchor: storyAnchor,
        yearAnchor: options.published ? (tenseOf(sentence) === 'past' ? paragraphAnchor : undefined) : storyAnchor,
        inListItem: block.kind === 'list-item',
        dayAnchor: isCaption ? undefined : lastDay,
      };
      let mentions: DateMention[] = findDates(sentence, context);
      if (!isCaption) mentions = [...inheritedDate(sentence, mentions.length > 0), ...mentions];
      const made = candidatesOf(sentence, span.start, mentions, { gazetteer, pair, guessCategory, isCaption });
      candidates.push(...made);
      if (!isCaption) {
        previous = mentions.length ? mentions[mentions.length - 1] : undefined;
        if (previous) anchor = paragraphAnchor = previous.value;
        if (previous) sectionDated = true;
        lastDay = [...mentions].reverse().find((m) => m.value.start.length === 10)?.value ?? lastDay;
      }
    }
  }
  return candidates;

  /**
   * A date the sentence takes from before it: the occasion of the sentence before ("During the
   * visit, …", also beside dates of its own when it opens the sentence), or, for a sentence with
   * no date at the start of a section, the section heading's year.
   */
  function inheritedDate(sentence: string, hasOwnDates: boolean): DateMention[] {
    const occasion = SAME_OCCASION.exec(sentence);
    if (occasion && previous && (!hasOwnDates || occasion.index < 3)) {
      return [{ index: occasion.index, text: occasion[0], value: previous.value, method: 'same-occasion' }];
    }
    if (!hasOwnDates && heading && !sectionDated && PAST.test(sentence) && !sentence.trim().endsWith('?')) {
      return [{ index: -1, text: heading.text.trim(), value: heading.value, method: 'heading' }];
    }
    return [];
  }
}

interface Readers {
  gazetteer: Gazetteer;
  pair: [string, string];
  guessCategory: (text: string) => string;
  isCaption: boolean;
}

/** One candidate per distinct date of the sentence, each with its clause's features. */
function candidatesOf(sentence: string, offset: number, mentions: DateMention[], readers: Readers): ExtractedCandidate[] {
  const { gazetteer, pair, guessCategory, isCaption } = readers;
  const inSentence = mentions.filter((m) => m.index >= 0);
  const clauses = inSentence.length === mentions.length ? clausesOf(sentence, mentions) : mentions.map((): [number, number] => [0, sentence.length]);
  const seen = new Set<string>();
  const out: ExtractedCandidate[] = [];
  mentions.forEach((mention, i) => {
    const key = `${mention.value.start}/${mention.value.end ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const clause = sentence.slice(...clauses[i]);
    const inClause = gazetteer.find(clause);
    let actors = inClause.length ? inClause : gazetteer.find(sentence);
    const countries = actors.filter((id) => /^[A-Z]{3}$/.test(id));
    const namesPair = actors.some((id) => pair.includes(id));
    const context = isCaption ? 'caption' : !namesPair && countries.length > 0 ? 'outside-pair' : undefined;
    if (!namesPair && countries.length === 0) actors = [...pair, ...actors];
    const money = findMoney(clause)[0];
    out.push({
      title: makeTitle(clause, mentions.map((m) => m.text)),
      sentence,
      sentenceStart: offset,
      sentenceEnd: offset + sentence.length,
      date: mention.value,
      dateMethod: mention.method,
      dateText: mention.text,
      category: context ? CONTEXT_CATEGORY.id : guessCategory(clause),
      actors,
      certainty: certaintyOf(clause),
      value: money?.value,
      confidence: Math.round(CONFIDENCE[mention.method] * (context ? 0.7 : 1) * 100) / 100,
      context,
    });
  });
  return out;
}

/** The two countries the article names most often outside captions, for articles read without --pair. */
export function inferPair(text: string, blocks: Block[], gazetteer: Gazetteer): [string, string] {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    if (block.kind === 'caption') continue;
    for (const span of splitSentences(text, block.start, block.end)) {
      for (const id of gazetteer.find(text.slice(span.start, span.end))) if (/^[A-Z]{3}$/.test(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  if (ranked.length < 2) throw new Error('the article does not name two countries often enough to tell the pair: give it with --pair');
  return [ranked[0], ranked[1]];
}
