/**
 * migrate reads a tsconfig.json as tsc does, JSON with comments and trailing commas (JSONC): Stainless's 2024
 * tsconfig ends `paths` with a trailing comma (`"openai": ["src/index.ts"],`), and one read as plain JSON was taken
 * for no tsconfig at all: its compiler options not kept for the owners' code, its edits merged line by line. A
 * tsconfig with the owners' comments is never printed anew (which would drop them): merged as text, or left to a
 * person.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsoncComments, parseJsoncObject, parseObjectAt } from '../../generator/migrate/json-object';
import {
  libLeavesOutDom,
  relaxCompilerOptions,
  relaxTsconfigInPlan,
} from '../../generator/migrate/package/compiler-options';
import { reapplyJsonEdits } from '../../generator/migrate/reapply/json';
import { mapExportedSubpaths } from '../../generator/migrate/repository/subpaths';

// sdkgen's own tsconfig, as the committed flagship has it.
const SDKGEN = readFileSync(path.join(__dirname, '../../generated/smithery/tsconfig.json'), 'utf8');

// The form of Stainless's 2024 tsconfig.json (its `paths` object closes after a trailing comma).
const STAINLESS_2024 = `{
  "include": ["src", "tests", "examples"],
  "exclude": ["src/_shims/**/*-deno.ts"],
  "compilerOptions": {
    "target": "es2020",
    "lib": ["es2020"],
    "module": "commonjs",
    "moduleResolution": "node",
    "esModuleInterop": true,
    "baseUrl": "./",
    "paths": {
      "acme/_shims/auto/*": ["src/_shims/auto/*-node"],
      "acme/*": ["src/*"],
      "acme": ["src/index.ts"],
    },
    "noEmit": true,
    "strict": true,
    "isolatedModules": false,
    "skipLibCheck": true
  }
}
`;

describe('JSONC', () => {
  it('reads comments and trailing commas, never inside strings', () => {
    const text = '{\n  // a comment\n  "a": "x // not a comment, /* nor this */",\n  /* b */ "b": [1, 2,],\n}\n';
    expect(parseJsoncObject(text)).toEqual({ a: 'x // not a comment, /* nor this */', b: [1, 2] });
    expect(jsoncComments(text)).toEqual(['// a comment', '/* b */']);
    expect(parseObjectAt('tsconfig.build.json', text)).not.toBeNull();
    // package.json is JSON: npm reads no comments.
    expect(parseObjectAt('package.json', text)).toBeNull();
  });
});

describe("Stainless's 2024 tsconfig (a trailing comma)", () => {
  it("keeps its compiler options for the owners' code", () => {
    const relaxed = relaxCompilerOptions(SDKGEN, STAINLESS_2024);
    expect(relaxed?.options).toEqual(
      expect.arrayContaining(['verbatimModuleSyntax', 'isolatedModules', 'esModuleInterop', 'moduleResolution']),
    );
    expect(JSON.parse(relaxed!.text).compilerOptions.moduleResolution).toBe('node');
    expect(libLeavesOutDom(STAINLESS_2024)).toBe(true);
  });

  it("re-applies the owners' edit to it key by key", () => {
    const edited = STAINLESS_2024.replace('"skipLibCheck": true', '"skipLibCheck": true,\n    "noImplicitAny": false');
    const merged = reapplyJsonEdits(STAINLESS_2024, edited, SDKGEN, 'tsconfig.json');
    expect(merged?.applied).toBe(1);
    expect(merged?.rejected).toEqual([]);
    expect(JSON.parse(merged!.text).compilerOptions.noImplicitAny).toBe(false);
  });

  it('merges as text a tsconfig the owners commented (their comment kept)', () => {
    const edited = STAINLESS_2024.replace(
      '"skipLibCheck": true',
      '"skipLibCheck": true,\n    // our examples use implicit any\n    "noImplicitAny": false',
    );
    expect(reapplyJsonEdits(STAINLESS_2024, edited, SDKGEN, 'tsconfig.json')).toBeNull();
  });
});

describe('a tsconfig with the owners’ comments is not printed anew', () => {
  const commented = SDKGEN.replace('"strict": true,', '// ours: keep strict\n    "strict": true,');

  it('the compiler options to keep are left to a person', () => {
    const plan = {
      writes: [{ path: 'tsconfig.json', contents: commented }],
      compilerOptions: [] as string[],
      testRunner: null,
      needsHand: [] as Array<{ path: string; reason: string }>,
    };
    relaxTsconfigInPlan(plan, STAINLESS_2024);
    expect(plan.writes[0].contents).toBe(commented);
    expect(plan.needsHand).toEqual([{ path: 'tsconfig.json', reason: expect.stringContaining('esModuleInterop') }]);
  });

  it('the exported subpaths are left to a person', () => {
    const writes = [{ path: 'tsconfig.json', contents: commented }];
    const unmapped = mapExportedSubpaths(writes, '@smithery/api', [{ subpath: './helpers', module: 'helpers' }], {
      has: () => true,
    });
    expect(writes[0].contents).toBe(commented);
    expect(unmapped.map((u) => u.path)).toEqual(['tsconfig.json']);
  });
});
