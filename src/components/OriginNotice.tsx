/**
 * When the data comes from another origin, say so plainly, so that no one can pass off another
 * file as this site's.
 */
import { useAppState, useLocale } from './context';

/** The origin line, or nothing for the site's own data. */
export function OriginNotice() {
  const { t } = useLocale();
  const origin = useAppState((s) => s.dataOrigin);
  if (!origin) return null;
  return <p className="origin-notice" role="note">{t('origin.notice', { origin })}</p>;
}
