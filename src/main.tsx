/**
 * Entry of the full page.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from './boot';
import { StoreContext } from './components/context';
import { LocaleProvider } from './components/LocaleProvider';
import { MainPage } from './components/MainPage';
import './styles/app.css';

const { store, config, catalog } = await boot(false);

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <LocaleProvider initialCatalog={catalog}>
        <MainPage config={config} />
      </LocaleProvider>
    </StoreContext.Provider>
  </StrictMode>,
);
