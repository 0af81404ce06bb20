/**
 * The trial harness (bench/migrate-trials) counts an owners' hunk migrate reports as already done as carried when the
 * migrated file has its result, judged by the harness itself: a JSON repair of an escape Stainless wrote invalid, a
 * value set however laid out, a rename whose lines sdkgen's file has with `type ` added.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { alreadyDoneByReport, hasResult } from '../bench/migrate-trials/lib/already-done.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { checkHunks } from '../bench/migrate-trials/lib/checks.mjs';

const hunk = (removed: string[], added: string[]) => ({
  header: '@@ -1 +1 @@',
  removed,
  added: added.map((text) => ({ text })),
  text: `@@ -1 +1 @@\n${removed.map((l) => `-${l}\n`).join('')}${added.map((l) => `+${l}\n`).join('')}`,
});

const report = [
  "Hand edits whose result sdkgen's file has already (the lines they add are there, those they remove are not; in JSON, the values they set, or the valid JSON they repaired) (2):",
  '  packages/mcp-server/manifest.json (1 hunk)',
  '  src/resources/index.ts (2 hunks)',
  "Changed on main by Stainless's later generations (…) (1):",
  '  api.md (4 hunks)',
].join('\n');

const repair = hunk(
  ['      "description": "Only required if you\\\'re using webhooks.\\n",'],
  ['      "description": "Only required if you are using webhooks.\\n",'],
);
const manifest = JSON.stringify({ name: 'acme-mcp', user_config: { api_key: { description: 'Your key' } } }, null, 2);

describe("the trial harness's already-done hunks", () => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-already-'));
  afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

  it("reads migrate's report", () => {
    expect(alreadyDoneByReport(report)).toEqual([
      { path: 'packages/mcp-server/manifest.json', hunks: 1 },
      { path: 'src/resources/index.ts', hunks: 2 },
    ]);
  });

  it('judges the result itself', () => {
    expect(hasResult('m.json', repair, manifest)).toBe(true);
    expect(hasResult('m.json', repair, manifest.slice(1))).toBe(false);
    const set = hunk(['  "strict": false,'], ['  "strict": true,']);
    expect(hasResult('t.json', set, '{"compilerOptions":{"strict":true}}')).toBe(true);
    expect(hasResult('t.json', set, '{"compilerOptions":{"strict":false}}')).toBe(false);
    const rename = hunk(["export { Partial } from './shared';"], ["export { PartialResource } from './shared';"]);
    expect(hasResult('i.ts', rename, "export { type PartialResource } from './shared';\n")).toBe(true);
    expect(hasResult('i.ts', rename, "export { Partial } from './shared';\n")).toBe(false);
  });

  it('counts such a hunk as carried in check 4, up to the number the report gives', () => {
    fs.mkdirSync(path.join(repo, 'packages/mcp-server'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'packages/mcp-server/manifest.json'), manifest);
    const owners = { hunks: [{ file: 'packages/mcp-server/manifest.json', ...repair }], ownersDeleted: [] };
    const counted = checkHunks(repo, owners, 'HEAD', [], alreadyDoneByReport(report));
    expect(counted.status).toBe('pass');
    expect(counted.details.already).toHaveLength(1);
    expect(checkHunks(repo, owners, 'HEAD', [], []).status).toBe('fail');
    const twice = { ...owners, hunks: [owners.hunks[0], owners.hunks[0]] };
    expect(checkHunks(repo, twice, 'HEAD', [], alreadyDoneByReport(report)).status).toBe('fail');
  });
});
