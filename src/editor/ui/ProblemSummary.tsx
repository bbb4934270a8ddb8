/**
 * Every problem of the store in one list, each a button that opens its panel and item and puts
 * focus in its field. The same problems as `npm run validate` prints, in its words.
 */
import { useId } from 'react';
import { formatPath } from '../../data/problems';
import { useEditor, useProblems, useText } from './context';
import { LIST_PANELS, panelIdOf } from './panels/ownership';

const SHOWN = 200;

/** The summary of problems. */
export function ProblemSummary() {
  const problems = useProblems().all;
  const { t, lang } = useText();
  const { go } = useEditor();
  const headingId = useId();
  return (
    <section className="problem-summary" aria-labelledby={headingId} data-path="problems" tabIndex={-1}>
      <h2 id={headingId}>{problems.length ? t('problems.title', { count: problems.length }) : t('problems.none')}</h2>
      {problems.length > 0 && (
        <>
          {lang !== 'en' && <p className="muted">{t('problems.english')}</p>}
          <ul>
            {problems.slice(0, SHOWN).map((problem, i) => {
              const panel = panelIdOf(problem.path);
              const index = LIST_PANELS.has(panel) && typeof problem.path[1] === 'number' ? problem.path[1] : null;
              return (
                <li key={i}>
                  <button type="button" className="link-button" onClick={() => go({ panel, index }, problem.path)}>
                    <code>{formatPath(problem.path) || '/'}</code>
                    {problem.eventId && <span dir="auto"> “{problem.eventId}”</span>}
                    <span lang="en">: {problem.message}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          {problems.length > SHOWN && <p className="muted">{t('diff.more', { count: problems.length - SHOWN })}</p>}
        </>
      )}
    </section>
  );
}
