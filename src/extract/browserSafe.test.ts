// @vitest-environment node
import { expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every non-test module of src/extract, recursively. */
function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

it('the extractor core is browser-safe: no Node modules, no DOM, no HTML parser', () => {
  const offending = modules('src/extract').filter((file) => {
    const code = readFileSync(file, 'utf8');
    return /from\s+'(?:node:|fs|path|htmlparser2)/.test(code) || /\b(?:document|window)\./.test(code);
  });
  expect(modules('src/extract').length).toBeGreaterThan(10);
  expect(offending).toEqual([]);
});
