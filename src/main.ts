/**
 * Entry of the full page. The chart draws from this small entry (store, data, D3); the React
 * chrome is fetched at the same time and attaches around the chart whenever it arrives.
 */
import { boot } from './boot';
import { mountChart } from './mountChart';
import './styles/app.css';

const app = boot(false);
const chart = mountChart(app, { root: document.getElementById('timeline-root')!, container: document.getElementById('chart')!, wheelNeedsModifier: false });
void import('./chrome/mountMainPage').then((m) => m.mountMainPage(app, chart));
