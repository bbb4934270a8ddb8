// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keyCommand } from './keyCommands';

const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('keyCommand', () => {
  it.each([
    ['ArrowRight', false, { kind: 'step', step: 'next' }],
    ['ArrowLeft', false, { kind: 'step', step: 'previous' }],
    ['ArrowRight', true, { kind: 'step', step: 'previous' }],
    ['ArrowLeft', true, { kind: 'step', step: 'next' }],
    ['ArrowUp', false, { kind: 'step', step: 'laneUp' }],
    ['ArrowDown', true, { kind: 'step', step: 'laneDown' }],
    ['Home', false, { kind: 'step', step: 'first' }],
    ['End', false, { kind: 'step', step: 'last' }],
    ['Enter', false, { kind: 'open' }],
    [' ', false, { kind: 'open' }],
    ['Escape', false, { kind: 'close' }],
    ['+', false, { kind: 'zoom', factor: 2 }],
    ['-', false, { kind: 'zoom', factor: 0.5 }],
    ['0', false, { kind: 'fit' }],
  ])('%s (rtl %s) → %o', (k, rtl, expected) => {
    expect(keyCommand(key(k), rtl)).toEqual(expected);
  });

  it.each(['a', 'Tab', 'PageDown', '1'])('leaves %s alone', (k) => expect(keyCommand(key(k), false)).toBeNull());

  it.each([{ ctrlKey: true }, { metaKey: true }, { altKey: true }])('leaves modified keys to the browser: %o', (mods) => {
    expect(keyCommand(key('ArrowRight', mods), false)).toBeNull();
    expect(keyCommand(key('0', mods), false)).toBeNull();
  });
});
