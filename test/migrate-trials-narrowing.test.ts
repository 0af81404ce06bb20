/**
 * The trial harness (bench/migrate-trials) read an owners' hunk that only takes something out as done where what it
 * took out is nowhere in the migrated module: a deleted line not back (check 4), a span of a line found nowhere
 * (already-done.mjs). A narrowed parameter annotation is such a hunk (`obj: Mapping[_K, _V | NotGiven | Omit]` → `…
 * | NotGiven]`, or a member's line deleted from `body: Union[` … `],`), and sdkgen's parameter may well be wider
 * (`object` names no member): it is done only where every migrated function of that name takes the parameter no wider
 * (python-narrowing.mjs). Taking code out stays judged as before.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { hasResult } from '../bench/migrate-trials/lib/already-done.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { checkHunks } from '../bench/migrate-trials/lib/checks.mjs';

const FILE = 'src/acme/_client.py';

const oneLine = (removed: string, added: string) => ({
  header: '@@ -1 +1 @@',
  removed: [removed],
  added: [{ line: 1, text: added }],
  text: `@@ -1 +1 @@\n-${removed}\n+${added}\n`,
});

const utils = (annotation: string) =>
  `def strip_not_given(obj: ${annotation}) -> Any:\n    return {k: v for k, v in obj.items() if not isinstance(v, NotGiven)}\n`;

/** A method whose `body` parameter is annotated over lines, one member a line. */
const method = (...members: string[]) =>
  [
    'class Acme:',
    '    def send(',
    '        self,',
    '        body: Union[',
    ...members.map((m) => `            ${m},`),
    '        ],',
    '    ) -> None:',
    '        pass',
    '',
  ].join('\n');

const repos: string[] = [];
afterAll(() => repos.forEach((repo) => fs.rmSync(repo, { recursive: true, force: true })));

/** A repository at the ref (the owners' module) with the migrated module in its work tree. */
function repository(atRef: string, migrated: string): string {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-narrowing-'));
  repos.push(repo);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  fs.mkdirSync(path.join(repo, path.dirname(FILE)), { recursive: true });
  fs.writeFileSync(path.join(repo, FILE), atRef);
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'ref');
  fs.writeFileSync(path.join(repo, FILE), migrated);
  return repo;
}

describe("the trial harness's judge of an owners' narrowed annotation", () => {
  it('reads a span taken out of a one-line def as done only where the migrated parameter is no wider', () => {
    const narrowed = oneLine(
      'def strip_not_given(obj: Mapping[_K, _V | NotGiven | Omit]) -> Any: ...',
      'def strip_not_given(obj: Mapping[_K, _V | NotGiven]) -> Any: ...',
    );
    // (`Omit` named nowhere in the migrated module, and its parameter `object`: before, read as done.)
    expect(hasResult('s/_utils/_utils.py', narrowed, utils('object'))).toBe(false);
    expect(hasResult('s/_utils/_utils.py', narrowed, utils('Mapping[_K, _V | NotGiven | Omit]'))).toBe(false);
    expect(hasResult('s/_utils/_utils.py', narrowed, utils('Mapping[_K, _V | NotGiven]'))).toBe(true);
    // (Taking a span of code out, not an annotation, is judged as before: its pieces found nowhere.)
    const call = oneLine('    return send(body, timeout=timeout)', '    return send(body)');
    expect(hasResult('s/_client.py', call, 'def go(body):\n    return send(body)\n')).toBe(true);
  });

  it("counts a member's line deleted from an annotation over lines as lost where the migrated one is wider", () => {
    const atRef = method('str');
    // The owners deleted `bytes,` (line 6 of Stainless's module) from `body`'s union: one line taken out.
    const deleted = {
      header: '@@ -6 +5,0 @@',
      removed: ['            bytes,'],
      added: [],
      text: '@@ -6 +5,0 @@\n-            bytes,\n',
    };
    const owners = { hunks: [{ file: FILE, ...deleted }], ownersDeleted: [] };
    const wider = 'class Acme:\n    def send(self, body: object) -> None:\n        pass\n';
    const widerCheck = checkHunks(repository(atRef, wider), owners, 'HEAD');
    expect(widerCheck.status).toBe('fail');
    expect(JSON.stringify(widerCheck.details)).toContain('narrows `body` of `send`');
    const alike = 'class Acme:\n    def send(self, body: str) -> None:\n        pass\n';
    expect(checkHunks(repository(atRef, alike), owners, 'HEAD').status).toBe('pass');
    // (A line of code deleted, not of an annotation, is carried where it is not back, as before.)
    const code = {
      header: '@@ -9 +8,0 @@',
      removed: ['        print(body)'],
      added: [],
      text: '@@ -9 +8,0 @@\n-        print(body)\n',
    };
    const codeOwners = { hunks: [{ file: FILE, ...code }], ownersDeleted: [] };
    expect(checkHunks(repository(atRef, wider), codeOwners, 'HEAD').status).toBe('pass');
  });

  it('reads a member line added to an annotation over lines as done where the migrated parameter is `object`', () => {
    // (migrate reports such a widening already done: widened-annotations.ts.)
    const added = {
      header: '@@ -5,0 +6 @@',
      removed: [],
      added: [{ line: 6, text: '            bytes,' }],
      text: '@@ -5,0 +6 @@\n+            bytes,\n',
    };
    const atRef = method('str', 'bytes');
    const ours = (type: string) => `class Acme:\n    def send(self, body: ${type}) -> None:\n        pass\n`;
    expect(hasResult(FILE, added, ours('object'), { atRef })).toBe(true);
    expect(hasResult(FILE, added, ours('str'), { atRef })).toBe(false);
    // (Without the module at the ref, a lone member line is no signature: not read as done.)
    expect(hasResult(FILE, added, ours('object'))).toBe(false);
  });
});
