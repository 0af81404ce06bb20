/**
 * A Stainless config's `targets.typescript.production_repo`: the GitHub repository the SDK is published from, named
 * where Stainless named it: package.json's `repository`, the README's link to its issues, CONTRIBUTING.md's clone
 * and install from git, the MCP server's `repository` and `homepage`. `null` names none; another value warns.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWithStainlessConfig } from './helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Order', version: '1' },
  servers: [{ url: 'https://api.order.test' }],
  paths: {
    '/things': {
      get: {
        operationId: 'listThings',
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

const config = (repo: string) => `organization:
  name: order
targets:
  typescript:
    package_name: order-sdk
    production_repo: ${repo}
    options:
      mcp_server:
        package_name: order-sdk-mcp
resources:
  things:
    methods:
      list: get /things
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

async function build(repo: string) {
  const { dir, result, files } = await generateWithStainlessConfig('stainless-production-repo', SPEC, config(repo), {
    format: false,
    funcs: false,
    referenceDocs: false,
  });
  roots.push(dir);
  return { files, json: (file: string) => JSON.parse(files.get(file)!) as Record<string, unknown>, result };
}

describe('targets.typescript.production_repo', () => {
  it('is the repository package.json, the README, CONTRIBUTING.md and the MCP server name', async () => {
    const { files, json, result } = await build('acme-corp/order-node');
    expect(result.diagnostics.list.filter((d) => d.message.includes('production_repo'))).toEqual([]);
    expect(json('package.json').repository).toBe('github:acme-corp/order-node');
    expect(files.get('README.md')).toContain(
      'Questions, bugs and ideas are welcome as [GitHub issues](https://github.com/acme-corp/order-node/issues).',
    );
    const contributing = files.get('CONTRIBUTING.md')!;
    expect(contributing).toContain('git clone https://github.com/acme-corp/order-node.git');
    expect(contributing).toContain('npm install git+https://github.com/acme-corp/order-node.git');
    const mcp = {
      repository: {
        type: 'git',
        url: 'git+https://github.com/acme-corp/order-node.git',
        directory: 'packages/mcp-server',
      },
      homepage: 'https://github.com/acme-corp/order-node/tree/main/packages/mcp-server#readme',
    };
    expect(json('packages/mcp-server/package.json')).toMatchObject(mcp);
    expect(json('packages/mcp-server/manifest.json')).toMatchObject({
      repository: { type: 'git', url: mcp.repository.url },
      homepage: mcp.homepage,
    });
  });

  it('null names none, quietly; a value that is no owner/name warns with its line, and names none', async () => {
    for (const value of ['null', 'https://gitlab.com/acme/order']) {
      const { files, json, result } = await build(value);
      expect(json('package.json')).not.toHaveProperty('repository');
      expect(json('packages/mcp-server/package.json')).not.toHaveProperty('homepage');
      expect(files.get('README.md')).toContain('Questions, bugs and ideas are welcome as GitHub issues.');
      expect(files.get('CONTRIBUTING.md')).not.toContain('git clone');
      const warnings = result.diagnostics.list.filter((d) => d.message.includes('production_repo'));
      if (value === 'null') expect(warnings).toEqual([]);
      else
        expect(warnings).toEqual([
          expect.objectContaining({
            severity: 'warning',
            line: 6,
            message: expect.stringContaining('"https://gitlab.com/acme/order" is not a GitHub repository'),
          }),
        ]);
    }
  });
});
