/**
 * The files of the Download menu, made when asked for (this module is loaded by import() the
 * first time the menu is used, never with the page): the events the filters leave, as CSV or
 * as our JSON (a valid store of only those events, written by the functions `npm run export`
 * uses for those formats: exportStore's TimelineJS3 branch, with its HTML checker, is not
 * loaded for a reader), and the view as SVG or as PNG at twice the pixel density.
 */
import type { AppState } from '../state/store';
import { selectFilteredEvents } from '../state/selectors';
import { storeToCsv } from '../interchange/csv/toCsv';
import { storeToJson } from '../interchange/storeJson';
import { storeOfEvents } from '../interchange/shownStore';
import { dataFileName, pictureFileName } from '../picture/fileNames';
import { pictureToSvg } from '../picture/toSvg';
import { pictureToPng } from './pictureCanvas';
import { viewPicture } from './viewPicture';
import type { Chart } from './createChart';
import type { ViewController } from './viewController';

/** What the menu offers. */
export type DownloadKind = 'csv' | 'json' | 'svg' | 'png';

/** A made file. */
export interface DownloadFile {
  /** Its name. */
  name: string;
  /** Its bytes and type. */
  blob: Blob;
}

/** Where the files come from. */
export interface DownloadSource {
  /** The state now. */
  state: AppState;
  /** The chart on the page (null before it is drawn). */
  chart: Chart | null;
  /** Its view controller (null where there is no chart: data files only). */
  view: ViewController | null;
  /** The page's address at this view. */
  pageUrl: string;
}

/** Why a file could not be made. */
export class DownloadError extends Error {
  /** What was missing: no data loaded, or no chart drawn yet. */
  constructor(readonly reason: 'noData' | 'notDrawn') {
    super(reason === 'noData' ? 'no data is loaded' : 'the chart is not drawn yet');
  }
}

/** Makes one file of the menu. */
export async function makeDownload(kind: DownloadKind, { state, chart, view, pageUrl }: DownloadSource): Promise<DownloadFile> {
  const dataset = state.dataset;
  if (!dataset) throw new DownloadError('noData');
  if (kind === 'csv' || kind === 'json') {
    const shown = selectFilteredEvents(state);
    const store = storeOfEvents(dataset, new Set(shown.map((e) => e.id)));
    const [text, type] = kind === 'csv' ? [storeToCsv(store), 'text/csv;charset=utf-8'] : [storeToJson(store), 'application/json;charset=utf-8'];
    return { name: dataFileName(dataset.id, shown.length, dataset.events.length, `.${kind}`), blob: new Blob([text], { type }) };
  }
  const picture = chart && view && viewPicture({ state, chart, view, pageUrl, now: new Date() });
  const window = view?.window();
  if (!picture || !window) throw new DownloadError('notDrawn');
  const name = pictureFileName(dataset.id, window, `.${kind}`);
  if (kind === 'svg') return { name, blob: new Blob([pictureToSvg(picture)], { type: 'image/svg+xml;charset=utf-8' }) };
  return { name, blob: await pictureToPng(picture, 2) };
}
