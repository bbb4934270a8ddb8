// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ChartToolbar } from './ChartToolbar';
import { searchTextOf } from '../model/filters';
import type { Store } from '../state/store';
import { appOf, Providers, readyStore, realTimeline, type TestApp } from '../../test/unit/helpers/timeline';

afterEach(cleanup);

const timeline = realTimeline();
const TOTAL = timeline.events.length;
const label = (id: string) => timeline.categories.find((c) => c.id === id)!.label;

/** The toolbar with its filter panel open; the app's view is 800 px wide. */
function showFilters(store: Store = readyStore(timeline), app: TestApp = appOf(store)) {
  app.view.setWidth(800);
  render(
    <Providers store={store} app={app}>
      <ChartToolbar timeline={timeline} compact={false} />
    </Providers>,
  );
  fireEvent.click(screen.getByRole('button', { name: /^Filters/ }));
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
    expect(screen.getByRole('button', { name: /^Filters/ }).textContent).toContain('45 of 45 events');
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

  it('filters by actor: a chip picks the events that involve that country, more chips add theirs, Any shows all', () => {
    const store = showFilters();
    const actors = within(group('Countries and parties'));
    const involving = (...ids: string[]) => timeline.events.filter((e) => e.actors.some((a) => ids.includes(a))).length;
    expect(pressed(actors.getByRole('button', { name: 'Any' }))).toBe('true');
    fireEvent.click(actors.getByRole('button', { name: 'Georgia' }));
    expect(store.get().filters.actors).toEqual(new Set(['GEO']));
    expect(involving('GEO')).toBeLessThan(TOTAL);
    expect(count()).toBe(`${involving('GEO')} of 45 events`); // the plural agrees with the total
    expect(pressed(actors.getByRole('button', { name: 'Any' }))).toBe('false');
    fireEvent.click(actors.getByRole('button', { name: 'Armenia' }));
    expect(count()).toBe(`${involving('GEO', 'ARM')} of 45 events`);
    fireEvent.click(actors.getByRole('button', { name: 'Any' }));
    expect(store.get().filters.actors).toBeNull();
    expect(count()).toBe('45 of 45 events');
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

  it('resets filters, search and selection, and fits the view', () => {
    const store = readyStore(timeline, { selectedId: 'arms-deal-2012' });
    const app = appOf(store);
    showFilters(store, app);
    app.actions.setView({ kind: 'window', t0: Date.UTC(2010, 0, 1), t1: Date.UTC(2012, 0, 1) }, { animate: false });
    expect(store.get().view.fitted).toBe(false);
    fireEvent.click(within(group('Categories')).getByRole('button', { name: label('energy') }));
    fireEvent.click(within(group('Certainty')).getByRole('button', { name: 'Alleged' }));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'arms' } });
    expect(count()).not.toBe('45 of 45 events');
    fireEvent.click(screen.getByRole('button', { name: 'Reset all' }));
    expect(count()).toBe('45 of 45 events');
    expect(store.get().selectedId).toBeNull();
    expect(store.get().filters).toEqual({ categories: null, actors: null, certainties: null, query: '' });
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
    expect(store.get().view.fitted).toBe(true);
    // Nothing is filtered out: only the single countries are unpressed (Any is pressed).
    expect(screen.queryAllByRole('button', { pressed: false }).map((b) => b.textContent)).toEqual(timeline.actors.map((a) => a.name));
  });
});
