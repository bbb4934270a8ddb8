/**
 * Adds a country to the actors from the list of countries in the interface language (ISO
 * alpha-3 code as its id), fetched when first needed.
 */
import { useEffect, useId, useState } from 'react';
import { listOf } from '../../document';
import { insertAt } from '../../document';
import { loadCountries, type Country } from '../../countryList';
import { useEdit, useEditor, useStore, useText } from '../context';

/** A select that adds the chosen country as an actor. */
export function AddCountry() {
  const { t, lang } = useText();
  const store = useStore();
  const edit = useEdit();
  const { go, place } = useEditor();
  const id = useId();
  const [countries, setCountries] = useState<Country[]>([]);
  useEffect(() => {
    let live = true;
    void loadCountries(lang).then((list) => live && setCountries(list));
    return () => void (live = false);
  }, [lang]);
  const taken = new Set(listOf(store, 'actors').map((a) => a.id));
  return (
    <span className="add-country">
      <label htmlFor={id}>{t('actors.addCountry')}</label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          const country = countries.find((c) => c.code === e.target.value);
          if (!country) return;
          const index = listOf(store, 'actors').length;
          edit.apply((s) => insertAt(s, ['actors'], { id: country.code, name: country.name }));
          edit.seal();
          go(place, ['actors', index, 'name']);
        }}
      >
        <option value="">{t('open.chooseCountry')}</option>
        {countries.filter((c) => !taken.has(c.code)).map((c) => (
          <option key={c.code} value={c.code}>{c.name}</option>
        ))}
      </select>
    </span>
  );
}
