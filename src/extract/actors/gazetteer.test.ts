import { describe, expect, it } from 'vitest';
import { createGazetteer } from './gazetteer';

const gazetteer = createGazetteer([{ id: 'socar', name: 'SOCAR (State Oil Company of Azerbaijan Republic)' }, { id: 'iai', name: 'Israel Aerospace Industries' }]);

describe('gazetteer', () => {
  it.each([
    ['An Israeli expert says Baku and the Azeris agree.', ['ISR', 'AZE']],
    ['Yerevan recalled its envoy from Tel Aviv.', ['ARM', 'ISR']],
    ['The Jewish state and the Islamic Republic traded threats.', ['ISR', 'IRN']],
    ["Turkey's and Türkiye's names, the Turks and Ankara.", ['TUR']],
    ['The U.S. and the U.N. met in Washington; the EU and NATO watched.', ['USA', 'un', 'eu', 'nato']],
    ['Israel Aerospace Industries sold drones; SOCAR bought a stake.', ['iai', 'socar']],
    ['South Korean and North Korean officials met Japanese diplomats in Seoul.', ['KOR', 'PRK', 'JPN']],
    ['A turkey, some china and a chad were on the table.', []],
    ['Victoria Nuland and Douglas Hurd spoke.', []],
  ])('%s', (text, ids) => {
    expect(gazetteer.find(text)).toEqual(ids);
  });

  it('finds a name written with other spaces than the dataset gives it, as one actor', () => {
    // Found by the extractor's properties: a known actor named "line\nbreak" matched "line break",
    // which was no key of the table, so the candidate got an actor id that was undefined.
    const known = createGazetteer([{ id: 'two-lines', name: 'Gas\nUnion' }, { id: 'tabbed', name: 'Oil\t Board' }]);
    expect(known.find('The Gas Union and the Oil Board met the Gas\n  Union.')).toEqual(['two-lines', 'tabbed']);
  });

  it('names actors for the store', () => {
    expect([gazetteer.nameOf('AZE'), gazetteer.nameOf('un'), gazetteer.nameOf('socar')]).toEqual(['Azerbaijan', 'United Nations', 'SOCAR (State Oil Company of Azerbaijan Republic)']);
  });
});
