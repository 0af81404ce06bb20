/**
 * The trial harness's check 4 (owners' hunks present) on the owners' change to a test of Stainless's runtime that goes
 * with it (writer's import edits to tests/base64.test.ts): counted apart where migrate's report lists the test so and
 * the hunk adds no test; a hunk adding a test of theirs to it, or one of a test the report does not list, is lost.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { checkHunks } from '../bench/migrate-trials/lib/checks.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { reportSection } from '../bench/migrate-trials/lib/report-sections.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers/sdk';

const TEST = 'tests/base64.test.ts';
const hunk = (added: string[]) => ({
  file: TEST,
  header: '@@ -1 +1 @@',
  added: added.map((text) => ({ text })),
  removed: ["import { fromBase64, toBase64 } from 'acme/internal/utils/base64';\n"],
  text: added.map((line) => `+${line}`).join(''),
});
const IMPORT_EDIT = hunk(["import { fromBase64, toBase64 } from 'acme/internal/utils';\n"]);
const TEST_ADDED = hunk(["test('theirs', () => {\n", "  expect(toBase64('')).toBe('');\n", '});\n']);

const REPORT = [
  "Stainless's tests of its runtime (which goes) you changed, adding no test of yours: they go with it (git keeps them) (1):",
  `  ${TEST}`,
  '',
].join('\n');

describe('trial harness: a change to Stainless’s test of its runtime', () => {
  it('is counted apart where migrate lists the test and the hunk adds no test', () => {
    const repo = tempDir('harness-runtime-tests-');
    const listed = reportSection(REPORT, "Stainless's tests of its runtime (which goes) you changed") as string[];
    expect(listed).toEqual([TEST]);
    const owners = { hunks: [IMPORT_EDIT, TEST_ADDED], ownersDeleted: [] };
    const found = checkHunks(repo, owners, 'HEAD', [], [], [], [], listed);
    expect(found.details.withRuntimeTests).toEqual([{ file: TEST, header: IMPORT_EDIT.header }]);
    expect(found.details.lost.map((l: { header: string }) => l.header)).toEqual([TEST_ADDED.header]);
    expect(found.reason).toContain("1 changing, adding no test, Stainless's tests of its runtime");

    const unlisted = checkHunks(repo, { ...owners, hunks: [IMPORT_EDIT] }, 'HEAD');
    expect(unlisted.status).toBe('fail');
    expect(unlisted.details.lost).toHaveLength(1);
  });

  it('is counted apart too where sdkgen writes its own test of its runtime at that path (matchers renamed)', () => {
    const repo = tempDir('harness-runtime-tests-kept-path-');
    const file = 'tests/index.test.ts';
    fs.mkdirSync(path.join(repo, 'tests'), { recursive: true });
    fs.writeFileSync(path.join(repo, file), "import { it } from './harness';\n\nit('sdkgen', () => {});\n");
    const renamed = {
      file,
      header: '@@ -275 +275 @@',
      added: [{ text: '    await expect(p).rejects.toThrow(APIUserAbortError);\n' }],
      removed: [{ text: '    await expect(p).rejects.toThrowError(APIUserAbortError);\n' }],
      text: '+    await expect(p).rejects.toThrow(APIUserAbortError);\n',
    };
    const found = checkHunks(repo, { hunks: [renamed], ownersDeleted: [] }, 'HEAD', [], [], [], [], [file]);
    expect(found.status).toBe('pass');
    expect(found.details.withRuntimeTests).toEqual([{ file, header: renamed.header }]);
    expect(checkHunks(repo, { hunks: [renamed], ownersDeleted: [] }, 'HEAD').status).toBe('fail');
  });
});
