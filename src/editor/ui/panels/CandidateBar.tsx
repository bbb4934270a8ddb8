/**
 * Above the event form, for an event that is one of a draft's candidates: where it stands in
 * the review (changing it accepts it), Accept, and the way back to the review at this candidate.
 */
import { candidatesOf, acceptCandidate } from '../../review';
import { useEditor, useStore, useText } from '../context';

/** The bar for the event at `index`, or nothing when it is no candidate. */
export function CandidateBar({ index }: { index: number }) {
  const store = useStore();
  const { t } = useText();
  const { app, go } = useEditor();
  const entries = candidatesOf(store);
  const position = entries.findIndex((c) => c.index === index);
  const entry = entries[position];
  if (!entry) return null;
  return (
    <div className={`candidate-bar status-${entry.status}`}>
      <p>{entry.status === 'accepted' ? t('review.barAccepted') : t('review.barUnreviewed')}</p>
      <div className="button-row">
        {entry.status !== 'accepted' && (
          <button type="button" className="primary" onClick={() => app.session.edit((s) => acceptCandidate(s, entry.id))}>{t('review.accept')}</button>
        )}
        <button type="button" onClick={() => go({ panel: 'review', index: position }, ['review', position])}>{t('review.back')}</button>
      </div>
    </div>
  );
}
