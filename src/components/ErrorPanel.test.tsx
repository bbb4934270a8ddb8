// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { isolate } from '../i18n/isolate';
import { ErrorPanel, MAX_SHOWN, type ErrorPanelProps } from './ErrorPanel';
import { createStore } from '../state/store';
import { Providers } from '../../test/unit/helpers/timeline';

afterEach(cleanup);

function showError(props: Partial<ErrorPanelProps> = {}) {
  render(
    <Providers store={createStore()}>
      <ErrorPanel failure="invalid" url="data/events.json" problems={[]} offerDefault={false} {...props} />
    </Providers>,
  );
}

const problemLines = () => [...document.querySelectorAll('ul.problems li')].map((li) => li.textContent);

describe('ErrorPanel', () => {
  it('is an alert with a heading', () => {
    showError();
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'The timeline could not be shown' })).toBeTruthy();
  });

  it.each([
    // The URL is anyone's to write: it is isolated from the sentence around it.
    ['fetch', `The data file ${isolate('data/events.json')} could not be fetched.`],
    ['json', `The data file ${isolate('data/events.json')} is not valid JSON.`],
    ['invalid', `The data file ${isolate('data/events.json')} does not follow the event-store format.`],
  ] as const)('says in plain words what a %s failure means', (failure, text) => {
    showError({ failure });
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('lists every problem line, as text', () => {
    const problems = [
      'data/events.json: events[1] "arms-deal-2012" end: end 2011 is before start 2012',
      'data/events.json: events[4] "gas-deal" sources[0].quote: a quote must not be empty',
      'data/events.json: categories[2].id: <b>not</b> a slug',
    ];
    showError({ problems });
    expect(screen.getByText('The validator found 3 problems:')).toBeTruthy();
    expect(problemLines()).toEqual(problems);
    expect(document.querySelector('ul.problems b')).toBeNull();
  });

  it('uses the singular for one problem', () => {
    showError({ failure: 'json', problems: ['data/events.json: not valid JSON at line 3, column 9: Unexpected token'] });
    expect(screen.getByText('The validator found 1 problem:')).toBeTruthy();
    expect(problemLines()).toHaveLength(1);
  });

  it('shows no problem list when there are none', () => {
    showError({ failure: 'fetch' });
    expect(document.querySelector('ul.problems')).toBeNull();
  });

  it('lists the first problems of a long report and counts the rest, adding up to the heading', () => {
    const problems = Array.from({ length: 250 }, (_, i) => `data/events.json: events[${i}] "e${i}" title: title is missing`);
    showError({ problems });
    expect(screen.getByText('The validator found 250 problems:')).toBeTruthy();
    expect(problemLines()).toEqual(problems.slice(0, MAX_SHOWN));
    expect(screen.getByText(`…and ${250 - MAX_SHOWN} more problems.`)).toBeTruthy();
  });

  it('lists a report of exactly the limit whole, with no "more" line', () => {
    const problems = Array.from({ length: MAX_SHOWN }, (_, i) => `f: events[${i}] "e${i}" title: title is missing`);
    showError({ problems });
    expect(problemLines()).toHaveLength(MAX_SHOWN);
    expect(screen.queryByText(/more problem/)).toBeNull();
  });

  it('gives the reasons of a failed download without calling them the validator’s', () => {
    showError({ failure: 'fetch', problems: ['x.json: the server stopped answering: nothing arrived for 20 seconds'] });
    expect(screen.queryByText(/validator/)).toBeNull();
    expect(problemLines()).toEqual(['x.json: the server stopped answering: nothing arrived for 20 seconds']);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('offers the default timeline only when asked to', () => {
    showError({ offerDefault: true });
    expect(screen.getByRole('link', { name: 'Open the default timeline' })).toBeTruthy();
    cleanup();
    showError({ offerDefault: false });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
