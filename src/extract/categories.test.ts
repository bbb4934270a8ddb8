import { describe, expect, it } from 'vitest';
import { createCategoryGuesser, DEFAULT_CATEGORIES } from './categories';
import { certaintyOf } from './certainty';

const DATASET = [
  { id: 'diplomacy', label: 'Diplomacy' },
  { id: 'arms', label: 'Arms and defence' },
  { id: 'energy', label: 'Energy and trade' },
  { id: 'security', label: 'Security and intelligence' },
  { id: 'conflict', label: 'Conflict' },
];

describe('category guesses', () => {
  it.each([
    ['Azerbaijan inked a $1.6 billion deal for drones and missile defence systems.', 'military', 'arms'],
    ['The two states opened embassies and exchanged ambassadors.', 'diplomacy', 'diplomacy'],
    ['Baku supplied 40 percent of the crude oil through the pipeline.', 'economy', 'energy'],
    ['China has been the largest trading partner since 2007.', 'economy', 'energy'],
    ['A plot against the embassy was foiled by intelligence services.', 'military', 'security'],
    ['Fighting broke out along the line of contact, and hostilities went on.', 'conflict', 'conflict'],
    ['Students and football fans crossed for the festival.', 'culture', 'diplomacy'],
    ['Nothing in particular happened.', 'diplomacy', 'diplomacy'],
  ])('%s → %s (default set), %s (the Israel–Azerbaijan set)', (sentence, byDefault, byDataset) => {
    expect(createCategoryGuesser(DEFAULT_CATEGORIES)(sentence)).toBe(byDefault);
    expect(createCategoryGuesser(DATASET)(sentence)).toBe(byDataset);
  });
});

describe('certainty from hedges', () => {
  it.each([
    ['Azerbaijan inked a deal, reportedly the largest ever.', 'reported'],
    ['Baku acquired weapons allegedly worth $5 billion.', 'alleged'],
    ['Tehran accused Baku of helping Israel.', 'alleged'],
    ['Israel denied the report.', 'disputed'],
    ['Israel recognised Azerbaijan.', 'confirmed'],
  ])('%s → %s', (sentence, certainty) => {
    expect(certaintyOf(sentence)).toBe(certainty);
  });
});
