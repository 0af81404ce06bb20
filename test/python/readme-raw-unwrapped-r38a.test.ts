/**
 * The raw-response program of a Python README (a ```py block, which Stainless's formatter does not lay out): its
 * values are not wrapped, a list stays on one line however long (isaacus-python's
 * `texts=["Are restraints of trade enforceable under English law?", "What is a non-compete clause?"],`), while the
 * ```python programs wrap it at 88 columns as Ruff does.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';
import { planReadme } from '../../generator/emit/python/docs/plan-readme';
import type { Api } from '../../generator/ir/types';
import { tempDir } from '../helpers/sdk';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Embedder', version: '1' },
  servers: [{ url: 'https://embedder.test' }],
  paths: {
    '/embeddings': {
      post: {
        operationId: 'createEmbeddings',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['model', 'texts'],
                properties: { model: { type: 'string' }, texts: { type: 'array', items: { type: 'string' } } },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['embeddings'],
                  properties: { embeddings: { type: 'array', items: { type: 'number' } } },
                },
              },
            },
          },
        },
      },
    },
  },
};
const CONFIG = `organization: { name: embedder }
targets:
  python:
    package_name: embedder
resources:
  embeddings:
    methods:
      create: post /embeddings
readme:
  example_requests:
    default:
      type: request
      endpoint: post /embeddings
      params:
        model: kanon-2-embedder
        texts: ["Are restraints of trade enforceable under English law?", "What is a non-compete clause?"]
`;
const LONG_LIST = 'texts=["Are restraints of trade enforceable under English law?", "What is a non-compete clause?"],';

let root = '';
let api: Api;

beforeAll(async () => {
  root = tempDir('readme-raw-unwrapped-r38a');
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'spec.json'), JSON.stringify(SPEC));
  writeFileSync(path.join(root, 'stainless.yml'), CONFIG);
  ({ api } = await loadIr({ spec: path.join(root, 'spec.json'), config: path.join(root, 'stainless.yml') }));
}, 60_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("the README's raw-response program", () => {
  it('keeps a long list on one line; the ```python programs wrap it', () => {
    const pkg = buildPythonModel(api, {
      importName: 'embedder',
      distributionName: 'embedder',
      fromStainlessConfig: true,
    });
    const readme = planReadme(pkg, api, 'embedder/embedder-python');
    const raw = readme.slice(readme.indexOf('response = client.embeddings.with_raw_response.create('));
    expect(raw).toMatch(
      new RegExp(
        `^response = client\\.embeddings\\.with_raw_response\\.create\\(\\n {4}model="kanon-2-embedder",\\n {4}${LONG_LIST.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n\\)`,
      ),
    );
    const usage = readme.slice(0, readme.indexOf('with_raw_response'));
    expect(usage).not.toContain(LONG_LIST);
    expect(usage).toContain('    texts=[\n        "Are restraints of trade enforceable under English law?",\n');
  });
});
