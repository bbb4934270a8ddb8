// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Filters } from './Filters';
import { searchTextOf } from '../model/filters';
import type { Store } from '../state/store';
import { Providers, readyStore, realTimeline } from '../../test/unit/helpers/timeline';

afterEach(cleanup);

const timeline = realTimeline();
const TOTAL = timeline.events.length;
const label = (id: string) => timeline.categories.find((c) => c.id === id)!.label;

function showFilters(store: Store = readyStore(timeline)) {
  render(
    <Providers store={store}>
      <Filters timeline={timeline} />
    </Providers>,
  );
  return store;
}

const count = () => screen.getByRole('status').textContent;
const group = (name: string) => screen.getByRole('group', { name });
const pressed = (button: HTMLElement) => button.getAttribute('aria-pressed');

describe('Filters', () => {
  it('starts with every chip pressed and every event counted', () => {
    showFilters();
    expect(TOTAL).toBe(45);
    expect(count()).toBe('45 of 45 events');
    for (const chip of within(group('Categories')).getAllByRole('button')) expect(pressed(chip)).toBe('true');
    expect(within(group('Categories')).getAllByRole('button').map((b) => b.textContent)).toEqual(timeline.categories.map((c) => c.label));
  });

  it('toggles a category chip off and on again, and the count follows', () => {
    const store = showFilters();
    const arms = within(group('Categories')).getByRole('button', { name: label('arms') });
    const armsCount = timeline.events.filter((e) => e.category === 'arms').length;
    fireEvent.click(arms);
    expect(pressed(arms)).toBe('false');
    expect(count()).toBe(`${TOTAL - armsCount} of 45 events`);
    expect(store.get().filters.categories).toEqual(new Set(timeline.categories.map((c) => c.id).filter((id) => id !== 'arms')));
    fireEvent.click(arms);
    expect(pressed(arms)).toBe('true');
    expect(count()).toBe('45 of 45 events');
    expect(store.get().filters.categories).toBeNull();
  });

  it('counts no events when every category is off', () => {
    showFilters();
    for (const chip of within(group('Categories')).getAllByRole('button')) fireEvent.click(chip);
    expect(count()).toBe('0 of 45 events');
  });

  it('filters by actor: events involving any pressed actor pass', () => {
    const store = showFilters();
    const georgia = timeline.actors.find((a) => a.id === 'GEO')!;
    // Switch every actor off but Georgia.
    for (const chip of within(group('Countries and parties')).getAllByRole('button')) {
      if (chip.textContent !== georgia.name) fireEvent.click(chip);
    }
    const expected = timeline.events.filter((e) => e.actors.includes('GEO')).length;
    expect(store.get().filters.actors).toEqual(new Set(['GEO']));
    expect(count()).toBe(`${expected} of 45 events`); // the plural agrees with the total
  });

  it('filters by certainty', () => {
    showFilters();
    fireEvent.click(within(group('Certainty')).getByRole('button', { name: 'Confirmed' }));
    const expected = timeline.events.filter((e) => e.certainty !== 'confirmed').length;
    expect(count()).toBe(`${expected} of 45 events`);
  });

  it('narrows by search text', () => {
    const store = showFilters();
    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(search, { target: { value: 'Netanyahu' } });
    const expected = timeline.events.filter((e) => searchTextOf(e).includes('netanyahu')).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(TOTAL);
    expect(count()).toBe(`${expected} of 45 events`); // the plural agrees with the total
    expect(store.get().filters.query).toBe('Netanyahu');
    fireEvent.change(search, { target: { value: 'no event says zzzyzzx' } });
    expect(count()).toBe('0 of 45 events');
  });

  it('resets filters, search and selection, and asks the view to fit', () => {
    const store = showFilters(readyStore(timeline, { selectedId: 'arms-deal-2012' }));
    fireEvent.click(within(group('Categories')).getByRole('button', { name: label('energy') }));
    fireEvent.click(within(group('Certainty')).getByRole('button', { name: 'Alleged' }));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'arms' } });
    expect(count()).not.toBe('45 of 45 events');
    fireEvent.click(screen.getByRole('button', { name: 'Reset all' }));
    expect(count()).toBe('45 of 45 events');
    expect(store.get().selectedId).toBeNull();
    expect(store.get().filters).toEqual({ categories: null, actors: null, certainties: null, query: '' });
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
    expect(store.get().viewRequest).toMatchObject({ kind: 'fit' });
    expect(screen.queryAllByRole('button', { pressed: false })).toEqual([]);
  });
});
