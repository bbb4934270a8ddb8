/**
 * The Download menu: the events shown (after filters) as CSV or as JSON, and the view as SVG
 * or PNG. A button that discloses a short list; the list floats over the page (fixed, so that
 * a header of fixed height cannot clip it, and nothing around it moves). The files are made
 * by a module loaded the first time the menu opens, never with the page.
 *
 * Inside a frame a download may be refused without a word (a sandbox without
 * `allow-downloads`): there the menu says so after each download and offers to open the file
 * in a new tab instead, or, where windows are refused too, the address of the full timeline.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useAppState, useChartHandle, useConfig, useLocale, useStore } from './context';
import { selectFilteredEvents } from '../state/selectors';
import { fullPageUrl } from '../embed/fullPageUrl';
import { openFileInTab, pageSetting, saveFile } from './saveFile';
import type { DownloadKind } from '../render/downloadFiles';

const KINDS: DownloadKind[] = ['csv', 'json', 'svg', 'png'];
const loadFiles = () => import('../render/downloadFiles');

/** Where the menu stands after the last choice. */
type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'sent'; name: string; blob: Blob; framed: boolean }
  | { kind: 'failed'; reason: 'noData' | 'notDrawn' | 'error' };

/** Props of DownloadMenu. */
export interface DownloadMenuProps {
  /** Only an icon on the button (narrow toolbars); its name stays "Download". */
  compact?: boolean;
}

/** The Download button and its list. */
export function DownloadMenu({ compact = false }: DownloadMenuProps) {
  const { t } = useLocale();
  const store = useStore();
  const config = useConfig();
  const handle = useChartHandle();
  const shown = useAppState((s) => selectFilteredEvents(s).length);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [blocked, setBlocked] = useState<string | null>(null);
  const [place, setPlace] = useState<CSSProperties>({ visibility: 'hidden' });
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const pageUrl = () => fullPageUrl(store.get(), config, location.href);

  const close = (refocus: boolean) => {
    setOpen(false);
    setBlocked(null);
    if (refocus) button.current?.focus();
  };

  // The list sits under the button, or over it when there is no room below; its end edge
  // lines up with the button's, kept inside the window.
  useLayoutEffect(() => {
    if (!open || !button.current || !panel.current) return;
    const b = button.current.getBoundingClientRect();
    const p = panel.current.getBoundingClientRect();
    const rtl = document.documentElement.dir === 'rtl';
    const left = Math.min(Math.max(4, rtl ? b.left : b.right - p.width), Math.max(4, innerWidth - p.width - 4));
    const below = b.bottom + 4 + p.height <= innerHeight || b.top < p.height + 8;
    setPlace({ left, top: below ? b.bottom + 4 : b.top - p.height - 4 });
  }, [open, status, blocked]);

  // Escape, a click elsewhere, scrolling or resizing close the list.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close(true);
    const onPointer = (e: PointerEvent) => {
      if (!panel.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) close(false);
    };
    const onMove = () => close(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    addEventListener('resize', onMove);
    addEventListener('scroll', onMove, true);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      removeEventListener('resize', onMove);
      removeEventListener('scroll', onMove, true);
    };
  }, [open]);

  async function download(kind: DownloadKind) {
    setStatus({ kind: 'working' });
    setBlocked(null);
    try {
      const { makeDownload, DownloadError } = await loadFiles();
      try {
        const file = await makeDownload(kind, { state: store.get(), chart: handle?.chart() ?? null, view: handle?.view ?? null, pageUrl: pageUrl() });
        saveFile(file.name, file.blob);
        const framed = pageSetting() !== 'top';
        setStatus({ kind: 'sent', name: file.name, blob: file.blob, framed });
        if (!framed) close(true);
      } catch (error) {
        setStatus({ kind: 'failed', reason: error instanceof DownloadError ? error.reason : 'error' });
        if (!(error instanceof DownloadError)) console.error(error);
      }
    } catch (error) {
      setStatus({ kind: 'failed', reason: 'error' });
      console.error(error);
    }
  }

  const unavailable = (kind: DownloadKind) => ((kind === 'svg' || kind === 'png') ? !handle : shown === 0);
  return (
    <span className="download-menu">
      <button ref={button} type="button" className="download-button" aria-expanded={open} aria-controls={panelId}
        aria-label={compact ? t('download.label') : undefined} title={compact ? t('download.label') : undefined}
        onClick={() => {
          if (open) return close(false);
          setStatus({ kind: 'idle' });
          setPlace({ visibility: 'hidden' });
          setOpen(true);
          void loadFiles(); // fetched while the reader chooses
        }}>
        <svg className="download-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><path d="M7 1v8M3.5 5.5 7 9l3.5-3.5M2 12.5h10" /></svg>
        {!compact && ` ${t('download.label')}`}
      </button>
      <div ref={panel} id={panelId} className="download-panel" hidden={!open} style={place}>
        <ul>
          {KINDS.map((kind) => (
            <li key={kind}>
              <button type="button" disabled={status.kind === 'working' || unavailable(kind)} onClick={() => void download(kind)}>
                {t(`download.${kind}`)}
                <span className="download-hint">{kind === 'csv' || kind === 'json' ? t('download.events', { count: shown }) : t(`download.hint.${kind}`)}</span>
              </button>
            </li>
          ))}
        </ul>
        {status.kind === 'working' && <p className="download-status">{t('download.working')}</p>}
        {status.kind === 'failed' && <p className="download-status" role="alert">{t(`download.failed.${status.reason}`)}</p>}
        {status.kind === 'sent' && status.framed && (
          <div className="download-status" role="status">
            <p>{t('download.framed', { name: status.name })}</p>
            <button type="button" onClick={() => setBlocked(openFileInTab(status.blob) ? null : pageUrl())}>
              {t('download.openFile')} <span aria-hidden="true">↗</span>
            </button>
            {blocked && <p className="download-blocked" role="alert">{t('download.blocked', { url: blocked })}</p>}
          </div>
        )}
      </div>
      <span className="visually-hidden" role="status">{status.kind === 'sent' && !status.framed ? t('download.sent', { name: status.name }) : ''}</span>
    </span>
  );
}
