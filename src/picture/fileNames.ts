/**
 * Names for downloaded files, from the dataset's id and what is shown: a picture by the dates
 * of its window (`israel-azerbaijan-2010-2014.png`), data by how many events the filters left
 * (`israel-azerbaijan-12-of-45.csv`, or `israel-azerbaijan.csv` when nothing is filtered).
 * Only `a-z`, `0-9` and `-`, so a name is safe on every file system. Pure.
 */
import { windowToDates } from '../model/windowText';

/** The id as a safe file-name stem (dataset ids are slugs already; anything else is folded to one). */
function stem(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'timeline';
}

/** A picture's name: the id, then the window's dates at the coarsest precision that stays true to it. */
export function pictureFileName(datasetId: string, window: readonly [number, number], extension: string): string {
  const [from, to] = windowToDates(window[0], window[1]);
  return `${stem(datasetId)}-${from === to ? from : `${from}-${to}`}${extension}`;
}

/** A data file's name: the id, and "-N-of-M" when filters leave out some events. */
export function dataFileName(datasetId: string, shown: number, total: number, extension: string): string {
  return `${stem(datasetId)}${shown === total ? '' : `-${shown}-of-${total}`}${extension}`;
}
