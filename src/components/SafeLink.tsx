/**
 * A link to a source: only http(s) URLs become links, always opening in a new tab with
 * rel="noopener noreferrer". Anything else is shown as text.
 */
import { useState, type ReactNode } from 'react';
import { useLocale } from './context';
import { openExternal } from './openExternal';

/** True for an http: or https: URL. */
export function isHttpUrl(url: string): boolean {
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Props of SafeLink. */
export interface SafeLinkProps {
  /** The target. */
  href: string;
  /** Link text. */
  children: ReactNode;
}

/** An external link that opens in a new tab, or plain text when the URL is not http(s). */
export function SafeLink({ href, children }: SafeLinkProps) {
  const { t } = useLocale();
  const [blocked, setBlocked] = useState(false);
  if (!isHttpUrl(href)) return <span className="source-url">{href}</span>;
  return (
    <>
      <a className="source-link" href={href} target="_blank" rel="noopener noreferrer"
        onClick={(e) => {
          // Inside a frame a sandbox may refuse new windows; say so instead of doing nothing.
          if (window.parent === window) return;
          e.preventDefault();
          setBlocked(!openExternal(href));
        }}>
        {children} <span className="visually-hidden">{t('details.newTab')}</span>
        <span aria-hidden="true"> ↗</span>
      </a>
      {blocked && <span className="blocked" role="alert">{t('embed.popupBlocked', { url: href })}</span>}
    </>
  );
}
