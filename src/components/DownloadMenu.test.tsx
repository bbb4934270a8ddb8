// @vitest-environment jsdom
/**
 * The Download menu in jsdom: what it offers, the data files it hands to the browser (the
 * events the filters leave, importable back), and what it says inside a frame that may refuse
 * downloads. The pictures need a real canvas and layout: the end-to-end tests download them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DownloadMenu } from './DownloadMenu';
import { NO_FILTERS } from '../model/filters';
import { importTimeline } from '../interchange/importTimeline';
import { Providers, readyStore, realTimeline } from '../../test/unit/helpers/timeline';
import * as files from './saveFile';

vi.mock('./saveFile', () => ({ saveFile: vi.fn(), pageSetting: vi.fn(() => 'top'), openFileInTab: vi.fn(() => false) }));

const timeline = realTimeline();
const saved = vi.mocked(files.saveFile);

beforeEach(() => {
  saved.mockClear();
  vi.mocked(files.pageSetting).mockReturnValue('top');
});
afterEach(cleanup);

function showMenu(filters = NO_FILTERS) {
  const store = readyStore(timeline, { filters });
  render(<Providers store={store}><DownloadMenu /></Providers>);
  const button = screen.getByRole('button', { name: 'Download' });
  fireEvent.click(button);
  return { store, button };
}

const choice = (name: RegExp) => screen.getByRole('button', { name });

describe('DownloadMenu', () => {
  it('discloses the four files, with how many events the data files hold, and Escape closes it', () => {
    const { button } = showMenu({ ...NO_FILTERS, categories: new Set(['arms']) });
    const arms = timeline.events.filter((e) => e.category === 'arms').length;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(choice(/^Events as CSV/).textContent).toContain(`the ${arms} events shown`);
    expect(choice(/^Events as JSON/).textContent).toContain(`the ${arms} events shown`);
    expect(choice(/^This view as SVG/)).toBeTruthy();
    expect(choice(/^This view as PNG/)).toBeTruthy();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it.each([['CSV', 'csv'], ['JSON', 'json']])('hands the browser the filtered events as %s, which import back as those events', async (label, extension) => {
    const filters = { ...NO_FILTERS, categories: new Set(['arms', 'conflict']) };
    const { button } = showMenu(filters);
    const ids = timeline.events.filter((e) => filters.categories.has(e.category)).map((e) => e.id);
    fireEvent.click(choice(new RegExp(`^Events as ${label}`)));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    const [name, blob] = saved.mock.calls[0];
    expect(name).toBe(`israel-azerbaijan-${ids.length}-of-${timeline.events.length}.${extension}`);
    const back = importTimeline(await blob.text(), { fileName: name });
    expect(back.ok ? back.store.events.map((e) => e.id).sort() : back.problems).toEqual([...ids].sort());
    // Done on a page of its own: the list closes, focus goes back, and the download is announced.
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    expect(screen.getByText(`Downloaded ${name}`)).toBeTruthy();
  });

  it('offers no data file when the filters leave no event', () => {
    showMenu({ ...NO_FILTERS, query: 'no event says this zzzz' });
    expect((choice(/^Events as CSV/) as HTMLButtonElement).disabled).toBe(true);
    expect((choice(/^Events as JSON/) as HTMLButtonElement).disabled).toBe(true);
  });

  it('inside a sandboxed frame, says a download may be refused, offers the file in a tab, then the full timeline’s address', async () => {
    vi.mocked(files.pageSetting).mockReturnValue('sandboxed');
    const { button } = showMenu();
    fireEvent.click(choice(/^Events as CSV/));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.queryByText(/^Downloaded/)).toBeNull();
    expect(screen.getByText(/this frame does not allow downloads/).textContent).toContain('israel-azerbaijan.csv');
    fireEvent.click(screen.getByRole('button', { name: /Open the file in a new tab/ }));
    expect(vi.mocked(files.openFileInTab)).toHaveBeenCalledWith(saved.mock.calls[0][1]);
    expect(screen.getByRole('alert').textContent).toMatch(/neither downloads nor new windows.*http:\/\/localhost/);
  });
});
