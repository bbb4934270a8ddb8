/**
 * The draft's article as plain text (never HTML), the chosen candidate's sentence marked with
 * <mark> around exactly its characters, and scrolled into the middle of the box whenever the
 * candidate changes. The box scrolls on its own (a focusable region), so the page does not jump.
 */
import { useLayoutEffect, useRef } from 'react';
import { useStore, useText } from '../context';
import { articleTextOf } from '../../review';

/** The article, with `sentence` marked. */
export function ArticleText({ title, sentence }: { title: string; sentence: { start: number; end: number } | null }) {
  const store = useStore();
  const { t } = useText();
  const text = articleTextOf(store);
  const box = useRef<HTMLDivElement>(null);
  const mark = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const container = box.current;
    const marked = mark.current;
    if (!container || !marked) return;
    container.scrollTop = Math.max(0, marked.offsetTop - container.clientHeight / 3);
  }, [sentence?.start, sentence?.end, text]);
  if (!text) return null;
  return (
    <div ref={box} className="article-text" role="region" aria-label={t('review.article', { title })} tabIndex={0} dir="auto">
      {sentence ? (
        <>
          {text.slice(0, sentence.start)}
          <mark ref={mark}>{text.slice(sentence.start, sentence.end)}</mark>
          {text.slice(sentence.end)}
        </>
      ) : (
        text
      )}
    </div>
  );
}
