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
for (let k = 0; k < 3; k++) {
  let sum = 0; const s = performance.now();
  for (let r = 0; r < 50; r++) for (let i = 0; i < slice.length; i++) { const e = slice[i]; sum += e.t0 + e.t1 + (e.isPoint ? 1 : 0) + e.category.length; }
  console.log('touch', ((performance.now() - s) / 50).toFixed(2), sum > 0);
}
const x2 = x; const aff = { offset: 3, slope: 1e-9 };
for (let k = 0; k < 3; k++) {
  let sum = 0; const s = performance.now();
  const U = new Float64Array(slice.length);
  for (let r = 0; r < 50; r++) for (let i = 0; i < slice.length; i++) { const e = slice[i]; const t0 = e.t0; U[i] = aff.offset + aff.slope * t0; sum += U[i]; }
  console.log('touch+write', ((performance.now() - s) / 50).toFixed(2), sum > 0);
}
