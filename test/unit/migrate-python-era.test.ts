/**
 * `sdkgen migrate` keeps the era of the Python SDK a repository holds (migrate/repository/era.ts): read from the base
 * generation's day when there is one, else from the package's `_client.py` and `__init__.py` as they are; its shared
 * types (`types/shared/`, `types/shared_params/`) importing a resource's types module keep it before the shared
 * closure (stainless/era.ts, SHARED_CLOSURE_SINCE).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pythonEraOfRepository } from '../../generator/migrate/repository/era';
import type { StainlessBase } from '../../generator/migrate/repository/stainless-repo';
import type { RepoFile } from '../../generator/migrate/repository/checkout-files';

const eagerClient = 'class Acme:\n    def __init__(self) -> None:\n        self.users = users.UsersResource(self)\n';
const init = 'from ._base_client import DefaultHttpxClient, DefaultAioHttpClient\n';
const file = (p: string, text: string): RepoFile => ({ path: p, blob: null, text });
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("the era of a repository's Python SDK", () => {
  test("without a base: from the package's files (another package's files are not read)", () => {
    const current = [file('src/acme/_client.py', eagerClient), file('src/acme/__init__.py', init)];
    expect(pythonEraOfRepository('/nonexistent', null, current, 'acme')).toBe('2025-12-15');
    expect(pythonEraOfRepository('/nonexistent', null, current, 'other')).toBeNull();
  });

  test('without a base: from the files of a package of a dotted name (`cerebras.cloud.sdk`)', () => {
    const current = [
      file('src/cerebras/cloud/sdk/_client.py', eagerClient),
      file('src/cerebras/cloud/sdk/__init__.py', init),
    ];
    expect(pythonEraOfRepository('/nonexistent', null, current, 'cerebras.cloud.sdk')).toBe('2025-12-15');
  });

  test("with a base: the day of the base generation's commit", () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-python-era-'));
    dirs.push(repo);
    const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      execFileSync('git', args, { cwd: repo, env: { ...process.env, ...env }, encoding: 'utf8' }).trim();
    run(['init', '-q']);
    const when = { GIT_AUTHOR_DATE: '2025-05-28T10:00:00Z', GIT_COMMITTER_DATE: '2025-05-28T10:00:00Z' };
    run(['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', 'gen'], when);
    const base: StainlessBase = {
      ref: 'generated',
      commit: run(['rev-parse', 'HEAD']),
      blobs: new Map(),
      texts: new Map(),
    };
    expect(pythonEraOfRepository(repo, base, [], 'acme')).toBe('2025-05-28');
  });

  test("a base whose shared types import a resource's types module: the era before the shared closure", () => {
    // Modern Treasury's Python generations of 2026-07-17 on (Stainless's own, and its owners' stlc builds) keep
    // `BankSettings` in types/bank_settings.py, imported by types/shared/child_legal_entity_create.py; an SDK of its
    // day would declare it in types/shared/ (stainless/era.ts, SHARED_CLOSURE_SINCE).
    const repo = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-python-era-'));
    dirs.push(repo);
    const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      execFileSync('git', args, { cwd: repo, env: { ...process.env, ...env }, encoding: 'utf8' }).trim();
    run(['init', '-q']);
    const when = { GIT_AUTHOR_DATE: '2026-07-17T14:22:35Z', GIT_COMMITTER_DATE: '2026-07-17T14:22:35Z' };
    run(['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', 'gen'], when);
    const baseOf = (texts: Record<string, string>): StainlessBase => ({
      ref: 'generated',
      commit: run(['rev-parse', 'HEAD']),
      blobs: new Map(),
      texts: new Map(Object.entries(texts)),
    });
    const model = (imports: string) =>
      `from ..._models import BaseModel\n${imports}\n\nclass Child(BaseModel):\n    pass\n`;
    const importing = baseOf({
      'src/acme/types/shared/__init__.py': 'from .child import Child as Child\n',
      'src/acme/types/shared/child.py': model('from .address import Address\nfrom ..bank_settings import BankSettings'),
    });
    expect(pythonEraOfRepository(repo, importing, [], 'acme')).toBe('2026-07-09');
    const params = baseOf({
      'src/acme/types/shared_params/child.py': model('from ..bank_settings_param import BankSettingsParam'),
    });
    expect(pythonEraOfRepository(repo, params, [], 'acme')).toBe('2026-07-09');
    // Shared types importing only shared ones (`..shared.x` from shared_params) tell nothing: the day decides.
    const closed = baseOf({
      'src/acme/types/shared/child.py': model('from .bank_settings import BankSettings'),
      'src/acme/types/shared_params/child.py': model('from ..shared.direction import Direction'),
    });
    expect(pythonEraOfRepository(repo, closed, [], 'acme')).toBeNull();
    // Another package's shared types are not read; an SDK of an earlier day keeps its day.
    expect(pythonEraOfRepository(repo, importing, [], 'other')).toBeNull();
    // The checkout's shared types, where it has them, stand over the base's: a later build on main (knock-mgmt's
    // owners' stlc build of 2026-07-17, over Stainless's generation of 07-13) had moved the model into shared.
    const checkout = [file('src/acme/types/shared/child.py', model('from .bank_settings import BankSettings'))];
    expect(pythonEraOfRepository(repo, importing, checkout, 'acme')).toBeNull();
  });

  test("without a base: the package's shared types as they are", () => {
    const current = [
      file('src/acme/_client.py', eagerClient),
      file('src/acme/__init__.py', init),
      file('src/acme/types/shared/child.py', 'from ..bank_settings import BankSettings\n'),
    ];
    // (The eager client's day, 2025-12-15, is before the closure: it stays.)
    expect(pythonEraOfRepository('/nonexistent', null, current, 'acme')).toBe('2025-12-15');
  });
});
