/**
 * Entry of the embed page (/embed.html).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from '../boot';
import { StoreContext } from '../components/context';
import { LocaleProvider } from '../components/LocaleProvider';
import { EmbedPage } from '../components/EmbedPage';
import { fullPageUrl } from './fullPageUrl';
import { startBridge } from './bridge';
import '../styles/embed.css';

const { store, config, catalog } = await boot(true);

const root = document.getElementById('app')!;
createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <LocaleProvider initialCatalog={catalog}>
        <EmbedPage config={config} />
      </LocaleProvider>
    </StoreContext.Provider>
  </StrictMode>,
);
startBridge(store, root, () => fullPageUrl(store.get(), config, location.href));
