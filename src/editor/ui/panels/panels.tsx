/**
 * The editor's panels, one per part of the store, shown as tabs. To add a part (the review of
 * a draft's candidates, stories), write its panel component, claim its top-level key in
 * ownership.ts and add an entry here; `shown` hides a panel for stores without that part, and
 * `Side` shows something of its own beside the form.
 */
import type { ComponentType } from 'react';
import type { EditableStore } from '../../document';
import type { EditorKey } from '../../i18n/en';
import { TimelinePanel } from './TimelinePanel';
import { StoriesPanel } from './StoriesPanel';
import { EventsPanel } from './EventsPanel';
import { SourcesPanel } from './SourcesPanel';
import { RowsPanel } from './RowsPanel';
import { AddCountry } from './AddCountry';
import { ReviewPanel, ReviewArticle } from './ReviewPanel';
import { draftOf } from '../../review';
import { useText } from '../context';

/** One panel of the editor. */
export interface EditorPanel {
  /** Its id (also the tab's and the place's). */
  id: string;
  /** Its tab's label. */
  label: EditorKey;
  /** The panel. */
  Panel: ComponentType;
  /** Whether a store has this part (default: always). */
  shown?: (store: EditableStore) => boolean;
  /** What the panel shows beside the form, above the preview, while it is open (the review's article). */
  Side?: ComponentType;
}

function CategoriesPanel() {
  const { t } = useText();
  return <RowsPanel list="categories" addLabel={t('categories.add')} help={t('categories.help')} />;
}

function ActorsPanel() {
  const { t } = useText();
  return <RowsPanel list="actors" addLabel={t('actors.add')} extra={<AddCountry />} />;
}

function ErasPanel() {
  const { t } = useText();
  return <RowsPanel list="eras" addLabel={t('eras.add')} />;
}

/** The panels, in tab order. */
export const PANELS: readonly EditorPanel[] = [
  { id: 'review', label: 'panel.review', Panel: ReviewPanel, Side: ReviewArticle, shown: (store) => draftOf(store) !== null },
  { id: 'events', label: 'panel.events', Panel: EventsPanel },
  { id: 'timeline', label: 'panel.timeline', Panel: TimelinePanel },
  { id: 'sources', label: 'panel.sources', Panel: SourcesPanel },
  { id: 'categories', label: 'panel.categories', Panel: CategoriesPanel },
  { id: 'actors', label: 'panel.actors', Panel: ActorsPanel },
  { id: 'eras', label: 'panel.eras', Panel: ErasPanel },
  { id: 'stories', label: 'panel.stories', Panel: StoriesPanel },
];
