/**
 * `npm ci` (what CI runs) refuses a lock file that misses any optional dependency, and this machine's registry
 * does not serve other platforms' builds (esbuild, rollup, deno, oxfmt…), so `npm install` leaves them out.
 * scripts/lock-platforms.mjs records them; this test fails when a dependency change forgot to run it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers/paths';

it('package-lock.json lists every optional dependency (run `node scripts/lock-platforms.mjs` if not)', () => {
  const packages = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')).packages as Record<
    string,
    { optionalDependencies?: Record<string, string> }
  >;
  const missing: string[] = [];
  for (const [key, pkg] of Object.entries(packages)) {
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) {
      // npm resolves from the innermost node_modules outwards.
      let found = false;
      for (let base = key; ; base = base.slice(0, Math.max(0, base.lastIndexOf('/node_modules/')))) {
        if (packages[`${base ? `${base}/` : ''}node_modules/${dep}`]) {
          found = true;
          break;
        }
        if (base === '') break;
      }
      if (!found) missing.push(`${key} → ${dep}`);
    }
  }
  expect(missing).toEqual([]);
});
