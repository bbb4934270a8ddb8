// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { isolate } from '../i18n/isolate';
import { DetailsPanel } from './DetailsPanel';
import { SafeLink } from './SafeLink';
import { NO_FILTERS } from '../model/filters';
import type { Store } from '../state/store';
import type { Timeline } from '../model/types';
import { Providers, readDataset, readyStore, realTimeline, timelineOf } from '../../test/unit/helpers/timeline';

afterEach(cleanup);

const timeline = realTimeline();

function showDetails(selectedId: string | null, data: Timeline = timeline, store: Store = readyStore(data, { selectedId })) {
  render(
    <Providers store={store}>
      <DetailsPanel timeline={data} variant="column" />
    </Providers>,
  );
  return store;
}

const fact = (term: string) => {
  const dt = screen.getAllByRole('term').find((t) => t.textContent === term);
  return dt?.nextElementSibling?.textContent;
};

describe('DetailsPanel', () => {
  it('renders nothing when no event is selected', () => {
    const { container } = render(
      <Providers store={readyStore(timeline)}>
        <DetailsPanel timeline={timeline} variant="column" />
      </Providers>,
    );
    expect(container.innerHTML).toBe('');
  });

  it('shows the title, the date at its precision, the facts and the value with its kind', () => {
    showDetails('arms-deal-2012');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('$1.6 billion Israeli arms package for Azerbaijan confirmed');
    expect(document.querySelector('.details-date')?.textContent).toBe('26 February 2012');
    expect(fact('Category')).toBe('Arms and defence');
    expect(fact('Certainty')).toBe('Confirmed');
    expect(fact('Value')).toBe('$1.6bn (announced)');
    expect(fact('Involves')).toContain('Israel');
  });

  it('calls a cumulative figure a running total', () => {
    showDetails('arms-contracts-total-2016');
    expect(fact('Value')).toBe('$4.85bn (running total)');
  });

  it.each([
    ['ties-after-soviet-collapse', 'c. 1991 – 1992'],
    ['israeli-embassy-baku-1993', 'August 1993'],
    ['arms-customer-ranking-2017', '2017'],
  ])('writes the date of %s as %j', (id, date) => {
    showDetails(id);
    expect(document.querySelector('.details-date')?.textContent).toBe(date);
  });

  it('shows no value row for an event without a value', () => {
    showDetails('israel-recognises-azerbaijan');
    expect(fact('Value')).toBeUndefined();
  });

  it.each(['arms-deal-2012', 'arms-contracts-total-2016', 'israel-recognises-azerbaijan'])(
    'lists every citation of %s with its quote and a safe link to its source',
    (id) => {
      showDetails(id);
      const event = timeline.byId.get(id)!;
      const citations = document.querySelectorAll('li.citation');
      expect(citations).toHaveLength(event.sources.length);
      event.sources.forEach((citation, i) => {
        const li = citations[i] as HTMLElement;
        expect(li.querySelector('blockquote')?.textContent).toBe(citation.quote);
        const link = within(li).getByRole('link');
        expect(link.getAttribute('href')).toBe(timeline.sources.get(citation.source)!.url);
        expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
        expect(link.getAttribute('target')).toBe('_blank');
        expect(link.getAttribute('rel')).toBe('noopener noreferrer');
        expect(link.textContent).toContain('(opens in a new tab)');
      });
    },
  );

  it('names each source with its publisher and publication date', () => {
    showDetails('israel-recognises-azerbaijan');
    const first = document.querySelector('li.citation .citation-source')?.textContent;
    expect(first).toBe(`${timeline.sources.get('sputnik-2020')!.title} — Sputnik, published 2 October 2020`);
  });

  it('links the arms deal’s sources over https', () => {
    showDetails('arms-deal-2012');
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toHaveLength(4);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
  });

  it('shows the record date beside the claimed year where sources disagree', () => {
    showDetails('israel-recognises-azerbaijan');
    const blocks = screen.getAllByRole('note');
    expect(blocks).toHaveLength(1);
    const block = blocks[0];
    expect(within(block).getByText('Sources disagree')).toBeTruthy();
    const row = within(block).getByRole('rowheader', { name: 'Date' }).closest('tr')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['25 December 1991', '1992']);
    // The publisher is isolated in the sentence, so its own direction cannot reorder "says".
    expect(within(block).getByRole('columnheader', { name: `${isolate('Sputnik')} says` })).toBeTruthy();
    // The block belongs to the citation that makes the claim.
    expect(block.closest('li.citation')?.querySelector('cite')?.textContent).toBe(timeline.sources.get('sputnik-2020')!.title);
  });

  it('shows a claimed value with its kind beside the record’s', () => {
    showDetails('arms-contracts-total-2016');
    const rows = screen.getAllByRole('rowheader', { name: 'Value' }).map((th) => [...th.closest('tr')!.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toContainEqual(['$4.85bn (running total)', '$5bn (announced)']);
  });

  it('shows no disagreement block for an event every source agrees with', () => {
    showDetails('lieberman-visit-2010');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('walks to the previous and next events in time order', () => {
    const store = showDetails('arms-deal-2012');
    const order = timeline.events.map((e) => e.id);
    const i = order.indexOf('arms-deal-2012');
    fireEvent.click(screen.getByRole('button', { name: /Next event/ }));
    expect(store.get().selectedId).toBe(order[i + 1]);
    fireEvent.click(screen.getByRole('button', { name: /Previous event/ }));
    fireEvent.click(screen.getByRole('button', { name: /Previous event/ }));
    expect(store.get().selectedId).toBe(order[i - 1]);
  });

  it('walks only the filtered events', () => {
    const store = readyStore(timeline, { selectedId: 'arms-deal-2012', filters: { ...NO_FILTERS, categories: new Set(['arms']) } });
    showDetails('arms-deal-2012', timeline, store);
    const arms = timeline.events.filter((e) => e.category === 'arms').map((e) => e.id);
    fireEvent.click(screen.getByRole('button', { name: /Next event/ }));
    expect(store.get().selectedId).toBe(arms[arms.indexOf('arms-deal-2012') + 1]);
  });

  it.each([
    ['first', 0, /Previous event/],
    ['last', -1, /Next event/],
  ])('disables the way out past the %s event', (_which, index, name) => {
    showDetails(timeline.events.at(index)!.id);
    expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('closes with the close button and with Escape', () => {
    const store = showDetails('arms-deal-2012');
    fireEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(store.get().selectedId).toBeNull();
    act(() => store.set({ selectedId: 'arms-deal-2012' }));
    fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Escape' });
    expect(store.get().selectedId).toBeNull();
  });

  it('renders markup in the data as literal text', () => {
    const data = readDataset();
    const raw = data.events.find((e) => e.id === 'arms-deal-2012')!;
    raw.summary = 'A <b>html</b> summary <img src=x onerror=alert(1)>';
    raw.title = '<i>Deal</i>';
    raw.sources[0].quote = '<script>alert(1)</script>';
    const modified = timelineOf(data);
    showDetails('arms-deal-2012', modified);
    const panel = document.querySelector('.details')!;
    expect(panel.querySelector('b, i, img, script')).toBeNull();
    expect(panel.querySelector('.details-summary')?.textContent).toBe('A <b>html</b> summary <img src=x onerror=alert(1)>');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('<i>Deal</i>');
    expect(panel.querySelector('blockquote')?.textContent).toBe('<script>alert(1)</script>');
  });
});

describe('SafeLink', () => {
  const renderLink = (href: string) =>
    render(
      <Providers store={readyStore(timeline)}>
        <SafeLink href={href}>Open the source</SafeLink>
      </Providers>,
    );

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', 'not a url', ''])(
    'shows %j as text, not a link',
    (href) => {
      const { container } = renderLink(href);
      expect(container.querySelector('a')).toBeNull();
      expect(container.textContent).toBe(href);
    },
  );

  it.each(['https://example.org/a', 'http://example.org/b'])('links %s in a new tab without opener or referrer', (href) => {
    renderLink(href);
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe(href);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
