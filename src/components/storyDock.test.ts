// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clampWindow, dockSide } from './storyDock';
import { stepView, type Story } from '../model/stories';
import { fixtureTimeline, realTimeline } from '../../test/unit/helpers/timeline';

const timeline = realTimeline();
const story: Story = {
  id: 's',
  title: 'S',
  steps: [
    { event: 'israel-recognises-azerbaijan', caption: 'Early, but a year after the data starts: past the middle of its window.' },
    { event: 'arms-deal-2012', caption: 'In the middle: the event sits past the centre.' },
    { from: '2006', to: '2010', filters: { categories: ['energy'] }, caption: 'Two events early in the window, one late.' },
    { from: '1991', to: '1993', caption: 'Everything early in a window that starts at the data.' },
  ],
};
const side = (step: number) => dockSide(stepView(story, step, timeline), timeline);

describe('the side the story player takes', () => {
  it('keeps the start on the title card', () => expect(side(0)).toBe('start'));
  it('keeps the start for an early event the view can still centre', () => expect(side(1)).toBe('start'));
  it('moves to the end for the data’s first event, which the view cannot pan past', () => {
    const fixture = fixtureTimeline(); // "recognition" opens the data
    const first: Story = { id: 'f', title: 'F', steps: [{ event: 'recognition', caption: 'First.' }] };
    expect(dockSide(stepView(first, 1, fixture), fixture)).toBe('end');
  });
  it('keeps the start when the event sits past the middle', () => expect(side(2)).toBe('start'));
  it('takes the side of a window with fewer of its events', () => expect(side(3)).toBe('end'));
  it('stays at the start when no side is emptier', () => {
    expect(dockSide({ kind: 'window', window: [Date.UTC(2030, 0, 1), Date.UTC(2031, 0, 1)], filters: { categories: null, actors: null, certainties: null, query: '' }, lanes: 'category' }, timeline)).toBe('start');
  });

  it.each([
    [[5, 8], [0, 10], [5, 8]],
    [[-3, 2], [0, 10], [0, 5]],
    [[8, 14], [0, 10], [4, 10]],
    [[-5, 20], [0, 10], [0, 10]],
  ])('clamps %j into %j as %j', (window, domain, expected) => {
    expect(clampWindow(window as [number, number], domain as [number, number])).toEqual(expected);
  });
});
