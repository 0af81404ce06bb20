/**
 * Stainless's workflow that builds the MCP server's Docker image from `packages/mcp-server/Dockerfile`, with its
 * `bin/docker-tags` (what `mcp_server.publish.docker` wrote; stainless-api's SDK): sdkgen writes no Dockerfile, so the
 * workflow and the script only it runs go with it, reported as an option's extras; edited by the owners, they stay.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../../generator/migrate/plan';

const docker = [
  'name: Build and Push MCP Server Docker Image',
  'on:',
  '  release:',
  '    types: [published]',
  'jobs:',
  '  build-and-push:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/checkout@v6',
  '      - name: Determine Docker tags',
  '        run: |',
  '          TAGS=$(bash ./bin/docker-tags)',
  '      - uses: docker/build-push-action@v6',
  '        with:',
  '          context: .',
  '          file: ./packages/mcp-server/Dockerfile',
  '',
].join('\n');
const stainless = new Map([
  ['.github/workflows/docker-mcp.yml', docker],
  ['bin/docker-tags', '#!/usr/bin/env bash\njq -r .version packages/mcp-server/package.json\n'],
  ['bin/check-version', '#!/usr/bin/env bash\necho ok\n'],
  ['packages/mcp-server/Dockerfile', 'FROM node:24-alpine\nCOPY . .\n'],
  ['packages/mcp-server/src/server.ts', '// File generated from our OpenAPI spec by Stainless.\nexport {};\n'],
  ['.github/workflows/lint.yml', 'jobs:\n  lint:\n    steps:\n      - run: ./bin/check-version\n'],
]);
const base = { blobs: new Map([...stainless.keys()].map((path) => [path, `blob-${path}`])), texts: stainless };
const asStainless = [...stainless].map(([path, text]) => ({ path, blob: `blob-${path}`, text }));
const rendered = [{ path: 'packages/mcp-server/src/server.ts', contents: 'export function createServer() {}\n' }];

describe("Stainless's workflows that build from what the migration removes", () => {
  it('go with the Dockerfile, and so do the scripts only they run', () => {
    const plan = planMigration({ current: asStainless, base, rendered });
    expect(plan.removed).toEqual(
      expect.arrayContaining(['packages/mcp-server/Dockerfile', '.github/workflows/docker-mcp.yml', 'bin/docker-tags']),
    );
    expect(plan.keptRepositoryFiles).toEqual(['bin/check-version', '.github/workflows/lint.yml']);
    expect(plan.removedExtras).toContainEqual({
      option: 'mcp_server.publish.docker',
      what: expect.stringContaining('sdkgen writes no Dockerfile'),
      paths: ['.github/workflows/docker-mcp.yml', 'bin/docker-tags'],
    });
    expect(plan.needsHand).toEqual([]);
  });

  it('keep a script another workflow that stays runs too', () => {
    const both = asStainless.map((f) =>
      f.path === '.github/workflows/lint.yml' ? { ...f, text: `${f.text}      - run: ./bin/docker-tags\n` } : f,
    );
    const plan = planMigration({ current: both, base, rendered });
    expect(plan.removed).toContain('.github/workflows/docker-mcp.yml');
    expect(plan.keptRepositoryFiles).toContain('bin/docker-tags');
  });

  it('stay where the owners edited the workflow, with its script', () => {
    const edited = asStainless.map((f) =>
      f.path === '.github/workflows/docker-mcp.yml'
        ? { ...f, blob: 'edited', text: f.text.replace('ubuntu-latest', 'ubuntu-24.04') }
        : f,
    );
    const plan = planMigration({ current: edited, base, rendered });
    expect(plan.keptRepositoryFiles).toEqual(
      expect.arrayContaining(['.github/workflows/docker-mcp.yml', 'bin/docker-tags']),
    );
    expect(plan.removed).toEqual(['packages/mcp-server/Dockerfile']);
    expect(plan.removedExtras.filter((extra) => extra.option === 'mcp_server.publish.docker')).toEqual([]);
  });
});
