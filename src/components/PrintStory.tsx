/**
 * A story on paper, printed in place of the event list while the story is told: its title and
 * summary, then every step in order with its heading and caption, and what it shows: the
 * step's event in full (date, summary, sources), or the window's dates and the events in it
 * under the step's filters. Rendered only while printing, as the event list is.
 */
import { useLocale } from './context';
import { PrintEvent } from './PrintList';
import { applyFilters } from '../model/filters';
import { stepView, type Story } from '../model/stories';
import type { Timeline } from '../model/types';
import { formatEventDate } from '../model/format';
import { stepHeading, windowText } from './storyText';

/** The printed story. */
export function PrintStory({ story, timeline }: { story: Story; timeline: Timeline }) {
  const locale = useLocale();
  const { t } = locale;
  return (
    <section className="print-list print-story" aria-hidden="true">
      <h2 dir="auto">{story.title}</h2>
      {story.summary && <p dir="auto">{story.summary}</p>}
      <ol>
        {story.steps.map((step, i) => {
          const view = stepView(story, i + 1, timeline);
          const event = view.kind === 'event' ? timeline.byId.get(view.id)! : null;
          const shown = view.kind === 'window' ? applyFilters(timeline.events, view.filters).filter((e) => e.t0 < view.window[1] && e.t1 > view.window[0]) : [];
          return (
            <li key={i} className="print-step">
              <p className="print-meta">{t('story.printStep', { n: i + 1 })}</p>
              <h3 dir="auto">{stepHeading(step, timeline, locale)}</h3>
              <p className="print-caption" dir="auto">{step.caption}</p>
              {event && <div className="print-step-event"><PrintEvent event={event} timeline={timeline} /></div>}
              {view.kind === 'window' && (
                <>
                  <p className="print-meta">{t('story.printShown', { window: windowText(step, locale) })}</p>
                  <ul className="print-sources">
                    {shown.map((e) => <li key={e.id} dir="auto">{formatEventDate(e, locale.locale, t)}: {e.title}</li>)}
                  </ul>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
