/**
 * A program the owners' package.json `bin` runs from the build's output that sdkgen's build does not write: the
 * published package would name a program it does not have, so migrate lists it for a person, with what to do. A `bin`
 * that runs a module sdkgen's build compiles from `src/`, or a program kept at the same path outside dist/ (supermemory's
 * `bin/cli` for `dist/bin/cli`, which sdkgen's build copies as Stainless's did), is not listed.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';

const stainlessPackage = JSON.stringify(
  { name: 'acme', version: '1.0.0', scripts: { build: './scripts/build' } },
  null,
  2,
);
const sdkgenPackage = JSON.stringify({ name: 'acme', version: '1.0.0', main: './dist/cjs/index.js' }, null, 2);

function planFor(bin: Record<string, string>, owners: Record<string, string>) {
  const edited = JSON.stringify({ ...JSON.parse(stainlessPackage), bin }, null, 2);
  const files: Record<string, string> = { 'package.json': edited, ...owners };
  return planMigration({
    current: Object.entries(files).map(([path, text]) => ({ path, text, blob: `edited-${path}` })),
    base: {
      blobs: new Map([['package.json', 'pristine-package.json']]),
      texts: new Map([['package.json', stainlessPackage]]),
    },
    rendered: [
      { path: 'package.json', contents: sdkgenPackage },
      { path: 'src/index.ts', contents: 'export {};\n' },
    ],
  });
}

describe('migrate: a bin the owners run from the build’s output', () => {
  it('is for a person where sdkgen’s build does not write it', () => {
    const plan = planFor({ acme: 'dist/bin/cli' }, { 'tools/cli': '#!/usr/bin/env node\nrequire("../dist/cli");\n' });
    const reasons = plan.needsHand.filter((n) => n.path === 'package.json').map((n) => n.reason);
    expect(reasons).toEqual([expect.stringContaining('bin `acme` runs dist/bin/cli')]);
  });

  it('is not where the program is kept at the same path outside dist/, which sdkgen’s build copies', () => {
    const plan = planFor({ acme: 'dist/bin/cli' }, { 'bin/cli': '#!/usr/bin/env node\nrequire("../dist/cli");\n' });
    expect(plan.needsHand.filter((n) => n.path === 'package.json')).toEqual([]);
  });

  it('is not where it runs a module sdkgen’s build compiles from src/', () => {
    const plan = planFor({ acme: './dist/cli.js' }, { 'src/cli.ts': 'console.log(1);\n' });
    expect(plan.needsHand.filter((n) => n.path === 'package.json')).toEqual([]);
  });
});
