/**
 * The trial harness's check 2 on an owners' file that is a symbolic link to a directory (anthropic-ts's workspace
 * packages: `packages/bedrock-sdk/src/internal` → `../../../src/internal`): compared as a link (its target, which git
 * keeps as the blob), never read as a file (EISDIR ended the trial before its summary).
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { checkOwnersFiles } from '../bench/migrate-trials/lib/checks.mjs';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { commit, PERSON, write } from './helpers/stainless-history';

const LINK = 'packages/bedrock-sdk/src/internal';

describe('trial harness check 2: an owners’ symbolic link to a directory', () => {
  it('is identical while it links where it did (not read as a file)', () => {
    const repo = tempDir('harness-owners-symlink-');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, {
      'src/internal/utils.ts': 'export const a = 1;\n',
      'packages/bedrock-sdk/src/index.ts': 'export {};\n',
    });
    symlinkSync('../../../src/internal', path.join(repo, LINK));
    commit(repo, PERSON, 'feat: bedrock package', '2026-02-18T00:00:00Z');
    const owners = { ownersFiles: [LINK], botAddedFiles: [], stainlessWhereSdkgenWrites: [] };
    expect((checkOwnersFiles(repo, 'HEAD', owners) as { status: string }).status).toBe('pass');
  });
});
