// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { previewOf } from './preview';
import { insertAt, setIn } from './document';
import { newEvent } from './items';

const fixture = JSON.parse(readFileSync('test/fixtures/valid-minimal.json', 'utf8')) as Record<string, unknown>;

describe('previewOf', () => {
  it('draws a valid store as it is', () => {
    const preview = previewOf(fixture);
    expect(preview?.hiddenEvents).toBe(0);
    expect(preview?.dataset.events.map((e) => e.id)).toEqual(['recognition', 'arms-deal-2012']);
  });

  it('leaves out an unfinished event and draws the rest', () => {
    const preview = previewOf(insertAt(fixture, ['events'], newEvent(fixture)));
    expect(preview?.hiddenEvents).toBe(1);
    expect(preview?.dataset.events.map((e) => e.id)).toEqual(['recognition', 'arms-deal-2012']);
  });

  it('follows the consequences: an event citing a broken source goes, and a source left uncited goes', () => {
    const brokenSource = setIn(fixture, ['sources', 0, 'url'], 'not a link');
    const preview = previewOf(brokenSource);
    // Every fixture event cites the one source, so nothing is left to draw but an empty timeline.
    expect(preview?.dataset.events).toEqual([]);
    expect(preview?.hiddenEvents).toBe(2);
  });

  it('draws nothing when the top level itself has a problem', () => {
    expect(previewOf(setIn(fixture, ['title'], ''))).toBeNull();
    expect(previewOf(setIn(fixture, ['pair'], ['ISR']))).toBeNull();
  });

  it('leaves out a story with problems, and one whose event is left out, and plays the rest', () => {
    const stories = [
      { id: 'done', title: 'Done', steps: [{ event: 'recognition', caption: 'First.' }] },
      { id: 'half', title: 'Half', steps: [{ event: 'recognition', caption: '' }] },
      { id: 'orphan', title: 'Orphan', steps: [{ event: 'new-event', caption: 'Its event is unfinished.' }] },
    ];
    const preview = previewOf(insertAt({ ...fixture, stories }, ['events'], newEvent(fixture)));
    expect(preview?.dataset.stories?.map((s) => s.id)).toEqual(['done']);
    expect(preview?.hiddenEvents).toBe(1);
  });

  it('ignores review metadata, which is not drawn', () => {
    expect(previewOf({ ...fixture, draft: { broken: true } })?.hiddenEvents).toBe(0);
  });
});
