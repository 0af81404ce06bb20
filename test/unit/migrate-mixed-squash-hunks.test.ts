/**
 * A mixed commit (Stainless's release squash a person co-authored, or a person's commit the bot co-authored) is read
 * hunk by hunk in a file people's own commits edited: a hunk is the owners' only where it touches lines their own
 * commits wrote (followed through history), Stainless's elsewhere (cerebras-python's release 1.35.0 rewriting
 * `_base_client.py`, one line of which a person had fixed). A person's commit bringing Stainless's ("Fix SDK constructor
 * bug" with "fix(client): compat with new httpx 0.28.0 release", the bot its co-author) is mixed too. A file a mixed
 * squash created without the banner, where sdkgen writes a module, is Stainless's (`_utils/_resources_proxy.py`).
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { analyseOwners } from '../../bench/migrate-trials/lib/owners.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { checkOwnersFiles } from '../../bench/migrate-trials/lib/checks.mjs';
import { rewrittenByStainless } from '../../generator/migrate/owners/rewritten-by-stainless';
import { planPythonMigration } from '../../generator/migrate/python/plan';
import { generationsSince } from '../../generator/migrate/repository/generations';
import { findStainlessBase } from '../../generator/migrate/repository/stainless-repo';
import { readRepoFiles } from '../../generator/migrate/repository/checkout-files';
import { git } from '../helpers/git-repo';
import { BOT, commit, historyOnce, PERSON, releaseSquash, stats, write } from '../helpers/stainless-history';

const BOT_TRAILER = `Co-authored-by: ${BOT}`;
const squash = (version: string, person: boolean) =>
  releaseSquash(version, ['feat(api): update via SDK Studio'], person ? 'Our release note' : undefined);

const CLIENT = 'src/acme/_base_client.py';
const PROXY = 'src/acme/_utils/_proxy.py';
const client = (o: { fix?: string; send?: string; imports?: string } = {}) =>
  [
    o.imports ?? 'import httpx',
    '',
    'class BaseClient:',
    '    def __init__(self, base_url: str) -> None:',
    `        self.base_url = base_url${o.fix ?? ''}`,
    '',
    '    def headers(self) -> dict:',
    '        return {}',
    '',
    '    def request(self) -> None:',
    `        ${o.send ?? 'return None'}`,
    '',
  ].join('\n');
const FIX = '.rstrip("/")';
const FIXED_AGAIN = '.rstrip("/") or "https://api.acme.com"';
const SEND = 'return self._client.send(self._build_request())';
const IMPORTS = 'import httpx  # >= 0.28';

/** The history, written once for the file: each test reads a copy of it. */
const history = historyOnce('mixed-hunks-', (repo) => {
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, { '.stats.yml': stats(1, 'aaaa'), [CLIENT]: client(), 'README.md': '# Acme\n' });
  commit(repo, BOT, squash('0.1.0', false), '2024-07-01T00:00:00Z');
  // The person's own edit of one line.
  write(repo, { [CLIENT]: client({ fix: FIX }) });
  commit(repo, PERSON, 'Fix SDK constructor bug', '2024-07-10T00:00:00Z');
  // A person's commit bringing Stainless's (the bot its co-author): Stainless's change.
  write(repo, { [CLIENT]: client({ fix: FIX, imports: IMPORTS }) });
  commit(
    repo,
    PERSON,
    ['Bring httpx compat (#12)', '', '* fix(client): compat with new httpx 0.28.0 release (#11)', '', BOT_TRAILER].join(
      '\n',
    ),
    '2024-07-15T00:00:00Z',
  );
  // A mixed squash: its change to the person's line is theirs, its rewrite of `request` Stainless's; the module it
  // creates without the banner is Stainless's where sdkgen writes one.
  write(repo, {
    '.stats.yml': stats(1, 'bbbb'),
    [CLIENT]: client({ fix: FIXED_AGAIN, send: SEND, imports: IMPORTS }),
    [PROXY]: 'from typing import Any\n\n\nclass LazyProxy:\n    pass\n',
  });
  commit(repo, BOT, squash('0.2.0', true), '2024-08-01T00:00:00Z');
  return {};
});

describe('a mixed commit read hunk by hunk', () => {
  it('migrate: its hunks away from people’s lines, and a person’s commit the bot co-authored, are Stainless’s', () => {
    const { repo } = history();
    const base = findStainlessBase(repo, null)!;
    expect(base.texts.get(CLIENT)).toBe(client());
    const changes = generationsSince(repo, base.since ?? base.commit).get(CLIENT);
    expect([...(changes?.added ?? [])].sort()).toEqual([IMPORTS, SEND].sort());
  });

  it('migrate: a module a mixed squash created without the banner, at a path sdkgen writes, is Stainless’s', () => {
    const { repo } = history();
    const base = findStainlessBase(repo, null)!;
    expect(base.blobs.has(PROXY)).toBe(false);
    const found = rewrittenByStainless(repo, readRepoFiles(repo), base, new Set([PROXY]));
    expect([...found]).toEqual([PROXY]);
    // The Python move writes sdkgen's module there, nothing left for a person.
    const sdkgens = 'class LazyProxy:\n    """sdkgen’s"""\n';
    const plan = planPythonMigration({
      repo,
      current: readRepoFiles(repo),
      base,
      rendered: [{ path: PROXY, contents: sdkgens }],
      importName: 'acme',
    });
    expect(plan.needsHand.map((n) => n.path)).not.toContain(PROXY);
    expect(plan.writes.find((w) => w.path === PROXY)?.contents).toBe(sdkgens);
  });

  it('the trial harness: the same reading', () => {
    const { repo } = history();
    const owners = analyseOwners(repo, 'HEAD') as {
      ownersFiles: string[];
      stainlessWhereSdkgenWrites: string[];
      hunks: Array<{ file: string; added: Array<{ text: string }> }>;
    };
    expect(owners.ownersFiles).toEqual([PROXY]);
    expect(owners.stainlessWhereSdkgenWrites).toEqual([PROXY]);
    // Check 2: sdkgen's module written there (its manifest lists it) is no owners' file changed.
    write(repo, { [PROXY]: 'class LazyProxy:\n    pass  # sdkgen\n' });
    expect((checkOwnersFiles(repo, 'HEAD', owners) as { status: string }).status).toBe('fail');
    write(repo, { '.sdkgen/manifest.json': JSON.stringify({ files: { [PROXY]: {} } }) });
    expect((checkOwnersFiles(repo, 'HEAD', owners) as { status: string }).status).toBe('pass');
    expect(owners.hunks.map((h) => [h.file, h.added.map((a) => a.text.trim())])).toEqual([
      [CLIENT, [`self.base_url = base_url${FIXED_AGAIN}`]],
    ]);
  });
});
