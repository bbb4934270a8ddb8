/**
 * The main page's React chrome, loaded beside the chart rather than before it.
 */
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { App } from '../boot';
import type { Chart } from '../render/createChart';
import { AppContext } from '../components/context';
import { MainPage } from '../components/MainPage';

/** Renders the chrome (given the chart's getter, for the Download menu) into the page's slots. */
export function mountMainPage(app: App, chart: () => Chart | null): void {
  // Tests and tools wait for data-chrome="ready" as they wait for data-status.
  const Ready = () => (useEffect(() => void (document.getElementById('timeline-root')!.dataset.chrome = 'ready'), []), null);
  createRoot(document.getElementById('chrome')!).render(
    <StrictMode>
      <AppContext.Provider value={{ ...app, chart }}>
        <MainPage />
        <Ready />
      </AppContext.Provider>
    </StrictMode>,
  );
}
