/**
 * On return, the draft this browser kept of the store just opened: when it was written, what
 * it changes, and the choice to restore it or let it go.
 */
import { useEffect, useId, useRef } from 'react';
import { compareVersions } from '../versions';
import { differenceLines } from './differenceText';
import { useEditor, useSession, useText } from './context';

const LISTED = 8;

/** The offer, or nothing. */
export function DraftOffer({ what }: { what: string }) {
  const { app } = useEditor();
  const { t, locale } = useText();
  const offer = useSession((s) => s.offer);
  const opened = useSession((s) => s.history.present);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (offer) heading.current?.focus();
  }, [offer]);
  if (!offer) return null;
  const lines = differenceLines(compareVersions(null, opened, offer.store), t);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(offer.updated);
  return (
    <section className="draft-offer" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>{t('offer.title', { time })}</h2>
      <p>{t('offer.text', { what })}</p>
      <ul>
        {lines.slice(0, LISTED).map((line, i) => <li key={i} dir="auto">{line}</li>)}
        {lines.length > LISTED && <li>{t('diff.more', { count: lines.length - LISTED })}</li>}
      </ul>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => app.session.restoreDraft()}>{t('offer.restore')}</button>
        <button type="button" onClick={() => app.session.discardDraft()}>{t('offer.discard')}</button>
      </div>
    </section>
  );
}
