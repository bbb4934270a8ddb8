/**
 * A link to a source: only http(s) URLs become links, always opening in a new tab with
 * rel="noopener noreferrer". Anything else is shown as text.
 */
import type { ReactNode } from 'react';
import { useLocale } from './context';

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
  if (!isHttpUrl(href)) return <span className="source-url">{href}</span>;
  return (
    <a className="source-link" href={href} target="_blank" rel="noopener noreferrer">
      {children} <span className="visually-hidden">{t('details.newTab')}</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
