/**
 * What the tests of `sdkgen migrate` on a Python SDK share: the petstore spec, a Stainless config of it, the header
 * Stainless writes atop its Python modules, its bot's identity; a repository holding a generation as Stainless's would,
 * and the check that a migrated repository regenerates to itself.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { filesOf, writeFile } from './files';
import { commitGenerationThenMain, STAINLESS_BOT } from './git-history';
import { git, sdkgen } from './git-repo';
import { ROOT } from './paths';
import { tempDir } from './sdk';

/** The petstore spec of the Python fixtures. */
export const PETSTORE_SPEC = path.join(ROOT, 'test/python/fixtures/petstore.yaml');

/** A Stainless config of PETSTORE_SPEC: the `acme` package, its pets listed and created. */
export const PETS_CONFIG = `organization: { name: acme }
targets:
  python: { package_name: acme }
resources:
  pets:
    methods:
      list: get /pets
      create: post /pets
`;

/** The first lines of a Python module Stainless generated. */
export const STAINLESS_PY_HEADER =
  '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';

/** The author of Stainless's generation commits. */
export const STAINLESS_PY_BOT = STAINLESS_BOT;

/**
 * A new git repository, `<work>/repo` on the branch `generated`, holding uncommitted what Stainless would have generated
 * from `config` (written as `<work>/<configFile>`, `stainless.yml` unless given) and `spec`: sdkgen's Python output of
 * them (generated into `<work>/stainless`, returned as `stainless`), without its manifest, Stainless's header atop
 * each module.
 */
export function stainlessPythonGeneration(
  work: string,
  config: string,
  spec = PETSTORE_SPEC,
  configFile = 'stainless.yml',
): { repo: string; stainless: string } {
  writeFile(work, configFile, config);
  const stainless = path.join(work, 'stainless');
  const generated = sdkgen(work, 'generate', spec, '--target', 'python', '--config', configFile, '-o', stainless);
  expect(generated.code, generated.stderr).toBe(0);
  rmSync(path.join(stainless, '.sdkgen'), { recursive: true });
  const repo = path.join(work, 'repo');
  git(work, 'init', '-q', '-b', 'generated', repo);
  for (const file of filesOf(stainless, { skip: ['.sdkgen', '.git'] })) {
    const text = readFileSync(path.join(stainless, file), 'utf8');
    writeFile(repo, file, `${file.endsWith('.py') ? STAINLESS_PY_HEADER : ''}${text}`);
  }
  return { repo, stainless };
}

/**
 * `sdkgen migrate --from-repo` run on a repository holding Stainless's generation of `generation` (a config) and `spec`
 * (text) on its `generated` branch and then main, with `.stats.yml` saying `endpoints` configured. The inputs sit in a
 * folder of their own: migrate looks for a config beside and above the repository.
 */
export function migratedFromRepo(
  name: string,
  spec: string,
  generation: string,
  endpoints: number,
): { repo: string; stainless: string; run: ReturnType<typeof sdkgen> } {
  const work = tempDir(name);
  const specPath = path.join(work, 'inputs/openapi.yml');
  writeFile(work, 'inputs/openapi.yml', spec);
  const { repo, stainless } = stainlessPythonGeneration(work, generation, specPath, 'inputs/generation.yml');
  writeFile(repo, '.stats.yml', `configured_endpoints: ${endpoints}\n`);
  commitGenerationThenMain(repo);
  return { repo, stainless, run: sdkgen(repo, 'migrate', '--from-repo', '--spec', specPath) };
}

/** The migration committed, `sdkgen generate` in `repo` changes nothing and `sdkgen check` is green there. */
export function expectCleanRegeneration(repo: string): void {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'sdkgen migrate');
  const again = sdkgen(repo, 'generate');
  expect(again.code, again.stderr).toBe(0);
  expect(git(repo, 'status', '--short')).toBe('');
  const check = sdkgen(repo, 'check');
  expect(check.code, check.stdout + check.stderr).toBe(0);
}
