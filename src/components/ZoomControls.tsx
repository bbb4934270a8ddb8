/**
 * Zoom in, zoom out, fit all, and the lane mode. Buttons send view requests through the store;
 * the renderer applies them through d3-zoom so its state stays true.
 */
import { useAppState, useLocale, useStore } from './context';

/** The chart's toolbar; compact drops the lane choice (the phone overview has one band). */
export function ZoomControls({ compact = false }: { compact?: boolean }) {
  const store = useStore();
  const { t } = useLocale();
  const laneMode = useAppState((s) => s.laneMode);
  return (
    <div className="zoom-controls" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" onClick={() => store.requestView({ kind: 'zoomBy', factor: 2 })} aria-label={t('toolbar.zoomIn')} title={t('toolbar.zoomIn')}>+</button>
      <button type="button" onClick={() => store.requestView({ kind: 'zoomBy', factor: 0.5 })} aria-label={t('toolbar.zoomOut')} title={t('toolbar.zoomOut')}>−</button>
      <button type="button" onClick={() => store.requestView({ kind: 'fit' })}>{t('toolbar.fit')}</button>
      {!compact && <span className="lane-toggle" role="group" aria-label={t('toolbar.lanes')}>
        {(['category', 'actor'] as const).map((mode) => (
          <button key={mode} type="button" aria-pressed={laneMode === mode} onClick={() => store.set({ laneMode: mode })}>
            {t(`toolbar.lanes.${mode}`)}
          </button>
        ))}
      </span>}
    </div>
  );
}
