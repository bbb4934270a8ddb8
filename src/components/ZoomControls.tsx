/**
 * Zoom in, zoom out, fit all, and the lane mode. The buttons ask the view controller through
 * the actions; it clamps and keeps the view on the data.
 */
import { useActions, useAppState, useLocale } from './context';

/** The chart's zoom buttons; `lanes` adds the lane choice (not in the one-band phone overview). */
export function ZoomControls({ lanes = true }: { lanes?: boolean }) {
  const actions = useActions();
  const { t } = useLocale();
  const laneMode = useAppState((s) => s.laneMode);
  return (
    <div className="zoom-controls" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" onClick={() => actions.setView({ kind: 'zoomBy', factor: 2 })} aria-label={t('toolbar.zoomIn')} title={t('toolbar.zoomIn')}>+</button>
      <button type="button" onClick={() => actions.setView({ kind: 'zoomBy', factor: 0.5 })} aria-label={t('toolbar.zoomOut')} title={t('toolbar.zoomOut')}>−</button>
      <button type="button" onClick={() => actions.setView({ kind: 'fit' })}>{t('toolbar.fit')}</button>
      {/* A select, not a pair of buttons: it keeps the toolbar one row long in every language. */}
      {lanes && (
        <select className="lane-select" aria-label={t('toolbar.lanes')} value={laneMode} onChange={(e) => actions.setLaneMode(e.target.value as 'category' | 'actor')}>
          {(['category', 'actor'] as const).map((mode) => <option key={mode} value={mode}>{t(`toolbar.lanes.${mode}`)}</option>)}
        </select>
      )}
    </div>
  );
}
