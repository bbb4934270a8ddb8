/**
 * The embed's React chrome, loaded beside the chart rather than before it.
 */
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { App } from '../boot';
import type { Chart } from '../render/createChart';
import { AppContext } from '../components/context';
import { EmbedPage } from '../components/EmbedPage';

/** Renders the chrome (given the chart's getter, for the Download menu) into the embed's slots. */
export function mountEmbedPage(app: App, chart: () => Chart | null): void {
  // Tests and tools wait for data-chrome="ready" as they wait for data-status.
  const Ready = () => (useEffect(() => void (document.getElementById('timeline-root')!.dataset.chrome = 'ready'), []), null);
  createRoot(document.getElementById('chrome')!).render(
    <StrictMode>
      <AppContext.Provider value={{ ...app, chart }}>
        <EmbedPage />
        <Ready />
      </AppContext.Provider>
    </StrictMode>,
  );
}
