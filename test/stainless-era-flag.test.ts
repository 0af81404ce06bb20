/**
 * `--stainless-era <YYYY-MM-DD | latest>` on `sdkgen generate` and `sdkgen migrate`: the era whose forms are written
 * (stainless/era.ts) given rather than inferred, recorded in the manifest and kept by every regeneration; `latest`
 * writes the newest forms though the manifest records an era; anything else is a usage error.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { migrate } from '../generator/api';
import { stainlessEraOption } from '../generator/cli/command';
import { command as generateCommand } from '../generator/cli/commands/generate';
import { parseStainlessEra } from '../generator/stainless/era';
import { git } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/users/{id}': {
      get: {
        operationId: 'getUser',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      User: {
        type: 'object',
        required: ['id'],
        properties: { id: { type: 'string' }, data: { $ref: '#/components/schemas/Data' } },
      },
      Data: { type: 'object', additionalProperties: true },
    },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
resources:
  users:
    models:
      user: User
      data: Data
    methods:
      retrieve: get /users/{id}
`;

const RECORD = 'export type Data = Record<string, unknown>;';
const MAPPED = 'export type Data = { [key: string]: unknown };';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function inputs(prefix: string): string {
  const root = tempDir(prefix);
  roots.push(root);
  writeFileSync(path.join(root, 'spec.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  return root;
}

const manifestEra = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, '.sdkgen/manifest.json'), 'utf8')).inputs.stainlessEra;
const users = (dir: string) => readFileSync(path.join(dir, 'src/resources/users.ts'), 'utf8');

describe('--stainless-era', () => {
  it('reads a day that exists, or latest; nothing else', () => {
    expect(parseStainlessEra('2025-03-10')).toBe('2025-03-10');
    expect(parseStainlessEra('latest')).toBeNull();
    expect(parseStainlessEra('2025-02-30')).toBeUndefined();
    expect(parseStainlessEra('March 2025')).toBeUndefined();
    expect(stainlessEraOption({})).toEqual({});
    expect(stainlessEraOption({ 'stainless-era': 'latest' })).toEqual({ stainlessEra: null });
    expect(() => stainlessEraOption({ 'stainless-era': '2025-3-1' })).toThrow(/--stainless-era must be a day/);
  });

  it('on generate: recorded, kept by a regeneration without it, and `latest` overrides the record', async () => {
    const root = inputs('era-flag-generate');
    const out = path.join(root, 'out');
    const spec = path.join(root, 'spec.json');
    const config = path.join(root, 'stainless.yml');
    const run = (positionals: string[], values: Record<string, unknown>) =>
      generateCommand.run({ positionals, values: { output: out, quiet: true, 'no-funcs': true, ...values } });
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await run([spec], { config, 'stainless-era': '2025-03-10' })).toBe(0);
      expect(manifestEra(out)).toBe('2025-03-10');
      expect(users(out)).toContain(RECORD);
      // Regenerated from the manifest, without the flag: the same era.
      expect(await run([], {})).toBe(0);
      expect(users(out)).toContain(RECORD);
      expect(await run([], { 'stainless-era': 'latest' })).toBe(0);
      expect(users(out)).toContain(MAPPED);
      expect(manifestEra(out)).toBeUndefined();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('on migrate: over the era inferred from the repository, and recorded', async () => {
    const make = () => {
      const repo = inputs('era-flag-migrate');
      const header = '// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
      mkdirSync(path.join(repo, 'src/resources'), { recursive: true });
      // Stainless's module of an SDK from before 2025-05-07: Records, no @example.
      writeFileSync(path.join(repo, 'src/resources/users.ts'), `${header}${RECORD}\n`);
      writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'acme', version: '0.1.0' }, null, 2));
      git(repo, 'init', '-q', '-b', 'main');
      git(repo, 'add', '-A');
      git(repo, 'commit', '-q', '-m', 'release: 0.1.0');
      return repo;
    };
    const options = (repo: string) => ({
      repo,
      spec: path.join(repo, 'spec.json'),
      config: path.join(repo, 'stainless.yml'),
      lockfile: false,
      formatter: 'none' as const,
    });
    const inferred = make();
    const first = await migrate(options(inferred));
    expect(first.stainlessEra).toEqual({ day: '2025-05-06', given: false });
    expect(users(inferred)).toContain(RECORD);
    const given = make();
    const second = await migrate({ ...options(given), stainlessEra: null });
    expect(second.stainlessEra).toEqual({ day: null, given: true });
    expect(users(given)).toContain(MAPPED);
    expect(manifestEra(given)).toBeUndefined();
  });
});
