/**
 * What the page shows when the data cannot be fetched, is not JSON, or fails validation: plain
 * words, and every problem the validator found (file, event id, field). Never a blank page.
 */
import { useLocale } from './context';
import type { LoadFailure } from '../data/load';
import { isolate } from '../i18n/isolate';

/**
 * Past this many lines the rest are counted, not listed: a page is no place to read a thousand
 * problems (`npm run validate` prints them all), and a broken 100,000-event file must not freeze it.
 */
export const MAX_SHOWN = 100;

/** Props of ErrorPanel. */
export interface ErrorPanelProps {
  /** What went wrong. */
  failure: LoadFailure;
  /** The data URL as the page was asked for it. */
  url: string;
  /** Problem lines. */
  problems: string[];
  /** Whether a link back to the default dataset makes sense. */
  offerDefault: boolean;
}

/** The error panel. */
export function ErrorPanel({ failure, url, problems, offerDefault }: ErrorPanelProps) {
  const { t } = useLocale();
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{t('error.title')}</h2>
      <p>{t(`error.${failure}`, { url: isolate(url) })}</p>
      {problems.length > 0 && (
        <>
          {/* "The validator found…" only where the validator spoke: a failed download has reasons, not a count. */}
          {failure !== 'fetch' && <p>{t('error.problems', { count: problems.length })}</p>}
          <ul className="problems">
            {problems.slice(0, MAX_SHOWN).map((line, i) => <li key={i}><code>{line}</code></li>)}
          </ul>
          {problems.length > MAX_SHOWN && <p>{t('error.more', { count: problems.length - MAX_SHOWN })}</p>}
        </>
      )}
      <p className="error-actions">
        <button type="button" onClick={() => location.reload()}>{t('error.retry')}</button>
        {offerDefault && <a href={location.pathname}>{t('error.default')}</a>}
      </p>
    </section>
  );
}
