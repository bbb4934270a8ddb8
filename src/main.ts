/**
 * Entry of the full page. The chart draws from this small entry (store, data, D3); the React
 * chrome is fetched once the chart is drawn and attaches around it, in slots kept for it.
 */
import { boot } from './boot';
import { chromeTime, mountChart } from './mountChart';
import './styles/app.css';

const app = boot(false);
const root = document.getElementById('timeline-root')!;
const chart = mountChart(app, { root, container: document.getElementById('chart')!, wheelNeedsModifier: false });
void chromeTime(root).then(() => import('./chrome/mountMainPage')).then((m) => m.mountMainPage(app, chart));
