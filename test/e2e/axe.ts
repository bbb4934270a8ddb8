/**
 * axe-core in the real Chromium: every violation of WCAG 2.0–2.2 A and AA and of axe's best
 * practices on the page as it is now, as one readable line each (rule, impact, element, fix).
 */
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

/** The page's axe violations, one line each; none is `[]`. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}
