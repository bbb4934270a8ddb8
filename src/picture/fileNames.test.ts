// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dataFileName, pictureFileName } from './fileNames';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('pictureFileName', () => {
  it.each([
    ['years for a view of years', [at('2010-01-01'), at('2015-01-01')], 'israel-azerbaijan-2010-2014.png'],
    ['one year alone', [at('2012-01-01'), at('2013-01-01')], 'israel-azerbaijan-2012.png'],
    ['months for a view of months', [at('2012-02-01'), at('2012-06-01')], 'israel-azerbaijan-2012-02-2012-05.png'],
    ['days for a view of days', [at('2012-02-20'), at('2012-02-27')], 'israel-azerbaijan-2012-02-20-2012-02-26.png'],
  ] as const)('%s', (_, window, expected) => {
    expect(pictureFileName('israel-azerbaijan', window, '.png')).toBe(expected);
  });

  it('keeps only letters, digits and hyphens from an id, whatever it holds', () => {
    expect(pictureFileName('../Evil Name/..', [at('2010-01-01'), at('2011-01-01')], '.svg')).toBe('evil-name-2010.svg');
    expect(pictureFileName('', [at('2010-01-01'), at('2011-01-01')], '.svg')).toBe('timeline-2010.svg');
  });
});

describe('dataFileName', () => {
  it.each([
    [45, 45, 'israel-azerbaijan.csv'],
    [12, 45, 'israel-azerbaijan-12-of-45.csv'],
    [0, 45, 'israel-azerbaijan-0-of-45.csv'],
  ])('%i of %i events', (shown, total, expected) => {
    expect(dataFileName('israel-azerbaijan', shown, total, '.csv')).toBe(expected);
  });
});
