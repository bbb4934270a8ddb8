/**
 * Starting a timeline: two parties, each a country from the list (named in the interface
 * language, from i18n-iso-countries) or another party typed by name.
 */
import { useEffect, useId, useState } from 'react';
import { loadCountries, type Country } from '../countryList';
import { newTimeline, pairProblem, type Party } from '../newTimeline';
import type { EditableStore } from '../document';
import { DEFAULT_CATEGORIES } from '../../extract/categories';
import { useText } from './context';

interface Choice {
  code: string;
  name: string;
}

function PartyPicker({ legend, countries, choice, onChange }: { legend: string; countries: Country[]; choice: Choice; onChange: (c: Choice) => void }) {
  const { t } = useText();
  const ids = { country: useId(), name: useId() };
  return (
    <fieldset className="party">
      <legend>{legend}</legend>
      <div className="field">
        <label htmlFor={ids.country}>{t('open.country')}</label>
        <select id={ids.country} value={choice.code} onChange={(e) => onChange({ code: e.target.value, name: '' })}>
          <option value="">{t('open.chooseCountry')}</option>
          {countries.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.name}>{t('open.otherName')}</label>
        <input id={ids.name} value={choice.name} dir="auto" onChange={(e) => onChange({ code: '', name: e.target.value })} />
      </div>
    </fieldset>
  );
}

/** The form; `onCreate` gets the new store and its creation time. */
export function NewTimelineForm({ onCreate }: { onCreate: (store: EditableStore, created: number) => void }) {
  const { t, lang } = useText();
  const [countries, setCountries] = useState<Country[]>([]);
  const [choices, setChoices] = useState<[Choice, Choice]>([{ code: '', name: '' }, { code: '', name: '' }]);
  const [tried, setTried] = useState(false);
  const problemId = useId();
  useEffect(() => {
    let live = true;
    void loadCountries(lang).then((list) => live && setCountries(list));
    return () => void (live = false);
  }, [lang]);

  const party = (c: Choice): Party | null => {
    const country = countries.find((x) => x.code === c.code);
    if (country) return { kind: 'country', ...country };
    return c.name.trim() ? { kind: 'other', name: c.name } : null;
  };
  const parties = [party(choices[0]), party(choices[1])] as const;
  const problem = pairProblem(parties);
  const set = (i: 0 | 1) => (c: Choice) => setChoices(i === 0 ? [c, choices[1]] : [choices[0], c]);

  return (
    <form
      className="new-timeline"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (problem || !parties[0] || !parties[1]) return;
        const [a, b] = [parties[0].name.trim(), parties[1].name.trim()];
        const store = newTimeline([parties[0], parties[1]], {
          title: t('new.title', { a, b }),
          description: t('new.description', { a, b }),
          categories: DEFAULT_CATEGORIES.map((c) => ({ id: c.id, label: t(`new.${c.id}` as 'new.diplomacy') })),
        });
        onCreate(store, Date.now());
      }}
    >
      <p className="muted">{t('open.newHelp')}</p>
      <div className="field-row">
        <PartyPicker legend={t('open.partyA')} countries={countries} choice={choices[0]} onChange={set(0)} />
        <PartyPicker legend={t('open.partyB')} countries={countries} choice={choices[1]} onChange={set(1)} />
      </div>
      {tried && problem && <p className="field-problems" id={problemId} role="alert">{t(problem === 'same' ? 'open.pairSame' : 'open.pairMissing')}</p>}
      <button type="submit" className="primary">{t('open.create')}</button>
    </form>
  );
}
