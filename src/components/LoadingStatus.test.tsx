// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { LoadingStatus } from './LoadingStatus';
import { createStore } from '../state/store';
import { Providers } from '../../test/unit/helpers/timeline';

afterEach(cleanup);

describe('LoadingStatus', () => {
  it('says it is loading, with no figures before any arrive', () => {
    render(<Providers store={createStore()}><LoadingStatus /></Providers>);
    expect(screen.getByRole('status').textContent).toBe('Loading the timeline…');
    expect(document.querySelector('progress')).toBeNull();
  });

  it('shows how much of a large file has arrived, outside the status region, and follows it', () => {
    const store = createStore({ load: { status: 'loading', progress: { loaded: 12_345_678, total: 50_000_000 } } });
    render(<Providers store={store}><LoadingStatus /></Providers>);
    const bar = screen.getByRole('progressbar', { name: 'Download progress' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([12_345_678, 50_000_000]);
    expect(document.querySelector('.loading-progress')!.textContent).toContain('12.3 MB of 50 MB downloaded');
    expect(screen.getByRole('status').textContent).toBe('Loading the timeline…');
    act(() => store.set({ load: { status: 'loading', progress: { loaded: 49_000_000, total: 50_000_000 } } }));
    expect(document.querySelector('.loading-progress')!.textContent).toContain('49 MB of 50 MB downloaded');
  });

  it('shows an indeterminate bar and the bytes so far when the size is unknown', () => {
    render(<Providers store={createStore({ load: { status: 'loading', progress: { loaded: 2_500_000, total: null } } })}><LoadingStatus /></Providers>);
    expect((screen.getByRole('progressbar') as HTMLProgressElement).hasAttribute('value')).toBe(false);
    expect(document.querySelector('.loading-progress')!.textContent).toContain('2.5 MB downloaded');
  });
});
