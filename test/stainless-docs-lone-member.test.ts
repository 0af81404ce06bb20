/**
 * With a Stainless config, a property whose schema is one schema made nullable (`anyOf: [X, {type: null}]`, 3.0's
 * `nullable: true, oneOf: [X]`) is documented as Stainless reads it, as X itself: X's description stands over the
 * property's own, and an inline X without one is declared with the property's (papr's `SearchResponse.data`,
 * knock-mgmt's `preprocess_script` and `DefaultSettings.PreprocessingScript`).
 */
import { rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { generateFrom, tempDir } from './helpers/sdk';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const CONFIG = `organization:
  name: lone
targets:
  typescript:
    package_name: lone
resources:
  jobs:
    models:
      job: Job
      script: Script
    methods:
      retrieve: get /jobs/{id}
`;

function spec(openapi: string, properties: object, schemas: object = {}) {
  return {
    openapi,
    info: { title: 'Lone', version: '1' },
    servers: [{ url: 'https://api.lone.test' }],
    paths: {
      '/jobs/{id}': {
        get: {
          operationId: 'getJob',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Job' } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Job: { type: 'object', properties },
        Script: { description: 'A script run first.', type: 'object', properties: { source: { type: 'string' } } },
        ...schemas,
      },
    },
  };
}

async function jobs(document: object): Promise<string> {
  const root = tempDir('stainless-lone-member');
  roots.push(root);
  const { files } = await generateFrom(root, document, CONFIG, { funcs: false, referenceDocs: false });
  return files.find((f) => f.path === 'src/resources/jobs.ts')!.contents.replace(/\s+/g, ' ');
}

it("documents a 3.1 property of a $ref or null as the $ref's schema", async () => {
  const out = await jobs(
    spec('3.1.0', {
      script: { anyOf: [{ $ref: '#/components/schemas/Script' }, { type: 'null' }], description: 'Its own words.' },
    }),
  );
  expect(out).toContain('/** * A script run first. */ script?: Script | null;');
  expect(out).not.toContain('Its own words.');
});

it("documents 3.0's nullable oneOf of one $ref as the $ref's schema", async () => {
  const out = await jobs(
    spec('3.0.3', {
      script: { nullable: true, oneOf: [{ $ref: '#/components/schemas/Script' }], description: 'Its own words.' },
    }),
  );
  expect(out).toContain('/** * A script run first. */ script?: Script | null;');
  expect(out).not.toContain('Its own words.');
});

it("declares 3.0's nullable oneOf of one inline object with the property's description", async () => {
  const out = await jobs(
    spec('3.0.3', {
      check: {
        nullable: true,
        description: 'The check, when asked for.',
        oneOf: [{ type: 'object', properties: { source: { type: 'string', description: 'Its code.' } } }],
      },
    }),
  );
  expect(out).toContain('/** * The check, when asked for. */ check?: Job.Check | null;');
  expect(out).toContain('/** * The check, when asked for. */ export interface Check {');
});
