/**
 * Check 4 of a Python trial reads indentation as meaning (bench/migrate-trials/lib/python-depth.mjs): an owners' line
 * the migrated module has word for word but in another block (kept at the owners' columns where sdkgen nests the `if`
 * it ends one block deeper, in a `with`: after the `if`, not in it) is not carried, and no judge of another form
 * credits it.
 * At sdkgen's depth (one block deeper, as the lines around it), or among sdkgen's own lines (nothing to tell by), it is.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { checkHunks } from '../bench/migrate-trials/lib/checks.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { rescoreHunks } from '../bench/migrate-trials/lib/python-rescore.mjs';

const PATH = 'src/acme/resources/runs.py';
const module = (body: string[]) =>
  ['from .._utils import timer, warn_streaming', '', '', 'class Runs:', ...body, ''].join('\n');

/** The owners' module at the ref: their line 8, the `if` block's last statement. */
const OWNERS = module([
  '    def create(self, *, stream, body):',
  '        if stream:',
  '            warn_streaming()',
  '            body = with_stream_options(body)',
  '        return self._post("/runs", body=body, stream=stream)',
]);
const HUNK = {
  file: PATH,
  header: '@@ -7,0 +8 @@',
  removed: [],
  added: [{ line: 8, text: '            body = with_stream_options(body)\n' }],
  text: '@@ -7,0 +8 @@\n+            body = with_stream_options(body)\n',
};
const owners = { hunks: [HUNK], ownersDeleted: [] };

/** sdkgen's method, its body in a `with`, with the owners' line at `indent`. */
const migrated = (indent: string) =>
  module([
    '    def create(self, *, stream, body):',
    '        with timer("create"):',
    '            if stream:',
    '                warn_streaming()',
    `${indent}body = with_stream_options(body)`,
    '            return self._post("/runs", body=body, stream=stream)',
  ]);

describe("check 4 on an owners' Python line carried at another depth", () => {
  let repo = '';
  beforeAll(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-depth-'));
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    fs.mkdirSync(path.join(repo, path.dirname(PATH)), { recursive: true });
    fs.writeFileSync(path.join(repo, PATH), OWNERS);
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'ref');
  });
  afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));
  const check = (text: string) => {
    fs.writeFileSync(path.join(repo, PATH), text);
    return checkHunks(repo, owners, 'HEAD');
  };

  it("fails where the line stands after the `if` block, at the owners' columns, not in it", () => {
    // (Valid Python, and the line's words are there: it runs whatever `stream` is.)
    const found = check(migrated('            '));
    expect(found.status).toBe('fail');
    expect(found.details.lost).toEqual([
      {
        file: PATH,
        header: HUNK.header,
        why: '1/1 added lines at another depth than the lines around them',
        loose: false,
        depth: true,
      },
    ]);
    // No later judge of another form credits it.
    const again = rescoreHunks(found, owners, [
      { key: 'sameForm', misses: found.details.lost, note: () => 'another form' },
    ]);
    expect(again.status).toBe('fail');
  });

  it("fails where the owners' block stands after another function's last line, its own body no witness", () => {
    // openai's conftest: the owners' `if http_client is None …:` and its body after sdkgen's unconditional `raise`
    // in a helper, where theirs followed the fixture's `if`/`else`.
    const ref = module([
      '    def create(self, *, stream, body):',
      '        if stream:',
      '            warn_streaming()',
      '        else:',
      '            raise TypeError(stream)',
      '        if body is None:',
      '            body = {}',
      '        return self._post("/runs", body=body, stream=stream)',
    ]);
    const ifBlock = {
      file: PATH,
      header: '@@ -8,0 +10,2 @@',
      removed: [],
      added: [
        { line: 10, text: '        if body is None:\n' },
        { line: 11, text: '            body = {}\n' },
      ],
      text: '',
    };
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    fs.writeFileSync(path.join(repo, PATH), ref);
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'ref 2');
    const ours = module([
      '    def settings(self, stream):',
      '        if stream:',
      '            return True',
      '        raise TypeError(stream)',
      '        if body is None:',
      '            body = {}',
      '',
      '    def create(self, *, stream, body):',
      '        self.settings(stream)',
      '        return self._post("/runs", body=body, stream=stream)',
    ]);
    fs.writeFileSync(path.join(repo, PATH), ours);
    const found = checkHunks(repo, { hunks: [ifBlock], ownersDeleted: [] }, 'HEAD');
    expect(found.status).toBe('fail');
    expect(found.details.lost[0].why).toBe('2/2 added lines at another depth than the lines around them');
    git('reset', '-q', '--hard', 'HEAD~1');
  });

  it("passes where it stands in the block with the lines around it, at sdkgen's depth", () => {
    expect(check(migrated('                ')).status).toBe('pass');
  });

  it('passes where no line around it is the same (nothing to tell its depth by)', () => {
    const own = module([
      '    def create(self, *, stream, body):',
      '        with timer("create"):',
      '            if stream:',
      '                warn()',
      '            body = with_stream_options(body)',
      '            return self._send(body)',
    ]);
    expect(check(own).status).toBe('pass');
  });
});
