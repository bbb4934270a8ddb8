/**
 * The main page's React chrome, loaded beside the chart rather than before it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { App } from '../boot';
import type { Chart } from '../render/createChart';
import { AppContext } from '../components/context';
import { MainPage } from '../components/MainPage';

/** Renders the chrome (given the chart's getter, for the Download menu) into the page's slots. */
export function mountMainPage(app: App, chart: () => Chart | null): void {
  createRoot(document.getElementById('chrome')!).render(
    <StrictMode>
      <AppContext.Provider value={{ ...app, chart }}>
        <MainPage />
      </AppContext.Provider>
    </StrictMode>,
  );
}
