/**
 * What `sdkgen migrate` does so that a complete move needs no person: where the spec and config are copied when they
 * are outside the repository (inputs/place.ts), the lockfile brought up to date by its package manager (package/lockfile.ts,
 * with the real npm, offline), stlc's workspace read (repository/stlc.ts), and the short report with its exit code.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MigrateResult } from '../../generator/api/migrate';
import { migrationReport } from '../../generator/cli/commands/migrate';
import { placeInputs, type InputsToPlace } from '../../generator/migrate/inputs/place';
import { lockfileCommand, updateLockfiles } from '../../generator/migrate/package/lockfile';
import { emptyMigrationPlan } from '../../generator/migrate/migration-plan';
import { findStlcWorkspace, latestCustomCode, sdkFolders } from '../../generator/migrate/repository/stlc';
import { writeFile as write } from '../helpers/files';
import { tempDir } from '../helpers/sdk';

describe('the spec and config a migration copies into the repository', () => {
  const setup = (existing: Record<string, string> = {}) => {
    const dir = tempDir('migrate-inputs');
    const repo = path.join(dir, 'sdk');
    mkdirSync(repo, { recursive: true });
    const outside = path.join(dir, 'config-repo');
    const spec = write(outside, 'openapi.yml', 'openapi: 3.1.0\n');
    const config = write(outside, 'stainless.yml', 'organization:\n  name: acme\n');
    const inputs: InputsToPlace = {
      repo,
      root: repo,
      spec: { given: spec, files: [spec], url: null, display: (f) => f },
      config,
      existing: (file) => existing[file] ?? null,
    };
    return { dir, repo, outside, spec, config, inputs };
  };

  it('copies inputs from outside the repository to its root, under their names', () => {
    const { repo, spec, config, inputs } = setup();
    const placed = placeInputs(inputs);
    expect(placed.spec).toBe(path.join(repo, 'openapi.yml'));
    expect(placed.config).toBe(path.join(repo, 'stainless.yml'));
    expect(placed.copies).toEqual([
      { from: spec, to: 'openapi.yml', contents: 'openapi: 3.1.0\n' },
      { from: config, to: 'stainless.yml', contents: 'organization:\n  name: acme\n' },
    ]);
    expect(placed.needsHand).toEqual([]);
  });

  it("never over an owner's file: to sdkgen/ instead; a file with the same text is used as it is", () => {
    const { repo, config, inputs } = setup({
      'openapi.yml': 'theirs\n',
      'stainless.yml': 'organization:\n  name: acme\n',
    });
    const placed = placeInputs(inputs);
    expect(placed.spec).toBe(path.join(repo, 'sdkgen/openapi.yml'));
    expect(placed.config).toBe(path.join(repo, 'stainless.yml'));
    expect(placed.copies.map((c) => c.to)).toEqual(['sdkgen/openapi.yml']);
    expect(config).not.toBe(placed.config);
    // Both places taken: a person is told, nothing is overwritten.
    const taken = setup({ 'openapi.yml': 'a\n', 'sdkgen/openapi.yml': 'b\n' });
    const refused = placeInputs(taken.inputs);
    expect(refused.spec).toBe(taken.spec);
    expect(refused.copies.map((c) => c.to)).toEqual(['stainless.yml']);
    expect(refused.needsHand).toEqual([
      { path: 'openapi.yml, sdkgen/openapi.yml', reason: expect.stringContaining('commit a copy of it elsewhere') },
    ]);
  });

  it("uses the owners' own copy of an input where they keep it, under any name", () => {
    // a1ndreay/bookingcom-typescript-sdk keeps its Stainless config as openapi.stainless.yml beside the SDK.
    const { repo, inputs } = setup({ 'openapi.stainless.yml': 'organization:\n  name: acme\n' });
    const kept = { 'openapi.stainless.yml': 'organization:\n  name: acme\n', 'api/openapi.yml': 'openapi: 3.1.0\n' };
    const placed = placeInputs({
      ...inputs,
      keptWithText: (text) => Object.entries(kept).find(([, t]) => t === text)?.[0] ?? null,
    });
    expect(placed.config).toBe(path.join(repo, 'openapi.stainless.yml'));
    expect(placed.spec).toBe(path.join(repo, 'api/openapi.yml'));
    expect(placed.copies).toEqual([]);
  });

  it('never where git ignores the path: a clone would not have it', () => {
    const { repo, inputs } = setup();
    const placed = placeInputs({ ...inputs, ignored: (file) => file === 'stainless.yml' });
    expect(placed.copies.map((c) => c.to)).toEqual(['openapi.yml', 'sdkgen/stainless.yml']);
    expect(placed.config).toBe(path.join(repo, 'sdkgen/stainless.yml'));
  });

  it('leaves inputs already in the git work tree where they are (a monorepo keeps them beside the SDK)', () => {
    const { dir, spec, config, inputs } = setup();
    const placed = placeInputs({ ...inputs, root: dir });
    expect(placed).toEqual({ spec, config, copies: [], needsHand: [] });
  });

  it('copies a spec split over several files whole, laid out as it was, under openapi/', () => {
    const { repo, outside, inputs } = setup();
    const root = write(outside, 'spec/openapi.yaml', "paths:\n  $ref: './paths/pets.yaml'\n");
    const pets = write(outside, 'spec/paths/pets.yaml', 'get: {}\n');
    const shared = write(outside, 'common/schemas.yaml', 'Pet: {}\n');
    const placed = placeInputs({
      ...inputs,
      spec: { given: root, files: [root, pets, shared], url: null, display: (f) => f },
    });
    expect(placed.spec).toBe(path.join(repo, 'openapi/spec/openapi.yaml'));
    expect(placed.copies.map((c) => c.to)).toEqual([
      'openapi/spec/openapi.yaml',
      'openapi/spec/paths/pets.yaml',
      'openapi/common/schemas.yaml',
      'stainless.yml',
    ]);
  });

  it("copies a spec URL's document, named by the URL (or by its text)", () => {
    const { repo, dir, inputs } = setup();
    const fetched = write(dir, 'download/x', '{"openapi":"3.1.0"}');
    const url = 'https://example.com/specs/acme.json';
    const placed = placeInputs({ ...inputs, spec: { given: url, files: [fetched], url, display: () => url } });
    expect(placed.spec).toBe(path.join(repo, 'acme.json'));
    expect(placed.copies[0]).toEqual({ from: url, to: 'acme.json', contents: '{"openapi":"3.1.0"}' });
    const bare = 'https://example.com/spec';
    expect(
      placeInputs({ ...inputs, spec: { given: bare, files: [fetched], url: bare, display: () => bare } }).spec,
    ).toBe(path.join(repo, 'openapi.json'));
  });
});

describe('the lockfile, brought up to date by its package manager', () => {
  it('names the command for each package manager, without install scripts', () => {
    const dir = tempDir('migrate-lockfile-commands');
    expect(lockfileCommand(dir, 'package-lock.json').join(' ')).toBe(
      'npm install --package-lock-only --ignore-scripts --no-audit --no-fund',
    );
    expect(lockfileCommand(dir, 'pnpm-lock.yaml').join(' ')).toBe(
      'pnpm install --lockfile-only --ignore-scripts --no-frozen-lockfile',
    );
    expect(lockfileCommand(dir, 'bun.lock').join(' ')).toBe('bun install --lockfile-only --ignore-scripts');
    write(dir, 'yarn.lock', '# yarn lockfile v1\n');
    expect(lockfileCommand(dir, 'yarn.lock').join(' ')).toBe('yarn install --ignore-scripts --non-interactive');
    write(dir, 'yarn.lock', '__metadata:\n  version: 8\n');
    expect(lockfileCommand(dir, 'yarn.lock').join(' ')).toBe('yarn install --mode=update-lockfile');
  });

  it('runs the real npm offline (a local file: dependency): the lockfile gets it, node_modules is not made', () => {
    const dir = tempDir('migrate-lockfile-npm');
    write(dir, 'dep/package.json', '{ "name": "dep", "version": "1.0.0" }\n');
    const pkg = path.join(dir, 'pkg');
    write(pkg, 'package.json', '{ "name": "pkg", "version": "1.0.0", "dependencies": { "dep": "file:../dep" } }\n');
    write(pkg, 'package-lock.json', '{ "name": "pkg", "lockfileVersion": 3, "requires": true, "packages": {} }\n');
    const env = { ...process.env };
    // A registry out of reach: this must not need one.
    process.env.npm_config_registry = 'http://127.0.0.1:9/';
    try {
      expect(updateLockfiles(pkg, ['package-lock.json'], true)).toEqual([
        {
          lockfile: 'package-lock.json',
          command: 'npm install --package-lock-only --ignore-scripts --no-audit --no-fund',
          status: 'updated',
        },
      ]);
    } finally {
      process.env.npm_config_registry = env.npm_config_registry;
      if (env.npm_config_registry === undefined) delete process.env.npm_config_registry;
    }
    const lock = JSON.parse(readFileSync(path.join(pkg, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, unknown>;
    };
    expect(lock.packages['node_modules/dep']).toEqual({ resolved: '../dep', link: true });
    expect(existsSync(path.join(pkg, 'node_modules'))).toBe(false);
  });

  it('hands a person the command when the package manager fails or is not installed; --no-lockfile only names it', () => {
    const dir = tempDir('migrate-lockfile-fails');
    write(dir, 'package.json', '{ "name": "pkg" }\n');
    const bin = path.join(dir, 'bin');
    write(bin, 'npm', '#!/bin/sh\necho "npm error code ECONNREFUSED" >&2\nexit 1\n');
    chmodSync(path.join(bin, 'npm'), 0o755);
    const path0 = process.env.PATH;
    try {
      process.env.PATH = `${bin}${path.delimiter}${path0}`;
      expect(updateLockfiles(dir, ['package-lock.json'], true)[0]).toMatchObject({
        status: 'failed',
        error: 'npm exited with 1: npm error code ECONNREFUSED',
      });
      process.env.PATH = bin;
      expect(updateLockfiles(dir, ['pnpm-lock.yaml'], true)[0]).toMatchObject({
        status: 'failed',
        command: 'pnpm install --lockfile-only --ignore-scripts --no-frozen-lockfile',
        error: 'pnpm is not installed (not found on PATH)',
      });
    } finally {
      process.env.PATH = path0;
    }
    expect(updateLockfiles(dir, ['package-lock.json'], false)[0].status).toBe('left');
  });

  it("gets past npm's resolver crash on a replaced package (resolved once without peers, then as usual)", () => {
    const dir = tempDir('migrate-lockfile-npm-crash');
    write(dir, 'package.json', '{ "name": "pkg" }\n');
    const bin = path.join(dir, 'bin');
    // As npm 11 fails on OneBusAway's lockfile after the move, until a pass with --legacy-peer-deps has rewritten it.
    write(
      bin,
      'npm',
      '#!/bin/sh\necho "$*" >> calls.log\ncase "$*" in *--legacy-peer-deps*) echo legacy > package-lock.json; exit 0;; esac\n' +
        'grep -q legacy package-lock.json && { echo resolved > package-lock.json; exit 0; }\n' +
        'echo "npm error Cannot read properties of null (reading \'children\')" >&2\nexit 1\n',
    );
    chmodSync(path.join(bin, 'npm'), 0o755);
    write(dir, 'package-lock.json', 'stale\n');
    const path0 = process.env.PATH;
    try {
      process.env.PATH = `${bin}${path.delimiter}${path0}`;
      expect(updateLockfiles(dir, ['package-lock.json'], true)[0].status).toBe('updated');
    } finally {
      process.env.PATH = path0;
    }
    expect(readFileSync(path.join(dir, 'package-lock.json'), 'utf8')).toBe('resolved\n');
    const plain = 'install --package-lock-only --ignore-scripts --no-audit --no-fund';
    expect(readFileSync(path.join(dir, 'calls.log'), 'utf8')).toBe(`${plain}\n${plain} --legacy-peer-deps\n${plain}\n`);
  });

  it("lets each package manager write its own lockfile only: npm's rewrite of yarn.lock is undone", () => {
    const dir = tempDir('migrate-lockfile-own');
    write(dir, 'package.json', '{ "name": "pkg" }\n');
    write(dir, 'yarn.lock', '# yarn lockfile v1\n');
    const bin = path.join(dir, 'bin');
    write(bin, 'npm', '#!/bin/sh\necho npm > package-lock.json\necho npm > yarn.lock\n');
    chmodSync(path.join(bin, 'npm'), 0o755);
    const path0 = process.env.PATH;
    try {
      // No Yarn, no npx: yarn.lock is left for a person, as it was.
      process.env.PATH = bin;
      const updates = updateLockfiles(dir, ['package-lock.json', 'yarn.lock'], true);
      expect(updates.map((u) => u.status)).toEqual(['updated', 'failed']);
    } finally {
      process.env.PATH = path0;
    }
    expect(readFileSync(path.join(dir, 'package-lock.json'), 'utf8')).toBe('npm\n');
    expect(readFileSync(path.join(dir, 'yarn.lock'), 'utf8')).toBe('# yarn lockfile v1\n');
  });

  it('runs Yarn through npx, at the version package.json names, where it is not installed', () => {
    const dir = tempDir('migrate-lockfile-npx');
    write(dir, 'package.json', '{ "name": "pkg", "packageManager": "yarn@1.22.22+sha512.abc" }\n');
    write(dir, 'yarn.lock', '# yarn lockfile v1\n');
    const bin = path.join(dir, 'bin');
    write(bin, 'npx', '#!/bin/sh\necho "$*" > npx.log\n');
    chmodSync(path.join(bin, 'npx'), 0o755);
    const path0 = process.env.PATH;
    try {
      process.env.PATH = bin;
      expect(updateLockfiles(dir, ['yarn.lock'], true)[0]).toEqual({
        lockfile: 'yarn.lock',
        command: 'npx --yes yarn@1.22.22 install --ignore-scripts --non-interactive',
        status: 'updated',
      });
    } finally {
      process.env.PATH = path0;
    }
  });
});

describe("Stainless's local CLI's workspace", () => {
  it('reads workspace.json relative to its folder, and the newest custom-code record of the TypeScript SDK', () => {
    const dir = tempDir('migrate-stlc');
    write(
      dir,
      'stainless/workspace.json',
      '{ "openapi_spec": "openapi.json", "stainless_config": "openapi.stainless.yml", "output_path": "../packages" }\n',
    );
    mkdirSync(path.join(dir, 'packages/typescript'), { recursive: true });
    const record = (name: string, base: string) =>
      write(
        dir,
        `stainless/custom-code/typescript/${name}-custom-code.json`,
        JSON.stringify({ base, integrated: 'f'.repeat(40) }),
      );
    record('2026-06-03T22-01-05-912Z', 'a'.repeat(40));
    const newest = record('1780592816577', 'b'.repeat(40));
    write(dir, 'stainless/custom-code/python/1790000000000-custom-code.json', JSON.stringify({ base: 'c'.repeat(40) }));
    for (const where of [dir, path.join(dir, 'stainless'), path.join(dir, 'stainless/workspace.json')]) {
      const workspace = findStlcWorkspace(where)!;
      expect(workspace).toEqual({
        dir: path.join(dir, 'stainless'),
        spec: path.join(dir, 'stainless/openapi.json'),
        config: path.join(dir, 'stainless/openapi.stainless.yml'),
        output: path.join(dir, 'packages'),
        warnings: [],
      });
      expect(sdkFolders(workspace)).toEqual([path.join(dir, 'packages/typescript'), path.join(dir, 'packages')]);
      expect(latestCustomCode(workspace)).toEqual({
        file: newest,
        target: 'typescript',
        base: 'b'.repeat(40),
        integrated: 'f'.repeat(40),
      });
    }
    expect(findStlcWorkspace(path.join(dir, 'packages'))).toBeNull();
  });
});

describe('the report sdkgen migrate prints, and its exit code', () => {
  const result = (more: Partial<MigrateResult> = {}): MigrateResult => {
    const { lockfiles: _lockfiles, ...plan } = emptyMigrationPlan();
    void _lockfiles;
    return {
      ...plan,
      repo: '/work/acme-node',
      spec: '/work/acme-node/openapi.yml',
      config: '/work/acme-node/stainless.yml',
      derivedConfig: null,
      base: { ref: 'generated', commit: 'a'.repeat(40) },
      dryRun: false,
      diagnostics: [],
      copiedInputs: [
        { from: '/elsewhere/openapi.yml', to: 'openapi.yml' },
        { from: '/elsewhere/stainless.yml', to: 'stainless.yml' },
      ],
      lockfileUpdates: [
        { lockfile: 'package-lock.json', command: 'npm install --package-lock-only', status: 'updated' },
      ],
      stlc: null,
      ...more,
    };
  };

  it('says in a few lines what moved, with counts, and that the migration is complete', () => {
    const text = migrationReport(
      result({
        writes: [
          { path: 'src/client.ts', contents: '' },
          { path: 'README.md', contents: '' },
        ],
        removed: ['src/core.ts'],
        kept: ['src/lib/x.ts'],
        reapplied: [{ path: 'README.md', hunks: 2 }],
        surface: { breaking: [], methods: { stainless: 3, sdkgen: 3 } },
      }),
    );
    expect(text).toBe(
      [
        'Moved /work/acme-node from Stainless to sdkgen.',
        '  spec:     openapi.yml (copied from /elsewhere/openapi.yml)',
        '  config:   stainless.yml (copied from /elsewhere/stainless.yml)',
        `  base:     generated at ${'a'.repeat(12)} (Stainless's output this checkout carries)`,
        "  files:    2 written by sdkgen, 1 of Stainless's removed (git keeps them), 1 of yours kept as they are; 2 hand edit(s) carried over in 1 file(s)",
        '  lockfile: package-lock.json brought up to date (npm install --package-lock-only)',
        '',
        "API: 3 methods, against 3 in the release's api.md: nothing its users would notice.",
        '',
        'The migration is complete. Review with `git status` and `git diff`, then commit. From now on, `sdkgen generate` ' +
          'regenerates this repository and keeps your edits (`sdkgen customizations` lists them). `--verbose` lists every file.',
        '',
      ].join('\n'),
    );
  });

  it("names a copied input's warnings by the copy", () => {
    const text = migrationReport(
      result({
        diagnostics: [
          {
            severity: 'warning',
            code: 'stainless-config-ignored',
            message: 'project: not supported by sdkgen',
            file: '/elsewhere/stainless.yml',
            pointer: '',
            hint: null,
            line: 3,
          },
        ],
      }),
    );
    expect(text).toContain('warning: stainless.yml:3: project: not supported by sdkgen\n');
  });

  it('lists API changes apart from what needs a person, and the command for a lockfile left or failed', () => {
    const text = migrationReport(
      result({
        apiChanges: [{ path: 'api.md', reason: '1 change(s) your SDK users would notice' }],
        needsHand: [{ path: 'yarn.lock', reason: 'not brought up to date: run `yarn install`' }],
        lockfileUpdates: [
          { lockfile: 'yarn.lock', command: 'yarn install', status: 'failed', error: 'yarn is not installed' },
          { lockfile: 'package-lock.json', command: 'npm install --package-lock-only', status: 'left' },
        ],
      }),
    );
    expect(text).toContain(
      "What the SDK's users would notice (not a failure by itself: say it in the release notes, or change it):\n" +
        '  api.md: 1 change(s) your SDK users would notice\n',
    );
    expect(text).toContain('Needs a hand (1):\n  yarn.lock: not brought up to date: run `yarn install`\n');
    expect(text).toContain(
      '  lockfile: package-lock.json left as it was (--no-lockfile): run `npm install --package-lock-only` and commit it\n',
    );
    expect(text).toContain('The rest is done; the 1 item(s) above need a person.');
  });
});
