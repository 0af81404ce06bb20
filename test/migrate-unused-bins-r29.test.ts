/**
 * Stainless's 2023 `bin/check-test-server`, which only its package.json `test` script ran (`bin/check-test-server &&
 * yarn jest`): sdkgen's `test` script takes that one's place, so the script is Stainless's file left behind and goes
 * (issue 89, hetzner-ts). Named by something that stays (a workflow, a script of the owners'), it stays.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';

const SCRIPT = 'bin/check-test-server';
const script = '#!/usr/bin/env bash\n\nfunction prism_is_running() {\n  curl --silent "http://localhost:4010"\n}\n';
const stainlessPackage = JSON.stringify(
  { name: 'acme', scripts: { test: 'bin/check-test-server && yarn jest', build: 'bash ./build' } },
  null,
  2,
);
const sdkgenPackage = JSON.stringify(
  { name: 'acme', scripts: { test: 'vitest run', build: 'node build.mjs' } },
  null,
  2,
);

/** The plan for a repository with Stainless's script, its package.json as `packageJson`, and `extra` files of theirs. */
function plan(packageJson: string, extra: Array<{ path: string; text: string }> = [], scriptText = script) {
  const files = [
    { path: SCRIPT, pristine: script, text: scriptText },
    { path: 'package.json', pristine: stainlessPackage, text: packageJson },
  ];
  return planMigration({
    current: [
      ...files.map((f) => ({ path: f.path, blob: f.text === f.pristine ? 'stainless' : 'edited', text: f.text })),
      ...extra.map((f) => ({ ...f, blob: 'theirs' })),
    ],
    base: {
      blobs: new Map(files.map((f) => [f.path, 'stainless'])),
      texts: new Map(files.map((f) => [f.path, f.pristine])),
    },
    rendered: [
      { path: 'src/client.ts', contents: 'export class Client {}\n' },
      { path: 'package.json', contents: sdkgenPackage },
    ],
  });
}

describe("migrate: Stainless's bin/ script only its own test script ran", () => {
  it('goes with that test script', () => {
    const result = plan(stainlessPackage);
    expect(result.removed).toContain(SCRIPT);
    expect(result.keptRepositoryFiles).not.toContain(SCRIPT);
  });

  it('stays where a script of the owners, a file of theirs, or their edit of it names it', () => {
    const owned = JSON.stringify({ name: 'acme', scripts: { 'test:live': 'bin/check-test-server && jest' } }, null, 2);
    expect(plan(owned).keptRepositoryFiles).toContain(SCRIPT);
    const workflow = {
      path: '.github/workflows/e2e.yml',
      text: 'jobs:\n  e2e:\n    steps:\n      - run: ./bin/check-test-server\n',
    };
    expect(plan(stainlessPackage, [workflow]).keptRepositoryFiles).toContain(SCRIPT);
    expect(plan(stainlessPackage, [], script.replace('4010', '4011')).keptRepositoryFiles).toContain(SCRIPT);
  });
});
