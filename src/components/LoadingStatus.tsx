/**
 * "Loading the timeline…", and while a large file arrives, how much of it has: a progress bar
 * and "12.3 MB of 50 MB downloaded". The bar and figures sit outside the status region, so a
 * screen reader hears "loading" once, not every figure.
 */
import { useAppState, useLocale } from './context';

/** The loading state of a page. */
export function LoadingStatus() {
  const { t, locale } = useLocale();
  const progress = useAppState((s) => (s.load.status === 'loading' ? s.load.progress : undefined));
  const size = (bytes: number) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
  return (
    <>
      <p className="loading" role="status">{t('app.loading')}</p>
      {progress && (
        <p className="loading-progress">
          {progress.total ? (
            <>
              <progress max={progress.total} value={progress.loaded} aria-label={t('app.progressLabel')} />{' '}
              {t('app.progress', { loaded: size(progress.loaded), total: size(progress.total) })}
            </>
          ) : (
            <>
              <progress aria-label={t('app.progressLabel')} /> {t('app.progressUnknown', { loaded: size(progress.loaded) })}
            </>
          )}
        </p>
      )}
    </>
  );
}
