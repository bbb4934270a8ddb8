/**
 * The <iframe> snippet a newsroom pastes into its page, built from the current view and the
 * options chosen in the embed dialog. Pure: the same inputs give the same text.
 */
import type { AppState } from '../state/store';
import type { Controls, Theme, ViewConfig } from '../state/urlConfig';
import { stateToQuery } from '../state/urlState';

/** What the embed dialog lets the editor choose. */
export interface EmbedOptions {
  /** Auto-height needs embed.js on the host page; fixed does not. */
  heightMode: 'auto' | 'fixed';
  /** Height in CSS px (the starting height for auto). */
  height: number;
  /** Colour theme of the embed. */
  theme: Theme;
  /** How much chrome the embed shows. */
  controls: Controls;
  /** Whether the embed shows its title line. */
  showTitle: boolean;
  /** The iframe's title attribute, read by screen readers. */
  frameTitle: string;
  /** A story to open the embed on (at its title card), or null for the current view. */
  story: string | null;
}

/** The embed page's URL for this view (or the chosen story's title card) and these options. */
export function embedUrl(state: AppState, config: ViewConfig, options: EmbedOptions, pageHref: string): string {
  const story = options.story ? { id: options.story, step: 0 } : state.story;
  const query = stateToQuery({ ...state, story, theme: options.theme }, { ...config, controls: options.controls, title: options.showTitle });
  return new URL(`embed.html${query}`, pageHref).href;
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The snippet: an iframe, plus the embed.js script for auto-height. */
export function embedSnippet(src: string, options: EmbedOptions, pageHref: string): string {
  const height = Math.max(300, Math.min(4000, Math.round(options.height)));
  const frame =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.frameTitle)}" ` +
    `width="100%" height="${height}" loading="lazy" data-height="${options.heightMode}" ` +
    `sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads" style="border:0;width:100%"></iframe>`;
  if (options.heightMode === 'fixed') return frame;
  return `${frame}\n<script src="${escapeAttribute(new URL('embed.js', pageHref).href)}" async></script>`;
}
