// @vitest-environment jsdom
/**
 * Text from the data or the URL is isolated wherever the chrome shows it: a right-to-left
 * override in a category label, an actor's name or a publisher must not reorder the words after
 * it. Every text node holding a direction control must sit in a <bdi> or an element with a dir
 * attribute, or between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { DetailsPanel } from './DetailsPanel';
import { EventList } from './EventList';
import { Filters } from './Filters';
import { PrintList } from './PrintList';
import { Notices } from './Notices';
import { ErrorPanel } from './ErrorPanel';
import { createStore } from '../state/store';
import { Providers, readDataset, readyStore, stubLayoutApis, timelineOf } from '../../test/unit/helpers/timeline';

beforeAll(stubLayoutApis);
afterEach(cleanup);

const RLO = '\u202E';
const CONTROLS = /[\u202A-\u202E\u200E\u200F\u061C\u2066\u2067]/;

/** The minimal fixture with an override at the start of every text a person wrote. */
function hostileTimeline() {
  const data = readDataset('test/fixtures/valid-minimal.json');
  data.categories.forEach((c) => (c.label = `${RLO}${c.label}`));
  data.actors.forEach((a) => (a.name = `${RLO}${a.name}`));
  data.sources.forEach((s) => ((s.title = `${RLO}${s.title}`), (s.publisher = `${RLO}${s.publisher}`)));
  data.events.forEach((e) => {
    e.title = `${RLO}${e.title}`;
    e.summary = `${RLO}${e.summary}`;
    e.sources.forEach((c) => (c.quote = `${RLO}${c.quote}`));
  });
  return timelineOf(data);
}

/** Text nodes with a direction control that nothing isolates. */
function unisolated(root: HTMLElement): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!CONTROLS.test(text.replace(/\u2068[^\u2068\u2069]*\u2069/g, ''))) continue;
    const parent = node.parentElement!;
    if (parent.tagName === 'BDI' || parent.hasAttribute('dir')) continue;
    found.push(`<${parent.tagName.toLowerCase()}> ${JSON.stringify(text)}`);
  }
  return found;
}

const timeline = hostileTimeline();
const show = (ui: ReactNode, store = readyStore(timeline, { selectedId: 'arms-deal-2012' })) =>
  render(<Providers store={store}>{ui}</Providers>).container;

describe('data text is isolated from the chrome around it', () => {
  it.each([
    ['the details', () => show(<DetailsPanel timeline={timeline} variant="column" />)],
    ['the details of an event whose source disagrees', () => show(<DetailsPanel timeline={timeline} variant="column" />, readyStore(timeline, { selectedId: 'recognition' }))],
    ['the event list', () => show(<EventList timeline={timeline} />)],
    ['the filters', () => show(<Filters timeline={timeline} />)],
    ['the print list', () => show(<PrintList timeline={timeline} />)],
    ['the notices of ignored URL values', () => show(<Notices />, createStore({ notices: [{ kind: 'badValue', key: `th${RLO}eme`, value: `${RLO}dark` }, { kind: 'unknownEvent', key: 'event', value: `${RLO}x` }] }))],
    ['the error panel', () => show(<ErrorPanel failure="fetch" url={`https://evil.example/${RLO}nosj.json`} problems={[]} offerDefault={false} />, createStore())],
  ])('in %s', (_, mount) => {
    const container = mount();
    expect(container.textContent).toMatch(CONTROLS); // the hostile text is shown, as text
    expect(unisolated(container)).toEqual([]);
  });
});
