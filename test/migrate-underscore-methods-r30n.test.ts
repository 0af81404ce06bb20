/**
 * A method whose config key starts with an underscore (issue 89, privy's node-sdk: `_update`, `_rpc`, `_init_import`,
 * which their own `PrivyClient` wraps): Stainless keeps the underscore on the method (`client.policies._updateRule`)
 * and drops it from the types' names (`PolicyUpdateRuleParams`); api.md writes it escaped, `\_updateRule`. sdkgen
 * named the method `updateRule`, and `sdkgen migrate` writing the config from api.md left all such methods out ("its
 * names cannot be written as a Stainless config's keys"), so the owners' calls to them no longer compiled.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import { generateFrom, tempDir } from './helpers/sdk';

const ok = {
  '200': {
    description: 'ok',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Policy' } } },
  },
};

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Acme', version: '1.0.0' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/policies/{policy_id}': {
      get: {
        operationId: 'getPolicy',
        parameters: [{ name: 'policy_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok,
      },
    },
    '/policies/{policy_id}/rules/{rule_id}': {
      patch: {
        operationId: 'updateRule',
        parameters: [
          { name: 'policy_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'rule_id', in: 'path', required: true, schema: { type: 'string' } },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } },
          },
        },
        responses: ok,
      },
    },
  },
  components: {
    schemas: { Policy: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
  },
};

const CONFIG = `organization: { name: acme }
targets:
  typescript:
    package_name: acme
resources:
  policies:
    models:
      policy: Policy
    methods:
      _get: get /policies/{policy_id}
      _update_rule: patch /policies/{policy_id}/rules/{rule_id}
`;

let root = '';
let files: Array<{ path: string; contents: string }> = [];
const file = (name: string) => files.find((f) => f.path === name)?.contents ?? '';

beforeAll(async () => {
  root = tempDir('migrate-underscore-methods');
  ({ files } = await generateFrom(root, SPEC, CONFIG, { referenceDocs: false, mcp: false }));
}, 60_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a method key with a leading underscore', () => {
  it('keeps the underscore on the method; its types are named without it', () => {
    const policies = file('src/resources/policies.ts');
    expect(policies).toMatch(/\n {2}_get\(policyID: string, options\?: RequestOptions\): APIPromise<Policy>/);
    expect(policies).toMatch(/\n {2}_updateRule\(\s*ruleID: string,\s*params: PolicyUpdateRuleParams,/);
    expect(policies).toContain('export interface PolicyUpdateRuleParams {');
    expect(file('api.md')).toContain('client.policies.<a href="./src/resources/policies.ts">\\_updateRule</a>(');
  });

  it('is written back as the same key when migrate derives the config from api.md', () => {
    const input = derivedConfigInput(
      files.map((f) => ({ path: f.path, blob: null, text: f.contents })),
      null,
      SPEC,
    );
    const derived = deriveStainlessConfig(input!);
    expect(derived.notes.filter((note) => note.includes('cannot be written'))).toEqual([]);
    expect(derived.text).toMatch(/\n {6}_get: get \/policies\/\{policy_id\}\n/);
    expect(derived.text).toMatch(/\n {6}_update_rule:[^\n]*patch \/policies\/\{policy_id\}\/rules\/\{rule_id\}/);
  });
});
