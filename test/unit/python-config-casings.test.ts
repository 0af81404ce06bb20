/**
 * A Stainless config's `custom_casings` reaches the Python package's class names: the resource class, its params
 * model, api.md and the client's property annotation all write `QA` where the config says `qa: { initialism: true }`,
 * and `Qa` where no casing names it (isaacus-python wrote both, before and after its config had the casing).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { cleanupSpecs, openapi, writeSpec } from './helpers/spec';

afterAll(cleanupSpecs);

const spec = openapi({
  paths: {
    '/qa': {
      post: {
        operationId: 'qaCreate',
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', required: ['query'], properties: { query: { type: 'string' } } },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'object', properties: { answer: { type: 'string' } } } } },
          },
        },
      },
    },
  },
});

const config = (casings: string) => `
organization:
  name: acme
targets:
  python:
    package_name: acme
resources:
  qa:
    methods:
      create: post /qa
${casings}`;

async function generated(casings: string): Promise<(name: string) => string> {
  const file = writeSpec(spec);
  const stainless = path.join(path.dirname(file), 'stainless.yml');
  writeFileSync(stainless, config(casings));
  const { files } = await generate({ spec: file, config: stainless, target: 'python', format: false });
  return (name) => files.find((f) => f.path === name)?.contents ?? '';
}

describe("a Stainless config's custom_casings in Python class names", () => {
  it('writes a word the config cases as the config writes it', async () => {
    const text = await generated('custom_casings:\n  qa:\n    initialism: true\n');
    expect(text('src/acme/resources/qa.py')).toMatch(/^class QAResource\(SyncAPIResource\):/m);
    expect(text('src/acme/resources/qa.py')).toMatch(/^class AsyncQAResource\(AsyncAPIResource\):/m);
    expect(text('src/acme/types/qa_create_params.py')).toMatch(/^class QACreateParams\(TypedDict/m);
    expect(text('api.md')).toContain('QACreateResponse');
  });

  it('capitalizes it as a word without a casing', async () => {
    const text = await generated('');
    expect(text('src/acme/resources/qa.py')).toMatch(/^class QaResource\(SyncAPIResource\):/m);
    expect(text('src/acme/types/qa_create_params.py')).toMatch(/^class QaCreateParams\(TypedDict/m);
    expect(text('api.md')).toContain('QaCreateResponse');
  });
});
