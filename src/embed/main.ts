/**
 * Entry of the embed page (/embed.html). The chart draws from this small entry; the React
 * chrome is fetched once the chart is drawn and attaches in the slots kept for it. The bridge to the host
 * page starts at once, so the host hears "loading" before anything else.
 */
import { boot } from '../boot';
import { chromeTime, mountChart } from '../mountChart';
import { fullPageUrl } from './fullPageUrl';
import { startBridge } from './bridge';
import { embedPreferredHeight } from './preferredHeight';
import { selectLocale, selectTimeline } from '../state/selectors';
import '../styles/embed.css';

const app = boot(true);
const root = document.getElementById('timeline-root')!;
// The chrome's slots take their sizes from these classes before any chrome is drawn.
root.classList.add(`controls-${app.config.controls}`);
if (!app.config.title) root.classList.add('title-hidden');
// The landmark is named once the data says what the timeline is about.
const main = document.getElementById('embed-main')!;
app.store.subscribe((state) => {
  const title = selectTimeline(state)?.title;
  if (title) main.setAttribute('aria-label', selectLocale(state).t('embed.label', { title }));
});
const chart = mountChart(app, { root, container: document.getElementById('chart')!, wheelNeedsModifier: true });
startBridge({
  store: app.store,
  actions: app.actions,
  preferredHeight: () => embedPreferredHeight(root, chart()),
  fullPageUrl: () => fullPageUrl(app.store.get(), app.config, location.href),
  drawn: () => root.dataset.status === 'ready',
});
void chromeTime(root).then(() => import('../chrome/mountEmbedPage')).then((m) => m.mountEmbedPage(app, chart));
