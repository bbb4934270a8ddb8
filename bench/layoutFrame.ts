/**
 * Prints how long one frame of layout takes on 100,000 synthetic events at a few zoom levels,
 * through both ways into buildScene (a slice, or the EventIndex itself). A script, not a test:
 * run `npx tsx bench/layoutFrame.ts`. Figures vary with the machine; compare, don't assert.
 */
import { zoomIdentity } from 'd3';
import { buildEventIndex, visibleSlice } from '../src/layout/eventIndex';
import { makeLanes, type LaneMode } from '../src/layout/lanes';
import { buildScene, type SceneInput } from '../src/layout/scene';
import { catalogue } from '../src/layout/sceneTestKit';
import { makeBaseScale, transformForWindow, DAY_MS } from '../src/layout/timeScale';
import { measureByChars, randomEvents } from '../src/layout/testFixtures';

const FRAMES = 60;
const WIDTH = 1400;
const events = randomEvents(100_000, 5, Date.UTC(1948, 0, 1), 77 * 365);
const index = buildEventIndex(events);
const extent: [number, number] = [events[0].t0, index.maxT1[1]];
const base = makeBaseScale(extent, WIDTH, false);

/** Mean milliseconds per call of frame over FRAMES calls, after a warm-up. */
function timePerFrame(frame: () => unknown): number {
  for (let i = 0; i < 10; i++) frame();
  const start = performance.now();
  for (let i = 0; i < FRAMES; i++) frame();
  return (performance.now() - start) / FRAMES;
}

for (const mode of ['category', 'actor'] as LaneMode[]) {
  const lanes = makeLanes({ ...catalogue, events }, mode);
  for (const days of [0, 5 * 365, 365, 30]) {
    const t0 = days ? Date.UTC(1990, 0, 1) : extent[0];
    const t = transformForWindow(base, t0, days ? t0 + days * DAY_MS : extent[1], WIDTH);
    const x = zoomIdentity.translate(t.x, 0).scale(t.k).rescaleX(base);
    const [d0, d1] = x.domain().map(Number);
    const input: SceneInput = { events, lanes, mode, x, width: WIDTH, eras: [], measureLabel: measureByChars, rtl: false };
    const fromSlice = timePerFrame(() => buildScene({ ...input, events: visibleSlice(index, d0, d1) }));
    const fromIndex = timePerFrame(() => buildScene({ ...input, index }));
    const scene = buildScene({ ...input, index });
    const shown = `${days ? `${days} days` : 'everything'}, ${scene.marks.length} marks, ${scene.clusters.length} clusters`;
    console.log(`${mode.padEnd(8)} ${shown.padEnd(44)} slice ${fromSlice.toFixed(2)} ms/frame   index ${fromIndex.toFixed(2)} ms/frame`);
  }
}
