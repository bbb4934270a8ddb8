// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { EventList, VIRTUALIZE_ABOVE } from './EventList';
import { NO_FILTERS } from '../model/filters';
import type { Store } from '../state/store';
import type { Timeline } from '../model/types';
import type { RawEvent } from '../data/schema';
import { Providers, readDataset, readyStore, realTimeline, stubLayoutApis, timelineOf } from '../../test/unit/helpers/timeline';

beforeAll(stubLayoutApis);
afterEach(cleanup);

const timeline = realTimeline();

function showList(data: Timeline, store: Store = readyStore(data)) {
  render(
    <Providers store={store}>
      <EventList timeline={data} />
    </Providers>,
  );
  return store;
}

const rowIds = () => screen.getAllByRole('listitem').map((li) => li.getAttribute('data-id'));

/** The shipped dataset with `n` more events, one every ten days from 1995, validated and normalised. */
function withSyntheticEvents(n: number): Timeline {
  const data = readDataset();
  const day = (i: number) => new Date(Date.UTC(1995, 0, 1) + i * 10 * 86_400_000).toISOString().slice(0, 10);
  const extra: RawEvent[] = Array.from({ length: n }, (_, i) => ({
    id: `synthetic-${i}`,
    title: `Synthetic event ${i}`,
    summary: 'Made up for a test.',
    start: day(i),
    category: 'diplomacy',
    actors: ['ISR', 'AZE'],
    certainty: 'reported',
    sources: [{ source: 'sputnik-2020', quote: 'made up' }],
  }));
  return timelineOf({ ...data, events: [...data.events, ...extra] });
}

describe('EventList', () => {
  it('lists every event in time order when there are few', () => {
    showList(timeline);
    expect(rowIds()).toEqual(timeline.events.map((e) => e.id));
  });

  it('shows each row’s date, title, category and certainty', () => {
    showList(timeline);
    const row = screen.getAllByRole('listitem').find((li) => li.getAttribute('data-id') === 'arms-contracts-total-2016')!;
    expect(row.querySelector('.row-date')?.textContent).toBe('13 December 2016');
    expect(row.querySelector('.row-title')?.textContent).toBe(timeline.byId.get('arms-contracts-total-2016')!.title);
    const meta = row.querySelector('.row-meta')?.textContent ?? '';
    expect(meta).toContain('Arms and defence');
    expect(meta).toContain('Confirmed');
    expect(meta).toContain('$4.85bn');
    expect(meta).toContain('sources disagree');
  });

  it('selects the event of a clicked row and marks the row pressed', () => {
    const store = showList(timeline);
    const row = screen.getAllByRole('listitem').find((li) => li.getAttribute('data-id') === 'arms-deal-2012')!;
    fireEvent.click(within(row).getByRole('button'));
    expect(store.get().selectedId).toBe('arms-deal-2012');
    expect(within(row).getByRole('button').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getAllByRole('button', { pressed: true })).toHaveLength(1);
  });

  it('lists only the filtered events', () => {
    showList(timeline, readyStore(timeline, { filters: { ...NO_FILTERS, categories: new Set(['energy']) } }));
    expect(rowIds()).toEqual(timeline.events.filter((e) => e.category === 'energy').map((e) => e.id));
  });

  it('says so when no event passes the filters', () => {
    showList(timeline, readyStore(timeline, { filters: { ...NO_FILTERS, query: 'zzzyzzx' } }));
    expect(screen.queryByRole('listitem')).toBeNull();
    expect(screen.getByText('No event matches the filters.')).toBeTruthy();
  });

  it(`renders only a window of rows past ${VIRTUALIZE_ABOVE} events`, () => {
    const big = withSyntheticEvents(600);
    const total = big.events.length;
    expect(total).toBeGreaterThan(VIRTUALIZE_ABOVE);
    showList(big);
    const ids = rowIds();
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(total);
    expect(ids).toEqual(big.events.slice(0, ids.length).map((e) => e.id));
    const list = screen.getByRole('list');
    expect(list.getAttribute('start')).toBe('1');
    // The list keeps the full height so the scroll bar is true to the whole list.
    expect(parseFloat(list.style.height)).toBeGreaterThan(ids.length * 10);
  });

  it('renders the rows under the scroll position of a long list', () => {
    const big = withSyntheticEvents(600);
    showList(big);
    const scroller = document.querySelector('.event-list') as HTMLElement;
    const before = rowIds();
    fireEvent.scroll(scroller, { target: { scrollTop: 20_000 } });
    const after = rowIds();
    expect(after.length).toBeLessThan(big.events.length);
    expect(after[0]).not.toBe(before[0]);
    const first = big.events.findIndex((e) => e.id === after[0]);
    expect(screen.getByRole('list').getAttribute('start')).toBe(String(first + 1));
    expect(after).toEqual(big.events.slice(first, first + after.length).map((e) => e.id));
  });

  it('selects from a clicked row of a long list', () => {
    const big = withSyntheticEvents(600);
    const store = showList(big);
    const row = screen.getAllByRole('listitem')[3];
    fireEvent.click(within(row).getByRole('button'));
    expect(store.get().selectedId).toBe(big.events[3].id);
  });
});
