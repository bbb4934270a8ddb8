/**
 * Catalogs other than English load on demand, so a reader pays only for their own language.
 */
import { en } from './catalogs/en';
import type { Catalog } from './translate';
import type { Lang } from './languages';

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<Catalog>> = {
  ru: () => import('./catalogs/ru').then((m) => m.ru),
  he: () => import('./catalogs/he').then((m) => m.he),
  az: () => import('./catalogs/az').then((m) => m.az),
};

/** The catalog for a language (English is bundled; the others are fetched from this origin). */
export async function loadCatalog(lang: Lang): Promise<Catalog> {
  if (lang === 'en') return en;
  try {
    return await loaders[lang]();
  } catch {
    // A failed chunk load must not leave a blank page: English still reads.
    return en;
  }
}
