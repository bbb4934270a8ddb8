/**
 * Mounts a page's React chrome (loaded beside the chart rather than before it) into the slots
 * its HTML keeps, and says so on the page root: tests and tools wait for data-chrome="ready" as
 * they wait for data-status.
 */
import { StrictMode, useEffect, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import type { App } from '../boot';
import type { Chart } from '../render/createChart';
import { AppContext } from '../components/context';

function Ready() {
  useEffect(() => void (document.getElementById('timeline-root')!.dataset.chrome = 'ready'), []);
  return null;
}

/** Renders `Page` (given the chart's getter, for the Download menu) into the page's slots. */
export function mountChrome(app: App, chart: () => Chart | null, Page: ComponentType): void {
  createRoot(document.getElementById('chrome')!).render(
    <StrictMode>
      <AppContext.Provider value={{ ...app, chart }}>
        <Page />
        <Ready />
      </AppContext.Provider>
    </StrictMode>,
  );
}
