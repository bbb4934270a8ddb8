/**
 * What every component needs from above: the store, and the reader's language. Components read
 * state through useAppState so that each re-renders only when its own slice changes.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppState, Store } from '../state/store';
import type { Translate } from '../i18n/translate';
import type { Lang } from '../i18n/languages';

/** The interface language, bound. */
export interface LocaleContext {
  /** Language code. */
  lang: Lang;
  /** Intl locale. */
  locale: string;
  /** Right to left. */
  rtl: boolean;
  /** Translator. */
  t: Translate;
}

/** The app's store. */
export const StoreContext = createContext<Store | null>(null);
/** The reader's language. */
export const LocaleCtx = createContext<LocaleContext | null>(null);

/** The store (throws outside a provider: a programming error, not a user one). */
export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside StoreContext');
  return store;
}

/** A slice of the state; re-renders when the selected value changes (Object.is). */
export function useAppState<T>(select: (s: AppState) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()), () => select(store.get()));
}

/** The reader's language. */
export function useLocale(): LocaleContext {
  const value = useContext(LocaleCtx);
  if (!value) throw new Error('useLocale outside LocaleCtx');
  return value;
}
