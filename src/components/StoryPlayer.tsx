/**
 * The story player, over the chart in a slot of its own (the chart never moves for it): first a
 * title card (the story's title and summary, Start), then each step with its heading and
 * caption, "Step n of m", Previous / Next, a progress bar of clickable steps, autoplay with a
 * visible Pause (never on by default, not offered under reduced motion) and a way out to free
 * exploration that keeps the current view. Every move goes through the actions; the chart
 * animates to the step, or jumps under reduced motion. The player lies against the chart's
 * edge away from what the step shows (storyDock.ts).
 *
 * Keys while the player has focus: ← / → (mirrored right to left) and PageUp / PageDown move
 * between steps, Escape leaves. Focus is moved only after the reader acted in the player (a
 * deep link or a host's message never takes it), and only when the focused control went away.
 */
import { useCallback, useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useActions, useAppState, useLocale, useTimeline } from './context';
import { selectStory } from '../state/selectors';
import { neighbourStep, stepView, type Story } from '../model/stories';
import { dockSide } from './storyDock';
import type { Timeline } from '../model/types';
import { storyKey } from './storyKeys';
import { stepHeading } from './storyText';
import { StoryProgress } from './StoryProgress';
import { useAutoplay } from './useAutoplay';

/** Props of StoryPlayer. */
export interface StoryPlayerProps {
  /** Offers "Details" on event steps, where the page keeps the details closed during a story. */
  onShowDetails?: () => void;
  /** The reader left the story from the player: the page puts focus somewhere useful. */
  onLeave?: () => void;
  /** Changes when the page wants focus in the player (its launcher opened the story). */
  focusRequest?: number;
}

/** The player; nothing while no story is told. */
export function StoryPlayer(props: StoryPlayerProps) {
  const story = useAppState(selectStory);
  const step = useAppState((s) => s.story?.step ?? 0);
  const timeline = useTimeline();
  return story && timeline ? <Player story={story} step={step} timeline={timeline} {...props} /> : null;
}

function Player({ story, step, timeline, onShowDetails, onLeave, focusRequest = 0 }: StoryPlayerProps & { story: Story; step: number; timeline: Timeline }) {
  const actions = useActions();
  const locale = useLocale();
  const { t, rtl } = locale;
  const settled = useAppState((s) => s.view.settled);
  const root = useRef<HTMLElement>(null);
  const acted = useRef(false);
  const helpId = useId();
  const count = story.steps.length;
  const current = story.steps[step - 1];
  const go = useCallback((n: number) => actions.goToStep(n), [actions]);
  const autoplay = useAutoplay(story, step, settled, go);
  const leave = () => {
    actions.exitStory();
    onLeave?.();
  };
  const focusPrimary = () => root.current?.querySelector<HTMLElement>('[data-primary]')?.focus();

  useEffect(() => {
    if (focusRequest) focusPrimary();
  }, [focusRequest]);
  useEffect(() => {
    if (!acted.current) return;
    acted.current = false;
    const active = document.activeElement;
    if (!active || active === document.body) focusPrimary();
    else if (active.closest('.story-progress')) root.current?.querySelector<HTMLElement>('.story-progress [aria-current]')?.focus();
  }, [step]);

  const onKeyDown = (e: KeyboardEvent) => {
    const command = storyKey(e, rtl);
    if (!command) return;
    e.preventDefault();
    e.stopPropagation();
    acted.current = true;
    if (command === 'exit') return leave();
    go(neighbourStep(story, step, command));
  };

  return (
    <section ref={root} className={`story-player dock-${dockSide(stepView(story, step, timeline), timeline)}${current ? '' : ' story-card'}`} aria-label={t('story.label', { title: story.title })} aria-describedby={helpId}
      onKeyDown={onKeyDown} onClickCapture={() => (acted.current = true)}>
      <p id={helpId} className="visually-hidden">{t('story.help')}</p>
      {current ? (
        <>
          <StoryProgress story={story} step={step} timeline={timeline} onGo={go} />
          <div className="story-head">
            <p className="story-kicker">{t('story.position', { n: step, count })}</p>
            <button type="button" className="story-exit" onClick={leave}><span aria-hidden="true">×</span> <span className="story-label">{t('story.exit')}</span></button>
          </div>
          <h2 dir="auto">{stepHeading(current, timeline, locale)}</h2>
          <p className="story-text" dir="auto" tabIndex={0}>{current.caption}</p>
          <div className="story-nav">
            <button type="button" onClick={() => go(step - 1)}><span aria-hidden="true">{rtl ? '›' : '‹'}</span> <span className="story-label">{t('story.previous')}</span></button>
            <button type="button" data-primary="" className="primary" aria-disabled={step === count || undefined} onClick={() => step < count && go(step + 1)}>
              <span className="story-label">{t('story.next')}</span> <span aria-hidden="true">{rtl ? '‹' : '›'}</span>
            </button>
            {onShowDetails && current.event !== undefined && <button type="button" onClick={onShowDetails}>{t('story.details')}</button>}
            {autoplay.available && (
              <button type="button" className="story-play" aria-disabled={(!autoplay.playing && step === count) || undefined}
                onClick={() => (autoplay.playing || step < count) && autoplay.toggle()}>
                <span aria-hidden="true">{autoplay.playing ? '❚❚' : '▶'}</span> <span className="story-label">{t(autoplay.playing ? 'story.pause' : 'story.play')}</span>
              </button>
            )}
          </div>
        </>
      ) : (
        <>
          <p className="story-kicker">{t('story.intro', { count })}</p>
          <h2 dir="auto">{story.title}</h2>
          {story.summary && <p className="story-text" dir="auto" tabIndex={0}>{story.summary}</p>}
          <div className="story-nav">
            <button type="button" data-primary="" className="primary" onClick={() => go(1)}>{t('story.start')}</button>
            <button type="button" className="story-exit" onClick={leave}>{t('story.exit')}</button>
          </div>
        </>
      )}
    </section>
  );
}
