import { buildEventIndex, visibleSlice } from './eventIndex';
import { makeLanes } from './lanes';
import { readColumns } from './sceneColumns';
import { makeBaseScale } from './timeScale';
import { randomEvents, measureByChars } from './testFixtures';
import { catalogue } from './sceneTestKit';
const events = randomEvents(100_000, 5, Date.UTC(1948,0,1), 77*365);
const index = buildEventIndex(events);
const x = makeBaseScale([events[0].t0, index.maxT1[1]], 1400, false);
const slice = visibleSlice(index, -1e15, 1e15);
for (const mode of ['category', 'actor'] as const) {
  const lanes = makeLanes({...catalogue, events}, mode);
  const input = {events: slice, lanes, mode, x, width: 1400, eras: [], measureLabel: measureByChars, rtl: false};
  for (let k = 0; k < 3; k++) {
  const s = performance.now();
  for (let i = 0; i < 50; i++) readColumns(input, 1400);
  console.log(mode, ((performance.now() - s)/50).toFixed(2));
  }
}
