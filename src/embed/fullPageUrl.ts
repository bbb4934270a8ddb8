/**
 * The main page's link for the view an embed shows, without the embed-only options.
 */
import type { AppState } from '../state/store';
import { stateToQuery } from '../state/urlState';
import type { ViewConfig } from '../state/urlConfig';

/** The absolute URL of the full timeline at this view, beside the embed page. */
export function fullPageUrl(state: AppState, config: ViewConfig, embedHref: string): string {
  const query = stateToQuery(state, { ...config, controls: 'full', title: true });
  return new URL(`./${query}`, embedHref).href;
}
