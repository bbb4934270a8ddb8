// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { downloadFile } from './storeFile';
import { acceptAll, acceptCandidate } from './review';
import { setIn } from './document';
import { draftStore, fixture } from '../../test/unit/helpers/draftStore';

const origin = { kind: 'server', name: 'events', etag: '"v1"' } as const;

describe('Download', () => {
  it.each([
    ['a valid store', fixture, 0, 'events.json', false],
    ['a store with problems', setIn(fixture, ['title'], ''), 1, 'events.draft.json', false],
    ['a draft with candidates to review, kept whole', acceptCandidate(draftStore(), 'deal-2012'), 0, 'events.draft.json', true],
    ['a draft whose candidates are all decided, as Save writes it', acceptAll(draftStore()), 0, 'events.json', false],
  ])('gives %s', (_, store, problems, fileName, keepsDraft) => {
    const file = downloadFile(store, origin, problems);
    expect(file.fileName).toBe(fileName);
    expect(file.text.endsWith('}\n')).toBe(true);
    const written = JSON.parse(file.text);
    expect('draft' in written).toBe(keepsDraft);
    if (keepsDraft) expect(written).toEqual(store);
  });
});
