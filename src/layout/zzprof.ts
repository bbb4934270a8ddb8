import { buildEventIndex, visibleSlice } from './eventIndex';
import { makeLanes } from './lanes';
import { buildScene } from './scene';
import { makeBaseScale } from './timeScale';
import { randomEvents, measureByChars } from './testFixtures';
import { catalogue } from './sceneTestKit';
for (const local of [false, true]) {
let events = randomEvents(100_000, 5, Date.UTC(1948,0,1), 77*365);
if (local) events = events.map(e => ({...e, actors: [...e.actors]}));
const index = buildEventIndex(events);
const x = makeBaseScale([events[0].t0, index.maxT1[1]], 1400, false);
for (const mode of ['category', 'actor'] as const) {
const lanes = makeLanes({...catalogue, events}, mode);
let a=0,b=0;
for (let i = 0; i < 100; i++) {
  const s = performance.now();
  const slice = visibleSlice(index, -1e15, 1e15);
  const m = performance.now();
  buildScene({events: slice, lanes, mode, x, width: 1400, eras: [], measureLabel: measureByChars, rtl: false});
  b += performance.now() - m; a += m - s;
}
console.log(local ? 'memory in time order' : 'memory scrambled', mode, 'slice', (a/100).toFixed(2), 'scene', (b/100).toFixed(2));
}}
