/**
 * A Stainless config's `publish.npm.auth_method: oidc` (linq's and grid's): the package is published by npm's
 * trusted publishing, with no npm token among the repository's secrets. npm publishes so from 11.5.1 on, and the
 * release job's Node 20 ships npm 10, which would fail with no token: sdkgen's release workflow updates npm first
 * there. `token`, absent, or `npm: true` keep the workflow as it was; another value warns with its line. A
 * repository moved without its config (conductor's) says so by Stainless's publish script, which installs such an npm
 * (`npm install --prefix ../oidc/ npm@11.6.2`): the config migrate writes then says `auth_method: oidc`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { installsTrustedPublishingNpm } from '../../generator/migrate/derived-config/input';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };

function stainless(publish: string): string {
  return (
    'organization: { name: acme }\n' +
    'targets:\n  typescript:\n    package_name: acme\n' +
    publish +
    'resources:\n  teams:\n    methods:\n      list: get /teams\n'
  );
}

async function release(publish: string) {
  const spec = writeSpec(openapi({ paths: { '/teams': { get: { operationId: 'listTeams', responses: ok } } } }));
  const config = path.join(path.dirname(spec), 'stainless.yml');
  writeFileSync(config, stainless(publish));
  const result = await generate({ spec, config, format: false, funcs: false, referenceDocs: false });
  const file = result.files.find((f) => f.path === '.github/workflows/release.yml')!;
  const workflow = yaml.load(file.contents) as { jobs: { publish: { steps: { name?: string; run?: string }[] } } };
  return {
    steps: workflow.jobs.publish.steps.map((s) => s.name ?? s.run ?? ''),
    runs: workflow.jobs.publish.steps.map((s) => s.run).filter((r): r is string => r !== undefined),
    warnings: result.diagnostics.warnings.map((w) => `${w.line ?? '?'}: ${w.message}`),
  };
}

describe("the release workflow of a package Stainless's config publishes by npm's trusted publishing", () => {
  it('updates npm before publishing where `publish.npm.auth_method` is `oidc`', async () => {
    const { steps, runs } = await release('    publish:\n      npm:\n        auth_method: oidc\n');
    expect(steps.slice(-3)).toEqual(['Test', 'Update npm', 'Publish']);
    expect(runs).toContain('npm install --global npm@^11.5.1');
    expect(runs.at(-1)).toBe('npm publish --provenance --access public');
  });

  it.each([
    ['`token`', '    publish:\n      npm:\n        auth_method: token\n'],
    ['`npm: true`', '    publish:\n      npm: true\n'],
    ['no `publish`', ''],
  ])('publishes with the token as before: %s', async (_name, publish) => {
    const { steps, warnings } = await release(publish);
    expect(steps.slice(-2)).toEqual(['Test', 'Publish']);
    expect(warnings.filter((w) => w.includes('auth_method'))).toEqual([]);
  });

  it('warns, with its line, of a value it does not know, and publishes with the token', async () => {
    const { steps, warnings } = await release('    publish:\n      npm:\n        auth_method: passkey\n');
    expect(steps.slice(-2)).toEqual(['Test', 'Publish']);
    expect(warnings.filter((w) => w.includes('auth_method'))).toEqual([
      expect.stringMatching(/^7: .*must be token, oidc; got "passkey"/),
    ]);
  });
});

describe("a Stainless repository's publish script installing an npm that publishes by trusted publishing", () => {
  const stainlessScript = (install: string) =>
    ['#!/usr/bin/env bash', 'pnpm build', 'cd dist', '# Install OIDC compatible npm version', install, ''].join('\n');

  it('is read as `publish.npm.auth_method: oidc` from npm 11.5.1 on', () => {
    expect(installsTrustedPublishingNpm(stainlessScript('npm install --prefix ../oidc/ npm@11.6.2'))).toBe(true);
    expect(installsTrustedPublishingNpm(stainlessScript('npm i -g npm@11.5.1'))).toBe(true);
    expect(installsTrustedPublishingNpm(stainlessScript('npm install --prefix ../oidc/ npm@11.5.0'))).toBe(false);
    expect(installsTrustedPublishingNpm(stainlessScript('# npm install --prefix ../oidc/ npm@11.6.2'))).toBe(false);
    expect(installsTrustedPublishingNpm(stainlessScript('yarn publish'))).toBe(false);
    expect(installsTrustedPublishingNpm(null)).toBe(false);
  });
});
