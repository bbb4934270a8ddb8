/**
 * Scoring the extractor against labelled articles: a prediction is right when it has the
 * label's exact sentence and the label's date (start, and end for ranges) at the label's
 * precision. Each label is matched at most once. Recall is counted by how the label says the
 * date is worked out; precision by how the extractor says it worked it out.
 */
import type { DateMethod } from '../data/schema';

/** One labelled dated event: the date at its precision and the exact sentence. */
export interface Label {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  start: string;
  /** For ranges. */
  end?: string;
  /** How a reader works the date out. */
  how: DateMethod;
  /** The sentence, exactly as in the article. */
  sentence: string;
}

/** One prediction, reduced to what is scored. */
export interface Prediction {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  start: string;
  /** For ranges. */
  end?: string;
  /** How the extractor worked it out. */
  how: DateMethod;
  /** The sentence it quotes. */
  sentence: string;
}

/** Counts for one group. */
export interface Tally {
  /** Labels in the group. */
  labels: number;
  /** Of those, found. */
  found: number;
  /** Predictions in the group. */
  predictions: number;
  /** Of those, right. */
  right: number;
}

/** The scores of one article. */
export interface ArticleScore {
  /** Matched labels and predictions, and what was missed or wrong, for reading. */
  missed: Label[];
  /** Predictions that match no label. */
  wrong: Prediction[];
  /** Counts per method (and 'all'). */
  tallies: Map<string, Tally>;
}

const key = (x: { start: string; end?: string; sentence: string }) => `${x.start}|${x.end ?? ''}|${x.sentence}`;
const empty = (): Tally => ({ labels: 0, found: 0, predictions: 0, right: 0 });

/** Scores one article's predictions against its labels. */
export function scoreArticle(labels: Label[], predictions: Prediction[]): ArticleScore {
  const tallies = new Map<string, Tally>();
  const tally = (group: string) => tallies.get(group) ?? (tallies.set(group, empty()), tallies.get(group)!);
  const open = new Map<string, Label[]>();
  for (const label of labels) {
    open.set(key(label), [...(open.get(key(label)) ?? []), label]);
    tally('all').labels++;
    tally(label.how).labels++;
  }
  const wrong: Prediction[] = [];
  for (const prediction of predictions) {
    tally('all').predictions++;
    tally(prediction.how).predictions++;
    const waiting = open.get(key(prediction));
    const label = waiting?.shift();
    if (!label) {
      wrong.push(prediction);
      continue;
    }
    tally('all').right++;
    tally(prediction.how).right++;
    tally('all').found++;
    tally(label.how).found++;
  }
  const missed = [...open.values()].flat();
  return { missed, wrong, tallies };
}

/** Adds tallies group by group. */
export function addTallies(into: Map<string, Tally>, from: Map<string, Tally>): void {
  for (const [group, t] of from) {
    const sum = into.get(group) ?? empty();
    into.set(group, { labels: sum.labels + t.labels, found: sum.found + t.found, predictions: sum.predictions + t.predictions, right: sum.right + t.right });
  }
}

/** Recall (found / labels) and precision (right / predictions); NaN when there is nothing to count. */
export function rates(t: Tally): { recall: number; precision: number } {
  return { recall: t.labels ? t.found / t.labels : NaN, precision: t.predictions ? t.right / t.predictions : NaN };
}
