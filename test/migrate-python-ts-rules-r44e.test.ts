/**
 * Two rules of the TypeScript move the Python plan follows with the same code (issue 89's "users must not notice"):
 *
 * - generation blame (repository/generation-blame.ts): a hunk left for a person whose every added non-blank line is,
 *   at HEAD, byte for byte as a generation of Stainless's wrote it is Stainless's output (a generation merged by
 *   hand), set aside and counted (`generationsByPeople`), not a person's work;
 * - Stainless's banner (reapply/stainless-banner.ts): an edit of the banner alone is sdkgen's to write (`bannerOnly`),
 *   a banner line is never a hunk left for a person, and a carried module is never written with it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { commitAll, commitGeneration } from './helpers/git-history';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { planPythonMigrationIn } from '../generator/migrate/python/from-repository';

const PERSON = 'Robert Owner <robert@example.com>';
const blob = (text: string) => `blob-${text.length}-${text.slice(-24)}`;

describe('migrate (Python): a hunk of Stainless’s output people committed', () => {
  // A module of Stainless's that sdkgen writes none of: the owners' edits of it are listed for a person as it goes.
  const file = 'src/acme/_legacy.py';
  const module = (create: string, mine: string) =>
    `def create(body):\n    ${create}\n\n\ndef update(body):\n    return put(body)\n\n\ndef mine():\n    ${mine}\n`;
  const first = module('return post(body)', 'pass');

  function history(): { repo: string; generation: string } {
    const repo = tempDir('python-generation-blame');
    git(repo, 'init', '-q', '-b', 'main');
    const put = (text: string) => {
      const full = path.join(repo, file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    };
    put(first);
    const generation = commitGeneration(repo, 'feat(api): legacy');
    // A generation merged by hand: a person's commit of Stainless's new output, and a line of their own.
    put(module('return post(body, None)', 'return 1'));
    commitAll(repo, 'feat: merge the new generation', PERSON);
    // A later generation writes over the new output's line; the owners' line it keeps as it was.
    put(module('return post(body, timeout=None)', 'return 1'));
    commitGeneration(repo, 'feat(api): timeouts');
    return { repo, generation };
  }

  it('sets the generation’s hunk aside and counts it; the owners’ stays for a person', () => {
    const { repo, generation } = history();
    const head = git(repo, 'show', `HEAD:${file}`);
    const plan = planPythonMigrationIn(repo, {
      current: [{ path: file, blob: blob(head), text: head }],
      base: { commit: generation, blobs: new Map([[file, blob(first)]]), texts: new Map([[file, first]]) },
      rendered: [{ path: 'src/acme/_client.py', contents: 'class Acme:\n    pass\n' }],
      importName: 'acme',
    } as never);
    const hunks = plan.rejected.find((r) => r.path === file)?.hunks ?? [];
    expect(hunks.join('\n')).toContain('+    return 1');
    expect(hunks.join('\n')).not.toContain('return post(body, timeout=None)');
    expect(plan.generationsByPeople).toEqual([{ path: file, hunks: 1 }]);
  });
});

describe('migrate (Python): a line the owners moved, which git blame keeps on the generation', () => {
  // llamacloud's `pipeline_list_response.py`: the owners moved the import above the alias (to drop its quotes); git's
  // diff of their commit keeps the import line and moves the alias, so blame gives the import to the generation.
  const file = 'src/acme/types/thing_list_response.py';
  const first =
    'from typing import List\nfrom typing_extensions import TypeAlias\n\n__all__ = ["ThingListResponse"]\n\n' +
    'ThingListResponse: TypeAlias = List["Thing"]\n\nfrom .thing import Thing\n';
  const moved =
    'from typing import List\nfrom typing_extensions import TypeAlias\n\n__all__ = ["ThingListResponse"]\n\n' +
    'from .thing import Thing\n\nThingListResponse: TypeAlias = List[Thing]\n';

  it('stays for a person whole: neither of its hunks is set aside', () => {
    const repo = tempDir('python-generation-blame-move');
    git(repo, 'init', '-q', '-b', 'main');
    mkdirSync(path.join(repo, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(repo, file), first);
    const generation = commitGeneration(repo, 'feat(api): things');
    writeFileSync(path.join(repo, file), moved);
    commitAll(repo, 'fix: import Thing before its use', PERSON);
    const plan = planPythonMigrationIn(repo, {
      current: [{ path: file, blob: blob(moved), text: moved }],
      base: { commit: generation, blobs: new Map([[file, blob(first)]]), texts: new Map([[file, first]]) },
      rendered: [{ path: 'src/acme/_client.py', contents: 'class Acme:\n    pass\n' }],
      importName: 'acme',
    } as never);
    expect(plan.generationsByPeople).toEqual([]);
    expect(plan.rejected.find((r) => r.path === file)?.hunks.join('\n')).toContain('+from .thing import Thing');
  });
});

describe('migrate (Python): Stainless’s banner is sdkgen’s to write', () => {
  const path = 'src/acme/types/thing.py';
  const OLD = '# File generated from our OpenAPI spec by Stainless.\n\n';
  const NEW = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
  const body =
    'from __future__ import annotations\n\nfrom .._models import BaseModel\n\n\nclass Thing(BaseModel):\n    id: str\n';
  // sdkgen's module: no banner, a field more.
  const ours = `${body}\n    name: str\n`;

  function plan(pristine: string, owners: string) {
    return planPythonMigration({
      current: [{ path, blob: blob(owners), text: owners }],
      base: { blobs: new Map([[path, blob(pristine)]]), texts: new Map([[path, pristine]]) },
      rendered: [{ path, contents: ours }],
      importName: 'acme',
    } as never);
  }

  it('an edit of the banner alone is listed as such, sdkgen’s module written', () => {
    const result = plan(OLD + body, NEW + body);
    expect(result.bannerOnly).toEqual([path]);
    expect(result.writes.find((f) => f.path === path)?.contents).toBe(ours);
    expect(result.rejected).toEqual([]);
  });

  it('a banner the owners rewrote or added beside other edits is no hunk for a person, nor written', () => {
    const before = body.replace('class Thing', 'MINE = 1\n\n\nclass Thing');
    const after = `${body}\n\nMINE = 1\n`;
    for (const [pristine, owners] of [
      [OLD + body, NEW + before],
      [body, NEW + before],
      [OLD + body, NEW + after],
      [body, NEW + after],
    ]) {
      const result = plan(pristine, owners);
      const written = result.writes.find((f) => f.path === path)?.contents ?? '';
      expect(result.rejected.flatMap((r) => r.hunks).join('\n')).not.toMatch(/by Stainless/);
      expect(written).not.toMatch(/by Stainless/);
      expect(result.rejected.length > 0 || written.includes('MINE = 1')).toBe(true);
    }
  });

  it('a licence header the owners put above Stainless’s banner is carried, the banner not', () => {
    // (llama-stack-client-python: Meta's five-line copyright comment and a blank line above the banner, in every module.)
    const licence =
      '# Copyright (c) Acme, Inc. and affiliates.\n# All rights reserved.\n#\n# This source code is licensed under the terms\n# described in the LICENSE file.\n\n';
    const result = plan(NEW + body, licence + NEW + body);
    const written = result.writes.find((f) => f.path === path)?.contents ?? '';
    expect(written).not.toMatch(/by Stainless/);
    expect(written.startsWith(licence)).toBe(true);
    expect(written).toContain('    name: str');
    expect(result.rejected).toEqual([]);
  });
});
