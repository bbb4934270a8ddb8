/**
 * What a key pressed inside the story player asks for. Pure. ← and → follow the screen: in a
 * right-to-left layout, where time runs right to left, → goes back. PageUp and PageDown go
 * back and on whatever the direction; Escape leaves the story. Keys with Alt, Ctrl or ⌘ belong
 * to the browser. The player listens on itself only, so an embed never takes its host's keys.
 */

/** A story key command. */
export type StoryKey = 'previous' | 'next' | 'exit';

/** The command for a key, or null for keys the story leaves alone. */
export function storyKey(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>, rtl: boolean): StoryKey | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowLeft':
      return rtl ? 'next' : 'previous';
    case 'ArrowRight':
      return rtl ? 'previous' : 'next';
    case 'PageUp':
      return 'previous';
    case 'PageDown':
      return 'next';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}
