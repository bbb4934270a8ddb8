/**
 * "From an article…": an article pasted or picked (.txt, .md, .html), with the options of
 * `npm run extract` (published date, pair, address, title, publisher), read by the extractor
 * in the browser, loaded only now. Its candidates join the open timeline as a draft to review
 * (one undo step); nothing is saved until they are reviewed. The article's text stays text:
 * HTML is shown as its source in the text box and only tokenised by the extractor.
 */
import { useId, useState, type ReactNode } from 'react';
import type { ArticleFormat } from '../fromArticle';
import { addDraft, countryPair } from '../addDraft';
import { unreviewedCount } from '../review';
import { Modal } from './Modal';
import { useEditor, useStore, useText } from './context';

const FORMATS: readonly ArticleFormat[] = ['text', 'markdown', 'html'];
const PAIR = /^\s*([A-Z]{3})\s*,\s*([A-Z]{3})\s*$/;

/** How a file is written, from its name's ending. */
export function formatOfFile(name: string): ArticleFormat | null {
  const ending = /\.([a-z]+)$/i.exec(name)?.[1].toLowerCase();
  return ending === 'txt' || ending === 'text' ? 'text' : ending === 'md' || ending === 'markdown' ? 'markdown' : ending === 'html' || ending === 'htm' ? 'html' : null;
}

/** One labelled input with its help and its problem, tied to it for screen readers. */
function Labelled({ id, label, help, problem, children }: { id: string; label: string; help?: string; problem?: string | null; children: ReactNode }) {
  return (
    <div className={`field${problem ? ' has-problem' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {help && <p className="field-help" id={`${id}-help`}>{help}</p>}
      {children}
      {problem && <ul className="field-problems" id={`${id}-problem`}><li>{problem}</li></ul>}
    </div>
  );
}

const describedBy = (id: string, help: boolean, problem: unknown) => [help ? `${id}-help` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;

/** The dialog; `onAdded` hears how many candidates joined the timeline, from which article. */
export function ArticleDialog({ onAdded, onClose }: { onAdded: (count: number, title: string) => void; onClose: () => void }) {
  const { app } = useEditor();
  const { t } = useText();
  const store = useStore();
  const id = { title: useId(), text: useId(), file: useId(), format: useId(), published: useId(), pair: useId(), url: useId(), name: useId(), publisher: useId() };
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | undefined>(undefined);
  const [format, setFormat] = useState<ArticleFormat>('text');
  const [published, setPublished] = useState('');
  const [pair, setPair] = useState(countryPair(store)?.join(',') ?? '');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [publisher, setPublisher] = useState('');
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const busy = unreviewedCount(store);
  const pairProblem = pair.trim() === '' || (PAIR.test(pair) && PAIR.exec(pair)![1] !== PAIR.exec(pair)![2]) ? null : t('article.pairBad');
  const urlProblem = url.trim() === '' || /^https?:\/\/\S+$/i.test(url.trim()) ? null : t('article.urlBad');

  const run = async (close: () => void) => {
    setError(null);
    setRunning(true);
    try {
      const { draftFromArticle } = await import('../fromArticle');
      const codes = PAIR.exec(pair);
      const optional = (value: string) => value.trim() || undefined;
      const outcome = draftFromArticle(
        { text, format, fileName, published: optional(published), pair: codes ? [codes[1], codes[2]] : undefined, url: optional(url), title: optional(title), publisher: optional(publisher) },
        app.session.get().history.present,
      );
      if (!outcome.ok) return setError(t(outcome.reason === 'empty' ? 'article.empty' : 'article.noPair'));
      const added = addDraft(app.session.get().history.present, outcome.draft);
      if (!added.ok) return setError(t('article.busy', { count: added.unreviewed }));
      app.session.edit(() => added.store);
      close();
      onAdded(added.candidates, outcome.draft.draft?.article.title ?? '');
    } catch (failure) {
      setError(t('article.failed', { message: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Modal labelledBy={id.title} className="article-dialog" onClose={onClose}>
      {(close) => (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!pairProblem && !urlProblem && !running && busy === 0) void run(close);
          }}
        >
          <div className="dialog-head">
            <h2 id={id.title}>{t('article.title')}</h2>
            <button type="button" onClick={close}>{t('article.cancel')}</button>
          </div>
          <p>{t('article.help')}</p>
          {busy > 0 && <p className="field-problems">{t('article.busy', { count: busy })}</p>}
          <Labelled id={id.text} label={t('article.text')} help={t('article.textHelp')}>
            <textarea id={id.text} rows={8} required value={text} dir="auto" aria-describedby={`${id.text}-help`} onChange={(e) => setText(e.target.value)} />
          </Labelled>
          <div className="field-row">
            <Labelled id={id.file} label={t('article.file')}>
              <input
                id={id.file}
                type="file"
                accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
                onChange={async (e) => {
                  const file = e.target.files?.[0];
                  if (!file) return;
                  setText(await file.text());
                  setFileName(file.name);
                  setFormat(formatOfFile(file.name) ?? 'text');
                }}
              />
            </Labelled>
            <Labelled id={id.format} label={t('article.format')}>
              <select id={id.format} value={format} onChange={(e) => setFormat(e.target.value as ArticleFormat)}>
                {FORMATS.map((f) => <option key={f} value={f}>{t(`article.format.${f}`)}</option>)}
              </select>
            </Labelled>
          </div>
          <div className="field-row">
            <Labelled id={id.published} label={t('article.published')} help={t('article.publishedHelp')}>
              <input id={id.published} type="date" value={published} aria-describedby={`${id.published}-help`} onChange={(e) => setPublished(e.target.value)} />
            </Labelled>
            <Labelled id={id.pair} label={t('article.pair')} help={t('article.pairHelp')} problem={pairProblem}>
              <input id={id.pair} value={pair} dir="ltr" aria-invalid={pairProblem ? true : undefined} aria-describedby={describedBy(id.pair, true, pairProblem)} onChange={(e) => setPair(e.target.value.toUpperCase())} />
            </Labelled>
          </div>
          <Labelled id={id.url} label={t('article.url')} problem={urlProblem}>
            <input id={id.url} type="url" value={url} dir="ltr" placeholder="https://…" aria-invalid={urlProblem ? true : undefined} aria-describedby={describedBy(id.url, false, urlProblem)} onChange={(e) => setUrl(e.target.value)} />
          </Labelled>
          <div className="field-row">
            <Labelled id={id.name} label={t('article.titleField')} help={t('article.titleHelp')}>
              <input id={id.name} value={title} dir="auto" aria-describedby={`${id.name}-help`} onChange={(e) => setTitle(e.target.value)} />
            </Labelled>
            <Labelled id={id.publisher} label={t('article.publisher')}>
              <input id={id.publisher} value={publisher} dir="auto" onChange={(e) => setPublisher(e.target.value)} />
            </Labelled>
          </div>
          <p role="status" className="article-status">{running ? t('article.running') : ''}</p>
          {error && <p className="field-problems" role="alert">{error}</p>}
          <div className="button-row">
            <button type="submit" className="primary" disabled={running || busy > 0}>{t('article.run')}</button>
            <button type="button" onClick={close}>{t('article.cancel')}</button>
          </div>
        </form>
      )}
    </Modal>
  );
}
