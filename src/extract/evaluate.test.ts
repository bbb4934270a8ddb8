import { describe, expect, it } from 'vitest';
import { rates, scoreArticle, type Label, type Prediction } from './evaluate';

const S1 = 'In 1992, Israel recognised it.';
const S2 = 'Four years later, they signed, and in 2017 they ranked second.';

describe('scoreArticle', () => {
  const labels: Label[] = [
    { start: '1992', how: 'bare-year', sentence: S1 },
    { start: '2016', how: 'narrative-relative', sentence: S2 },
    { start: '2017', how: 'bare-year', sentence: S2 },
  ];

  it('needs the exact sentence and the date at its precision; each label counts once', () => {
    const predictions: Prediction[] = [
      { start: '1992', how: 'bare-year', sentence: S1 },
      { start: '1992', how: 'bare-year', sentence: S1 }, // a duplicate is wrong
      { start: '2016-01', how: 'narrative-relative', sentence: S2 }, // wrong precision
      { start: '2017', how: 'explicit', sentence: `${S2} ` }, // not the exact sentence
      { start: '2017', how: 'bare-year', sentence: S2 },
    ];
    const { tallies, missed, wrong } = scoreArticle(labels, predictions);
    expect(tallies.get('all')).toEqual({ labels: 3, found: 2, predictions: 5, right: 2 });
    expect(tallies.get('bare-year')).toEqual({ labels: 2, found: 2, predictions: 3, right: 2 });
    expect(tallies.get('narrative-relative')).toEqual({ labels: 1, found: 0, predictions: 1, right: 0 });
    expect(tallies.get('explicit')).toEqual({ labels: 0, found: 0, predictions: 1, right: 0 });
    expect(missed.map((l) => l.start)).toEqual(['2016']);
    expect(wrong).toHaveLength(3);
    expect(rates(tallies.get('all')!)).toEqual({ recall: 2 / 3, precision: 2 / 5 });
  });

  it('a range must match both ends', () => {
    const range: Label = { start: '1975-08-10', end: '1975-08-13', how: 'range', sentence: S1 };
    expect(scoreArticle([range], [{ ...range, end: undefined }]).tallies.get('all')!.right).toBe(0);
    expect(scoreArticle([range], [range]).tallies.get('all')!.right).toBe(1);
  });
});
