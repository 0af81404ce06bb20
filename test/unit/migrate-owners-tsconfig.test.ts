/**
 * A tsconfig.json the owners wrote (openai-node's, created by people in 2022 and never Stainless's output) is kept
 * byte for byte: its compiler options are those their code was checked with, so none is relaxed to Stainless's, and
 * the paths of the subpaths they export are left to a person rather than printed into it (issue 89, item 6). The
 * report says which of sdkgen's options theirs sets otherwise, which sdkgen's build (tsconfig.build.json extends it)
 * and type-check then run under.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownersTsconfigReason, relaxTsconfigInPlan } from '../../generator/migrate/package/compiler-options';
import { mapExportedSubpaths } from '../../generator/migrate/repository/subpaths';

const SDKGEN = readFileSync(path.join(__dirname, '../../generated/smithery/tsconfig.json'), 'utf8');

// The owners' own (openai-node's form: blank lines between groups of options).
const OWNERS = `{
  "include": ["src", "tests", "examples"],
  "compilerOptions": {
    "target": "es2020",
    "lib": ["es2020"],
    "module": "commonjs",
    "moduleResolution": "node",
    "paths": {
      "@smithery/api/*": ["./src/*"],
      "@smithery/api": ["./src/index.ts"]
    },
    "noEmit": true,

    "strict": true,
    "isolatedModules": true,
    "skipLibCheck": true
  }
}
`;

const planWith = (contents: string) => ({
  writes: [{ path: 'tsconfig.json', contents }],
  compilerOptions: [] as string[],
  testRunner: { runner: 'jest' as const, config: 'jest.config.ts', added: [] },
  needsHand: [] as Array<{ path: string; reason: string }>,
});

describe("the owners' tsconfig.json", () => {
  it('is not relaxed to Stainless’s options: kept byte for byte', () => {
    const plan = planWith(OWNERS);
    relaxTsconfigInPlan(plan, undefined, ['tsconfig.json']);
    expect(plan.writes[0].contents).toBe(OWNERS);
    expect(plan.compilerOptions).toEqual([]);
  });

  it("sdkgen's own is still relaxed (the case the relaxing is for)", () => {
    const plan = planWith(SDKGEN);
    relaxTsconfigInPlan(plan, undefined, []);
    expect(plan.writes[0].contents).not.toBe(SDKGEN);
  });

  it('gets no paths printed into it: the exported subpaths are left to a person', () => {
    const writes = [{ path: 'tsconfig.json', contents: OWNERS }];
    const subpaths = [{ subpath: './helpers', module: 'helpers' }];
    const unmapped = mapExportedSubpaths(writes, '@smithery/api', subpaths, { has: () => true }, ['tsconfig.json']);
    expect(writes[0].contents).toBe(OWNERS);
    expect(unmapped.map((u) => u.path)).toEqual(['tsconfig.json']);
  });

  it("the report names the options of sdkgen's that theirs sets otherwise or leaves out", () => {
    const reason = ownersTsconfigReason(OWNERS, SDKGEN);
    for (const option of ['target', 'module: "ESNext"', 'moduleResolution', 'lib', 'verbatimModuleSyntax'])
      expect(reason).toContain(option);
    // Those set alike are not named.
    expect(reason).not.toMatch(/\bstrict\b|skipLibCheck|noEmit/);
    expect(reason).toMatch(/tsconfig\.build\.json/);
  });
});
