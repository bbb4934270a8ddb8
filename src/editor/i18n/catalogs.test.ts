// @vitest-environment node
/**
 * The editor's catalogs against its English one: no key missing or empty, the same
 * {placeholders}, every plural form each language selects.
 */
import { describeCatalogs } from '../../i18n/catalogChecks';
import { en } from './en';
import { ru } from './ru';
import { he } from './he';
import { az } from './az';

describeCatalogs(en, [
  ['ru', ru],
  ['he', he],
  ['az', az],
]);
