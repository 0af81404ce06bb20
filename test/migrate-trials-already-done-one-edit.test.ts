/**
 * The trial harness's budget of already-done hunks (bench/migrate-trials/lib/checks.mjs): migrate's report counts its
 * own hunks, and one of them may hold two of the harness's, where another diff of the same texts takes the lines between
 * them as added (hetzner-ts's pagination with the base brought through Stainless's later generations: the first page
 * class's `nextPageInfo` and the second class after it, one hunk for migrate, two for `git diff`). Two such hunks are
 * charged once; hunks with other lines between them are charged each.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { alreadyDoneByReport } from '../bench/migrate-trials/lib/already-done.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { checkHunks } from '../bench/migrate-trials/lib/checks.mjs';

const FILE = 'src/index.ts';
const line = (name: string, type = '') => `export { ${type}${name} } from './${name.toLowerCase()}';`;
const hunk = (start: number, names: string[]) => {
  const header = `@@ -0,0 +${start},${names.length} @@`;
  const added = names.map((name, i) => ({ line: start + i, text: line(name) }));
  return { file: FILE, header, removed: [], added, text: `${header}\n${added.map((a) => `+${a.text}\n`).join('')}` };
};
const REPORT = [
  "Hand edits whose result sdkgen's file has already (the lines they add are there) (1):",
  `  ${FILE} (1 hunk)`,
].join('\n');

function trial(between: string[]) {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-one-edit-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  fs.mkdirSync(path.join(repo, 'src'));
  const names = ['Alpha', 'Beta', 'Gamma', 'Delta'];
  const atRef = [...names, ...between, 'Omega'];
  fs.writeFileSync(path.join(repo, FILE), `${atRef.map((n) => line(n)).join('\n')}\n`);
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'ref');
  // The result, as sdkgen's file has it: the names exported as types (the lines themselves are not there).
  fs.writeFileSync(path.join(repo, FILE), `${atRef.map((n) => line(n, 'type ')).join('\n')}\n`);
  const owners = { hunks: [hunk(1, names), hunk(names.length + between.length + 1, ['Omega'])], ownersDeleted: [] };
  return { repo, owners };
}

const repos: string[] = [];
afterAll(() => repos.forEach((repo) => fs.rmSync(repo, { recursive: true, force: true })));

describe('trials: already-done hunks migrate counts as one', () => {
  it('charges once two hunks whose in-between lines one of them adds too', () => {
    const { repo, owners } = trial(['Beta', 'Gamma']);
    repos.push(repo);
    const out = checkHunks(repo, owners, 'HEAD', [], alreadyDoneByReport(REPORT));
    expect(out.details.already).toHaveLength(2);
    expect(out.status).toBe('pass');
  });

  it('charges each hunk with other lines between them', () => {
    const { repo, owners } = trial(['Zeta', 'Eta']);
    repos.push(repo);
    const out = checkHunks(repo, owners, 'HEAD', [], alreadyDoneByReport(REPORT));
    expect(out.details.already).toHaveLength(1);
    expect(out.status).toBe('fail');
  });
});
