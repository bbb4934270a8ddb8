// @vitest-environment node
/**
 * What the embed accepts from its host: each well-formed message read as itself, anything else
 * (an unknown field, a wrong type, a step that is no step) refused whole.
 */
import { describe, expect, it } from 'vitest';
import { isNamespaced, parseInbound } from './protocol';

const T = 'bilateral-timeline:';

describe('messages from the host', () => {
  it.each<[string, unknown, unknown]>([
    ['goto an event', { type: `${T}goto`, id: 'arms-deal-2012' }, { type: `${T}goto`, id: 'arms-deal-2012' }],
    ['goto a story', { type: `${T}goto`, story: 'recognition-to-war' }, { type: `${T}goto`, story: 'recognition-to-war', step: 0 }],
    ['goto a story’s step', { type: `${T}goto`, story: 'recognition-to-war', step: 3 }, { type: `${T}goto`, story: 'recognition-to-war', step: 3 }],
    ['goto a story’s title card', { type: `${T}goto`, story: 'tour', step: 0 }, { type: `${T}goto`, story: 'tour', step: 0 }],
    ['a window', { type: `${T}setView`, from: '2010', to: '2014' }, { type: `${T}setView`, from: '2010', to: '2014' }],
    ['everything', { type: `${T}setView`, fit: true }, { type: `${T}setView`, fit: true }],
  ])('reads %s', (_, message, expected) => {
    expect(parseInbound(message)).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['an event and a story at once', { type: `${T}goto`, id: 'arms-deal-2012', story: 'tour' }],
    ['a step without a story', { type: `${T}goto`, step: 2 }],
    ['a negative step', { type: `${T}goto`, story: 'tour', step: -1 }],
    ['a fractional step', { type: `${T}goto`, story: 'tour', step: 1.5 }],
    ['a step as text', { type: `${T}goto`, story: 'tour', step: '2' }],
    ['a story id that is no slug', { type: `${T}goto`, story: '<b>tour</b>' }],
    ['a story id as a number', { type: `${T}goto`, story: 7 }],
    ['an unknown field', { type: `${T}goto`, story: 'tour', autoplay: true }],
    ['an event id that is no slug', { type: `${T}goto`, id: 'Arms Deal' }],
    ['an unknown type', { type: `${T}play`, story: 'tour' }],
    ['not an object', `${T}goto`],
  ])('refuses %s', (_, message) => {
    expect(parseInbound(message)).toBeNull();
  });

  it('knows its own namespace, well-formed or not', () => {
    expect(isNamespaced({ type: `${T}play` })).toBe(true);
    expect(isNamespaced({ type: 'other:goto' })).toBe(false);
    expect(isNamespaced(null)).toBe(false);
  });
});
