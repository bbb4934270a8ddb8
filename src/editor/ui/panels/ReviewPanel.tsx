/**
 * The review of a draft's candidates (the store's `draft` object): the candidates in the
 * article's order (one tab stop, arrows move), the chosen one's facts and what to do with it
 * (accept, edit, reject, merge), and beside the form the article with its sentence marked.
 * Keyboard: J / ↓ and K / ↑ move between candidates, A accepts, R rejects, E edits (not while
 * typing in a field); each decision is one undo step, and is announced politely with the
 * candidate now chosen.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatPath } from '../../../data/problems';
import { getIn, textOf, type EditableStore } from '../../document';
import { acceptCandidate, candidatesOf, mergeCandidate, nextToReview, rejectCandidate, type CandidateEntry } from '../../review';
import { ProblemList } from '../fields';
import { useEditor, useProblems, useStore, useText } from '../context';
import { CandidateCard, type ReviewAction } from './CandidateCard';
import { ArticleText } from './ArticleText';

/** The candidates, the chosen one's position (the place's index, else the first to review) and the chosen one. */
function useChosenCandidate() {
  const store = useStore();
  const { place } = useEditor();
  const entries = useMemo(() => candidatesOf(store), [store]);
  const position = entries.length === 0 ? -1 : Math.min(place.index ?? nextToReview(entries, 0), entries.length - 1);
  return { store, entries, position, entry: entries[position] as CandidateEntry | undefined };
}

const articleTitleOf = (store: EditableStore) => textOf(getIn(store, ['draft', 'article', 'title']));

/** Beside the form while reviewing: the article, the chosen candidate's sentence marked. */
export function ReviewArticle() {
  const { store, entry } = useChosenCandidate();
  const { t } = useText();
  const headingId = useId();
  return (
    <section className="review-article" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('review.articleHeading')}</h2>
      <ArticleText title={articleTitleOf(store)} sentence={entry?.sentence ?? null} />
    </section>
  );
}

/** The Review panel. */
export function ReviewPanel() {
  const { t } = useText();
  const { app, go } = useEditor();
  const { session } = app;
  const problems = useProblems();
  const { store, entries, position, entry } = useChosenCandidate();
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const focusList = useRef(false);

  // The chosen candidate stays in sight in the list, and keeps focus there when it was moved from there.
  useEffect(() => {
    const button = listRef.current?.querySelector<HTMLElement>('[aria-current="true"]');
    button?.scrollIntoView({ block: 'nearest' });
    if (focusList.current) button?.focus();
    focusList.current = false;
  }, [position, entries]);

  const choose = (i: number) => go({ panel: 'review', index: i });
  /** Another candidate chosen by the person: the last decision's announcement no longer applies. */
  const pick = (i: number) => {
    setAnnouncement('');
    choose(i);
  };
  const titleOf = (e: CandidateEntry) => textOf(e.event.title) || e.id;

  /** Applies a decision to the chosen candidate, then chooses the next one to review. */
  const act = (action: ReviewAction) => {
    if (!entry) return;
    const title = titleOf(entry);
    if (action.kind === 'edit') {
      if (entry.index >= 0) go({ panel: 'events', index: entry.index }, ['events', entry.index, 'title']);
      return;
    }
    let message = '';
    if (action.kind === 'accept') {
      session.edit((s) => acceptCandidate(s, entry.id));
      message = t('review.accepted', { title });
    } else if (action.kind === 'reject') {
      session.edit((s) => rejectCandidate(s, entry.id));
      message = t('review.rejected', { title });
    } else if (action.kind === 'merge') {
      let added = 0;
      session.edit((s) => {
        const merged = mergeCandidate(s, entry.id, action.target);
        added = merged.added;
        return merged.store;
      });
      message = t(added ? 'review.merged' : 'review.mergedCited', { title, target: action.targetTitle });
    }
    const after = candidatesOf(session.get().history.present);
    const next = nextToReview(after, action.kind === 'accept' ? position + 1 : position);
    const upNext = after[next];
    setAnnouncement(upNext && upNext.id !== entry.id ? `${message} ${titleOf(upNext)}, ${textOf(upNext.event.start)}.` : message);
    choose(next);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]')) return;
    const inList = Boolean((e.target as HTMLElement).closest('.candidate-list'));
    // Letters by their place on the keyboard, so J, K, A, R and E work in a Russian or Hebrew layout too.
    const key = /^Key[A-Z]$/.test(e.code) && !e.shiftKey ? e.code.slice(3).toLowerCase() : e.key;
    const move = (to: number) => {
      focusList.current = inList;
      pick(Math.max(0, Math.min(entries.length - 1, to)));
    };
    if (key === 'j' || (inList && key === 'ArrowDown')) move(position + 1);
    else if (key === 'k' || (inList && key === 'ArrowUp')) move(position - 1);
    else if (inList && key === 'Home') move(0);
    else if (inList && key === 'End') move(entries.length - 1);
    else if (key === 'a' || key === 'r' || key === 'e') {
      focusList.current = inList;
      act({ kind: ({ a: 'accept', r: 'reject', e: 'edit' } as const)[key] });
    } else return;
    e.preventDefault();
  };

  const left = entries.filter((c) => c.status !== 'accepted').length;
  const articleTitle = articleTitleOf(store);
  return (
    <div className="review-panel" onKeyDown={onKeyDown}>
      <ProblemList problems={problems.under(['draft'])} />
      <h2 dir="auto">{t('review.heading', { title: articleTitle })}</h2>
      <p className="review-progress">
        {left > 0 ? t('review.progress', { left, accepted: entries.length - left, count: entries.length }) : t('review.done')}
      </p>
      <p className="muted review-keys">{t('review.keys')}</p>
      <p className="review-announcement" role="status">{announcement}</p>
      {entries.length > 0 && (
        <ul className="candidate-list" ref={listRef} aria-label={t('review.list')}>
          {entries.map((c, i) => (
            <li key={c.id}>
              <button type="button" data-path={formatPath(['review', i])} aria-current={i === position || undefined} tabIndex={i === position ? 0 : -1} onClick={() => pick(i)} className={`status-${c.status}`}>
                <span className="review-status">{t(`review.status.${c.status}`)}</span>
                <span className="item-title" dir="auto">{titleOf(c)}</span>
                {c.candidate.context !== undefined && <span className="context-badge">{t('review.contextBadge')}</span>}
                <span className="item-detail">{textOf(c.event.start)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {entry && <CandidateCard entry={entry} onAction={act} />}
    </div>
  );
}
