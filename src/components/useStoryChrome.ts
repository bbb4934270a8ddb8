/**
 * What a page keeps around its story player: the launcher (where focus returns when the reader
 * leaves), requests for focus in the player, and whether the details of a step's event show.
 * Where the details would cover the story (an embed's overlay, a phone's sheet) they open only
 * when the reader asks, close again at each step, and hand focus back to the player on close.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useAppState } from './context';
import { selectStory } from '../state/selectors';
import type { StoryPlayerProps } from './StoryPlayer';

/** The story's part of a page. */
export interface StoryChrome {
  /** The launcher's element. */
  launcher: RefObject<HTMLElement | null>;
  /** The launcher opened a story: focus goes into the player. */
  onOpen: () => void;
  /** The player's props. */
  player: StoryPlayerProps;
  /** Whether the details panel is shown. */
  detailsShown: boolean;
  /** The details panel's close inside a story (hide it, keep the selection), else undefined. */
  closeDetails: (() => void) | undefined;
}

/** The story's part of a page; `detailsOnRequest`: the details would cover the player. */
export function useStoryChrome(detailsOnRequest: boolean): StoryChrome {
  const story = useAppState(selectStory);
  const step = useAppState((s) => s.story?.step);
  const launcher = useRef<HTMLElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [asked, setAsked] = useState(false);
  const focusPlayer = () => setFocusRequest((n) => n + 1);
  useEffect(() => setAsked(false), [story, step]);
  // Asked for from the player: focus goes into the details.
  useEffect(() => {
    if (asked) document.getElementById('details-title')?.focus();
  }, [asked]);

  const onRequest = story !== null && detailsOnRequest;
  return {
    launcher,
    onOpen: focusPlayer,
    player: { onShowDetails: detailsOnRequest ? () => setAsked(true) : undefined, onLeave: () => launcher.current?.focus(), focusRequest },
    detailsShown: !onRequest || asked,
    closeDetails: onRequest ? () => (setAsked(false), focusPlayer()) : undefined,
  };
}
