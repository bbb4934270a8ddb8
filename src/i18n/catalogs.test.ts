// @vitest-environment node
/**
 * Every interface catalog against English: no key missing or empty, the same {placeholders},
 * and every plural form the language's Intl.PluralRules can select.
 */
import { en } from './catalogs/en';
import { ru } from './catalogs/ru';
import { he } from './catalogs/he';
import { az } from './catalogs/az';
import { describeCatalogs } from './catalogChecks';

describeCatalogs(en, [
  ['ru', ru],
  ['he', he],
  ['az', az],
]);
