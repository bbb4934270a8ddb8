// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { storyKey } from './storyKeys';

const press = (key: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({ key, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('story keys', () => {
  it.each([
    ['ArrowLeft', false, 'previous'],
    ['ArrowRight', false, 'next'],
    ['ArrowLeft', true, 'next'],
    ['ArrowRight', true, 'previous'],
    ['PageUp', false, 'previous'],
    ['PageDown', true, 'next'],
    ['Escape', false, 'exit'],
    ['Enter', false, null],
    ['ArrowDown', false, null],
  ])('%s (right to left: %s) → %s', (key, rtl, command) => {
    expect(storyKey(press(key), rtl)).toBe(command);
  });

  it('leaves keys with a modifier to the browser', () => {
    expect(storyKey(press('ArrowLeft', { altKey: true }), false)).toBeNull();
    expect(storyKey(press('PageDown', { ctrlKey: true }), false)).toBeNull();
    expect(storyKey(press('ArrowRight', { metaKey: true }), false)).toBeNull();
  });
});
